// `npm run records:sign`: run once after upgrading past migration 20261205030000 to seal the case-file
// and audit rows written before signing began (docs/decisions/0017-record-authorship-mac.md).
// Refuses (exit 1) rows that cannot be legacy: an unsealed row after a sealed one, a broken chain.
import 'dotenv/config';
import { disconnectDb, getDb } from '@/lib/db';
import { sealLegacyRecords } from '@/lib/services/records/seal-legacy-records';

const report = await sealLegacyRecords(getDb());
await disconnectDb();
for (const refusal of report.refused) console.log(`✗ ${refusal.chain}，记录 ${refusal.id}：${refusal.reason}`);
console.log(`补签完成 / sealed: ${report.sealed} 条签名启用前的记录已签名${report.refused.length > 0 ? `；${report.refused.length} 条记录链被拒绝 / refused` : ''}`);
if (report.refused.length > 0) process.exit(1);
