import 'server-only';
import type { Db } from '@/lib/db';

export type ChainBreak = { id: bigint; problem: 'content-changed' | 'link-broken' | 'tail-missing'; detail: string };
export type ChainReport = { checked: number; firstBreak: ChainBreak | null };

const BATCH = 5_000;

// Walks the audit log in id order, recomputing each row's hash with the same SQL function the
// insert trigger used, and checking each row points at its predecessor. Reports the first break.
export async function verifyAuditChain(db: Db): Promise<ChainReport> {
  let expectedPrev = '';
  let lastId = -1n;
  let checked = 0;
  for (;;) {
    const rows = await db.$queryRaw<{ id: bigint; prevHash: string; hash: string; expected: string }[]>`
      SELECT e.id, e."prevHash", e.hash, audit_event_hash(e) AS expected
      FROM "AuditEvent" e WHERE e.id > ${lastId} ORDER BY e.id LIMIT ${BATCH}`;
    for (const row of rows) {
      if (row.prevHash !== expectedPrev) {
        return { checked, firstBreak: { id: row.id, problem: 'link-broken', detail: '与前一条记录的哈希不衔接（记录被删除、插入或篡改）' } };
      }
      if (row.hash !== row.expected) {
        return { checked, firstBreak: { id: row.id, problem: 'content-changed', detail: '记录内容与其哈希不符（记录被修改）' } };
      }
      expectedPrev = row.hash;
      lastId = row.id;
      checked += 1;
    }
    if (rows.length < BATCH) break;
  }
  const head = await db.auditChainHead.findUnique({ where: { id: 1 } });
  if (head && head.lastHash !== expectedPrev) {
    return { checked, firstBreak: { id: head.lastId, problem: 'tail-missing', detail: '链尾记录缺失（末尾记录被删除）' } };
  }
  return { checked, firstBreak: null };
}
