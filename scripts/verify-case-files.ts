// Checks every enforcement case file: the hash chain of steps and evidence records (against the
// recorded head) and every evidence file re-hashed against its SHA-256. Exit 1 on any problem.
//   node --conditions=react-server --import tsx scripts/verify-case-files.ts [caseNumber…]
import 'dotenv/config';
import { disconnectDb, getDb } from '@/lib/db';
import { verifyCaseFile } from '@/lib/services/enforcement/verify-case-file';
import { getAttachmentStore } from '@/lib/storage/local-disk-store';

const db = getDb();
const only = process.argv.slice(2);
const cases = await db.enforcementCase.findMany({
  where: only.length > 0 ? { caseNumber: { in: only } } : {},
  select: { id: true, caseNumber: true },
  orderBy: { caseNumber: 'asc' },
});
let problems = 0;
let records = 0;
let files = 0;
for (const kase of cases) {
  const result = await verifyCaseFile(db, kase.id, { store: getAttachmentStore() });
  if (result.ok) {
    records += result.records;
    files += result.files;
  } else {
    problems += 1;
    console.log(`✗ ${kase.caseNumber}：${result.message}（${result.problem}${result.recordId ? `，记录 ${result.recordId}` : ''}）`);
  }
}
await disconnectDb();
if (problems > 0) {
  console.log(`案卷校验未通过：${cases.length} 件案件中 ${problems} 件有问题。`);
  process.exit(1);
}
console.log(`案卷校验通过：${cases.length} 件案件，${records} 条记录，${files} 个证据文件与登记的 SHA-256 一致。`);
