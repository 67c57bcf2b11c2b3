import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { AUDIT_EVENT_COLUMNS } from '@/lib/domain/records/columns';
import { verifyAuditChain } from '@/lib/queries/audit/verify-audit-chain';
import { appendEvidence, appendStep } from '@/lib/services/enforcement/case-chain';
import { verifyCaseFile } from '@/lib/services/enforcement/verify-case-file';
import { createLocalDiskStore } from '@/lib/storage/local-disk-store';
import { makeEvidenceCase, makeEvidenceWorld, type EvidenceWorld } from '../factories/evidence';
import { asOwner, forgeStep, rechain } from '../factories/forged-records';
import { makeUser } from '../factories/users';

// Issue 10, observation 5: the append-only records must prove who wrote them. Each attack below
// leaves the hash chain consistent — it is recomputed the way the verifier recomputes it — so only
// the seal (an HMAC with a key the database does not hold) can tell. Played as the portal's own
// database role (getDb(): portal_app) and as the database owner.

const storageDir = mkdtempSync(path.join(tmpdir(), 'trust-records-'));
process.env.STORAGE_DIR = storageDir;
const store = createLocalDiskStore(storageDir);
const db = () => getDb();
const cli = (script: string, args: string[] = []) =>
  spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', script, ...args], { env: process.env, encoding: 'utf8' });
let world: EvidenceWorld;

/** A case whose file holds a step with a recording waiver and an evidence item uploaded by an officer. */
async function caseWithWaiverAndEvidence() {
  const kase = await makeEvidenceCase(db(), world);
  const waiver = await db().$transaction((tx) =>
    appendStep(tx, {
      caseId: kase.id,
      key: 'INSPECTION',
      actorId: world.officer.id,
      occurredAt: new Date('2026-01-07T02:00:00Z'),
      note: '现场检查',
      recordingWaiverReason: '执法记录仪电量耗尽',
    }),
  );
  const evidence = await db().$transaction((tx) =>
    appendEvidence(tx, {
      caseId: kase.id,
      stepId: waiver.id,
      kind: 'PHOTO',
      storageKey: `test/${kase.id}/${randomUUID()}`,
      fileName: '现场照片.jpg',
      mimeType: 'image/jpeg',
      size: 2048,
      sha256: 'b'.repeat(64),
      deviceId: null,
      officerId: world.zhang,
      capturedAt: new Date('2026-01-07T02:10:00Z'),
      uploadedById: world.officer.id,
    }),
  );
  return { kase, waiver, evidence };
}

beforeAll(async () => {
  world = await makeEvidenceWorld(db());
});
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

describe('case file: rows forged or rewritten in the database are reported', () => {
  it('(i) a step attributed to the director, inserted by portal_app with a correct hash and head, is reported as unsigned', async () => {
    const kase = await makeEvidenceCase(db(), world);
    expect(await verifyCaseFile(db(), kase.id, { store })).toMatchObject({ ok: true, records: 2 });
    const forged = await forgeStep(kase.id, world.director.id, 'none');

    const result = await verifyCaseFile(db(), kase.id, { store });
    expect(result).toMatchObject({ ok: false, problem: 'UNSIGNED', recordId: forged });
    expect(result.ok ? '' : result.message).toBe('执法环节记录（第3步 DECISION）没有签名，不是经本系统写入的记录（可能是直接写入数据库伪造的，或写于签名启用之前而未补签）');

    // On the case page, in Chinese, naming the row.
    const { ChainCheck } = await import('@/app/(staff)/staff/cases/_components/evidence');
    const html = renderToStaticMarkup(await ChainCheck({ caseId: kase.id }));
    expect(html).toContain('role="alert"');
    expect(html).toContain('执法环节记录（第3步 DECISION）没有签名');

    // The command-line verifier names the case and the row, and exits 1.
    const run = cli('scripts/verify-case-files.ts', [kase.caseNumber]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`✗ ${kase.caseNumber}：执法环节记录（第3步 DECISION）没有签名`);
    expect(run.stdout).toContain(`UNSIGNED，记录 ${forged}`);
  }, 60_000);

  it('(i) a forged step carrying a seal copied from a genuine row is reported as forged', async () => {
    const kase = await makeEvidenceCase(db(), world);
    const forged = await forgeStep(kase.id, world.director.id, 'copied');
    const result = await verifyCaseFile(db(), kase.id, { store });
    expect(result).toMatchObject({ ok: false, problem: 'FORGED', recordId: forged });
    expect(result.ok ? '' : result.message).toContain('的签名与记录内容不符，记录是伪造的或在数据库中被直接改写');
  });

  it('(iii) recordingWaiverReason changed by the owner is reported: altered, and forged once the chain is recomputed', async () => {
    const { kase, waiver } = await caseWithWaiverAndEvidence();
    expect(await verifyCaseFile(db(), kase.id, { store, checkFiles: false })).toMatchObject({ ok: true, records: 4 });
    await asOwner((client) => client.query(`UPDATE "CaseStep" SET "recordingWaiverReason" = '当事人拒绝录像' WHERE "id" = $1`, [waiver.id]));
    expect(await verifyCaseFile(db(), kase.id, { store, checkFiles: false })).toMatchObject({ ok: false, problem: 'ALTERED', recordId: waiver.id });

    await rechain(kase.id);
    const result = await verifyCaseFile(db(), kase.id, { store, checkFiles: false });
    expect(result).toMatchObject({ ok: false, problem: 'FORGED', recordId: waiver.id });
    expect(result.ok ? '' : result.message).toContain('执法环节记录（第3步 INSPECTION）的签名与记录内容不符');
  });

  it('(iii) uploadedById changed by the owner is reported: altered, and forged once the chain is recomputed', async () => {
    const { kase, evidence } = await caseWithWaiverAndEvidence();
    await asOwner((client) => client.query(`UPDATE "EvidenceItem" SET "uploadedById" = $1 WHERE "id" = $2`, [world.director.id, evidence.id]));
    expect(await verifyCaseFile(db(), kase.id, { store, checkFiles: false })).toMatchObject({ ok: false, problem: 'ALTERED', recordId: evidence.id });

    await rechain(kase.id);
    const result = await verifyCaseFile(db(), kase.id, { store, checkFiles: false });
    expect(result).toMatchObject({ ok: false, problem: 'FORGED', recordId: evidence.id });
    expect(result.ok ? '' : result.message).toContain('证据“现场照片.jpg”的签名与记录内容不符');
  });

  it('a seal, once set, cannot be replaced: not by portal_app, not by the owner', async () => {
    const { waiver, evidence } = await caseWithWaiverAndEvidence();
    await expect(db().$executeRaw`UPDATE "CaseStep" SET "mac" = ${'0'.repeat(64)} WHERE "id" = ${waiver.id}`).rejects.toThrow(/seal is set once/);
    await expect(db().$executeRaw`UPDATE "CaseStep" SET "actorId" = ${world.director.id} WHERE "id" = ${waiver.id}`).rejects.toThrow(/permission denied/);
    await asOwner(async (client) => {
      await expect(client.query(`UPDATE "EvidenceItem" SET "mac" = NULL WHERE "id" = $1`, [evidence.id])).rejects.toThrow(/seal is set once/);
    });
  });
});

