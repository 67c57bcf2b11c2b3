import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { getDb } from '@/lib/db';
import { chainHash, verifyChain } from '@/lib/domain/enforcement';
import { loadCaseChain } from '@/lib/services/enforcement/case-chain';

// The attacker's tools for issue 10 observation 5: rows written behind the application's back,
// with the hash chain recomputed exactly the way the verifier recomputes it.

const db = () => getDb();

/** The database owner (postgres), connected to this test file's database. */
export async function asOwner<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

class Rollback extends Error {}

/** The hash the verifier will expect for `row`: found by inserting it, loading the chain as the verifier does, and rolling back. */
async function hashAsVerifierSees(table: 'CaseStep' | 'EvidenceItem', row: Record<string, unknown>): Promise<string> {
  let hash = '';
  await db()
    .$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`INSERT INTO "${table}" SELECT * FROM jsonb_populate_record(NULL::"${table}", $1::jsonb)`, JSON.stringify(row));
      const chain = await loadCaseChain(tx, row.caseId as string);
      const link = chain.links.find((l) => l.record.id === row.id)!;
      hash = chainHash(link.prevHash, link.record);
      throw new Rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
  return hash;
}

/**
 * As portal_app: appends a step to the case's chain attributed to `actorId`, the way the app
 * would (every column the table has, copied from the case's last genuine step), with a correctly
 * computed hash and the case's chain head moved to it.
 */
export async function forgeStep(caseId: string, actorId: string, seal: 'none' | 'copied') {
  const [genuine] = await db().$queryRaw<{ row: Record<string, unknown> }[]>`
    SELECT to_jsonb(s) AS row FROM "CaseStep" s WHERE s."caseId" = ${caseId} ORDER BY s."chainSeq" DESC LIMIT 1`;
  const kase = await db().enforcementCase.findUniqueOrThrow({ where: { id: caseId } });
  const seq = (await db().caseStep.count({ where: { caseId } })) + 1;
  const row: Record<string, unknown> = {
    ...genuine!.row,
    id: randomUUID(),
    seq,
    key: 'DECISION',
    actorId,
    note: '经局长批准，作出处罚决定',
    chainSeq: kase.chainLength + 1,
    prevHash: kase.chainHead,
    hash: '',
    ...(seal === 'none' ? { mac: null, macKeyId: null } : {}),
  };
  row.hash = await hashAsVerifierSees('CaseStep', row);
  await db().$executeRawUnsafe(`INSERT INTO "CaseStep" SELECT * FROM jsonb_populate_record(NULL::"CaseStep", $1::jsonb)`, JSON.stringify(row));
  await db().enforcementCase.update({ where: { id: caseId }, data: { chainHead: row.hash as string, chainLength: kase.chainLength + 1 } });
  return row.id as string;
}

/** As the owner: recomputes every hash of the case's chain and its head after a row was rewritten. */
export async function rechain(caseId: string) {
  const chain = await db().$transaction((tx) => loadCaseChain(tx, caseId));
  let previous = '';
  await asOwner(async (client) => {
    for (const link of chain.links) {
      const hash = chainHash(previous, link.record);
      const table = link.record.recordType === 'STEP' ? 'CaseStep' : 'EvidenceItem';
      await client.query(`UPDATE "${table}" SET "prevHash" = $1, "hash" = $2 WHERE "id" = $3`, [previous, hash, link.record.id]);
      previous = hash;
    }
    await client.query(`UPDATE "EnforcementCase" SET "chainHead" = $1 WHERE "id" = $2`, [previous, caseId]);
  });
  const after = await db().$transaction((tx) => loadCaseChain(tx, caseId));
  // The chain itself is consistent again: only the seal can show the rewrite.
  if (!verifyChain(after.links, { expectedHead: after.head }).ok) throw new Error('rechain left the chain broken');
}
