// `npm run audit:verify`: checks the audit log's hash chain and every row's seal (HMAC, key from
// RECORD_MAC_KEY) and reports the first bad row. Exit 1 on any problem.
import 'dotenv/config';
import { disconnectDb, getDb } from '@/lib/db';
import { verifyAuditChain } from '@/lib/queries/audit/verify-audit-chain';

const report = await verifyAuditChain(getDb());
await disconnectDb();
if (report.firstBreak) {
  const { id, problem, detail } = report.firstBreak;
  const what = problem === 'unsigned' || problem === 'forged' ? '审计日志签名校验未通过 / audit record seal invalid' : '审计日志链断裂 / audit chain broken';
  console.log(`${what} at id ${id}: ${problem} — ${detail} (${report.checked} rows intact before it)`);
  process.exit(1);
}
console.log(`审计日志完整 / audit chain intact: ${report.checked} rows verified, hash chain and seals`);
