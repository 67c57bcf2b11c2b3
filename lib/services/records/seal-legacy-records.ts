import 'server-only';
import type { Db } from '@/lib/db';
import { sealContent, verifyChain } from '@/lib/domain/enforcement';
import { auditSealContent, checkSeal, sealRecord, type MacKey } from '@/lib/domain/records/seal';
import { currentMacKey, macKeyring } from '@/lib/records/mac-key';
import { loadCaseChain } from '@/lib/services/enforcement/case-chain';

// `npm run records:sign`, run once after migration 20261205030000: seals the rows written before
// signing began, so that from then on every unsealed row is a forgery (docs/decisions/0017).
// It seals only what can be legacy — the unsealed start of a chain whose hashes verify (and, in a
// case file, only hashVersion-1 rows) — and refuses anything else: an unsealed row after a sealed
// one, a broken chain, a seal that does not verify. Nothing is sealed in a chain it refuses.

export type SealRefusal = { chain: string; id: string; reason: string };
export type SealReport = { sealed: number; refused: SealRefusal[] };

const BATCH = 5_000;

type AuditRow = Record<string, unknown> & { id: bigint; prevHash: string; hash: string; expected: string; mac: string | null; macKeyId: string | null };

async function sealAuditLog(db: Db, key: MacKey, keys: Map<string, string> | ReadonlyMap<string, string>): Promise<SealReport> {
  const pending: { id: bigint; mac: string; macKeyId: string }[] = [];
  let previous = '';
  let lastId = -1n;
  let sealedSeen = false;
  for (;;) {
    const rows = await db.$queryRaw<AuditRow[]>`
      SELECT e.*, audit_event_hash(e) AS expected FROM "AuditEvent" e WHERE e.id > ${lastId} ORDER BY e.id LIMIT ${BATCH}`;
    for (const row of rows) {
      const refuse = (reason: string) => ({ sealed: 0, refused: [{ chain: '审计日志', id: String(row.id), reason }] });
      if (row.prevHash !== previous || row.hash !== row.expected) return refuse('哈希链不完整，先用 npm run audit:verify 查明');
      const content = auditSealContent(row);
      if (row.mac === null) {
        if (sealedSeen) return refuse('已签名记录之后出现未签名记录，不能补签（疑为伪造）');
        pending.push({ id: row.id, ...sealRecord(key, 'AuditEvent', content) });
      } else {
        if (checkSeal(keys, 'AuditEvent', content, row)) return refuse('签名不符');
        sealedSeen = true;
      }
      previous = row.hash;
      lastId = row.id;
    }
    if (rows.length < BATCH) break;
  }
  for (const row of pending) {
    await db.$executeRaw`UPDATE "AuditEvent" SET "mac" = ${row.mac}, "macKeyId" = ${row.macKeyId} WHERE "id" = ${row.id} AND "mac" IS NULL`;
  }
  return { sealed: pending.length, refused: [] };
}

async function sealCaseFile(db: Db, caseId: string, caseNumber: string, key: MacKey, keys: ReadonlyMap<string, string>): Promise<SealReport> {
  const chain = await db.$transaction((tx) => loadCaseChain(tx, caseId), { isolationLevel: 'RepeatableRead' });
  const refuse = (id: string, reason: string) => ({ sealed: 0, refused: [{ chain: `案卷 ${caseNumber}`, id, reason }] });
  const verdict = verifyChain(chain.links, { expectedHead: chain.head });
  if (!verdict.ok) return refuse(verdict.recordId ?? '—', verdict.message);
  const pending: { table: 'CaseStep' | 'EvidenceItem'; id: string; mac: string; macKeyId: string }[] = [];
  let sealedSeen = false;
  for (const link of chain.links) {
    const table = link.record.recordType === 'STEP' ? 'CaseStep' : 'EvidenceItem';
    const content = sealContent(link.record, link);
    if (!link.seal?.mac) {
      if (sealedSeen || link.record.hashVersion !== 1) return refuse(link.record.id, '未签名的记录写于签名启用之后，不能补签（疑为伪造）');
      pending.push({ table, id: link.record.id, ...sealRecord(key, table, content) });
    } else {
      if (checkSeal(keys, table, content, link.seal)) return refuse(link.record.id, '签名不符');
      sealedSeen = true;
    }
  }
  for (const row of pending) {
    await db.$executeRawUnsafe(`UPDATE "${row.table}" SET "mac" = $1, "macKeyId" = $2 WHERE "id" = $3 AND "mac" IS NULL`, row.mac, row.macKeyId, row.id);
  }
  return { sealed: pending.length, refused: [] };
}

/** Seals the legacy rows of the audit log and of every case file; reports what it refused. */
export async function sealLegacyRecords(db: Db): Promise<SealReport> {
  const key = currentMacKey();
  const keys = macKeyring();
  const reports = [await sealAuditLog(db, key, keys)];
  const cases = await db.enforcementCase.findMany({ select: { id: true, caseNumber: true }, orderBy: { caseNumber: 'asc' } });
  for (const kase of cases) reports.push(await sealCaseFile(db, kase.id, kase.caseNumber, key, keys));
  return { sealed: reports.reduce((n, r) => n + r.sealed, 0), refused: reports.flatMap((r) => r.refused) };
}