describe('every column is in the hash, and no write without the key in production', () => {
  it('the SQL audit hash reads every hashed column and the chain link listed in lib/domain/records/columns.ts', async () => {
    const [fn] = await db().$queryRaw<{ def: string }[]>`SELECT pg_get_functiondef('audit_event_hash'::regproc) AS def`;
    for (const column of [...AUDIT_EVENT_COLUMNS.hashed, 'prevHash']) {
      expect(fn?.def, column).toMatch(new RegExp(`e\\.(${column}|"${column}")(?!\\w)`));
    }
  });

  it('in production a write without RECORD_MAC_KEY fails before anything is written, naming the variable', async () => {
    const saved = { key: process.env.RECORD_MAC_KEY, env: process.env.NODE_ENV };
    const before = { audit: await db().auditEvent.count(), users: await db().user.count() };
    Object.assign(process.env, { NODE_ENV: 'production' });
    delete process.env.RECORD_MAC_KEY;
    try {
      await expect(makeUser(db(), { roles: ['EDITOR'] })).rejects.toThrow(/RECORD_MAC_KEY is not set/);
    } finally {
      Object.assign(process.env, { NODE_ENV: saved.env, RECORD_MAC_KEY: saved.key });
    }
    expect({ audit: await db().auditEvent.count(), users: await db().user.count() }).toEqual(before);
  });
});

describe('audit log: a row rewritten by the owner with the chain recomputed is reported', () => {
  it('(ii) an actor changed with the trigger disabled and every hash and the head recomputed in SQL', async () => {
    expect((await verifyAuditChain(db())).firstBreak).toBeNull();
    const target = await db().auditEvent.findFirstOrThrow({ where: { actorId: { not: null } }, orderBy: { id: 'asc' } });
    const rows = await db().auditEvent.count();
    await asOwner(async (client) => {
      await client.query('BEGIN');
      await client.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_no_update_delete`);
      await client.query(`UPDATE "AuditEvent" SET "actorId" = $1 WHERE id = $2`, [world.director.id, target.id]);
      await client.query(`
        DO $$
        DECLARE
          r record;
          previous text := coalesce((SELECT hash FROM "AuditEvent" WHERE id < ${target.id} ORDER BY id DESC LIMIT 1), '');
        BEGIN
          FOR r IN SELECT id FROM "AuditEvent" WHERE id >= ${target.id} ORDER BY id LOOP
            UPDATE "AuditEvent" SET "prevHash" = previous WHERE id = r.id;
            UPDATE "AuditEvent" e SET hash = audit_event_hash(e) WHERE id = r.id RETURNING hash INTO previous;
          END LOOP;
          UPDATE "AuditChainHead" SET "lastHash" = previous, "lastId" = (SELECT max(id) FROM "AuditEvent") WHERE id = 1;
        END $$`);
      await client.query(`ALTER TABLE "AuditEvent" ENABLE TRIGGER audit_event_no_update_delete`);
      await client.query('COMMIT');
    });
    expect(await db().auditEvent.count()).toBe(rows);
    // Every hash was recomputed: recomputing them again changes nothing.
    const [stale] = await db().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "AuditEvent" e WHERE e.hash <> audit_event_hash(e)`;
    expect(stale?.n).toBe(0n);

    const report = await verifyAuditChain(db());
    expect(report.firstBreak).toMatchObject({ id: target.id, problem: 'forged' });
    expect(report.firstBreak?.detail).toBe('记录签名与内容不符：记录是伪造的或在数据库中被直接改写（即使哈希链已重新计算）');

    const run = cli('scripts/verify-audit.ts');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`audit record seal invalid at id ${target.id}: forged — 记录签名与内容不符`);
  }, 60_000);
});
