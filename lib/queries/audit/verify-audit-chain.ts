import 'server-only';
import { getDb, type Db } from '@/lib/db';
import { auditSealContent, checkSeal, type MacKeyring } from '@/lib/domain/records/seal';
import { macKeyring } from '@/lib/records/mac-key';

export type ChainProblem = 'content-changed' | 'link-broken' | 'tail-missing' | 'unsigned' | 'forged';
export type ChainBreak = { id: bigint; problem: ChainProblem; detail: string };
export type ChainReport = { checked: number; firstBreak: ChainBreak | null };

const BATCH = 5_000;

const SEAL_DETAIL = {
  UNSIGNED: '记录没有签名：不是经本系统写入的（直接写入数据库伪造的记录；签名启用之前的记录须运行 npm run records:sign 补签一次）',
  UNKNOWN_KEY: '记录的签名密钥编号未配置，无法确认记录出自本系统（请检查 RECORD_MAC_PREVIOUS_KEYS）',
  FORGED: '记录签名与内容不符：记录是伪造的或在数据库中被直接改写（即使哈希链已重新计算）',
} as const;

type Row = {
  id: bigint;
  occurredAt: Date;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  prevHash: string;
  hash: string;
  mac: string | null;
  macKeyId: string | null;
  expected: string;
};

// Walks the audit log in id order, recomputing each row's hash with the same SQL function the
// insert trigger used, checking each row points at its predecessor, and checking each row's seal
// (HMAC with a key the database does not hold). Reports the first break.
export async function verifyAuditChain(db: Db, keys: MacKeyring = macKeyring()): Promise<ChainReport> {
  let expectedPrev = '';
  let lastId = -1n;
  let checked = 0;
  for (;;) {
    const rows = await db.$queryRaw<Row[]>`
      SELECT e.*, audit_event_hash(e) AS expected
      FROM "AuditEvent" e WHERE e.id > ${lastId} ORDER BY e.id LIMIT ${BATCH}`;
    for (const row of rows) {
      if (row.prevHash !== expectedPrev) {
        return { checked, firstBreak: { id: row.id, problem: 'link-broken', detail: '与前一条记录的哈希不衔接（记录被删除、插入或篡改）' } };
      }
      if (row.hash !== row.expected) {
        return { checked, firstBreak: { id: row.id, problem: 'content-changed', detail: '记录内容与其哈希不符（记录被修改）' } };
      }
      const seal = checkSeal(keys, 'AuditEvent', auditSealContent(row), row);
      if (seal) {
        return { checked, firstBreak: { id: row.id, problem: seal === 'UNSIGNED' ? 'unsigned' : 'forged', detail: SEAL_DETAIL[seal] } };
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

/** For the audit page: the verification on the portal's database. */
export function verifyAuditChainNow(): Promise<ChainReport> {
  return verifyAuditChain(getDb());
}
