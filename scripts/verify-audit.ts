// `npm run audit:verify`: checks the audit log's hash chain and reports the first broken link.
import 'dotenv/config';
import { disconnectDb, getDb } from '@/lib/db';
import { verifyAuditChain } from '@/lib/queries/audit/verify-audit-chain';

const report = await verifyAuditChain(getDb());
await disconnectDb();
if (report.firstBreak) {
  const { id, problem, detail } = report.firstBreak;
  console.log(`审计日志链断裂 / audit chain broken at id ${id}: ${problem} — ${detail} (${report.checked} rows intact before it)`);
  process.exit(1);
}
console.log(`审计日志完整 / audit chain intact: ${report.checked} rows verified`);
