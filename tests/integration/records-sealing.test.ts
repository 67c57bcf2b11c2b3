import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { verifyAuditChain } from '@/lib/queries/audit/verify-audit-chain';
import { verifyCaseFile } from '@/lib/services/enforcement/verify-case-file';
import { sealLegacyRecords } from '@/lib/services/records/seal-legacy-records';
import { createLocalDiskStore } from '@/lib/storage/local-disk-store';
import { makeEvidenceCase, makeEvidenceWorld, type EvidenceWorld } from '../factories/evidence';
import { asOwner, forgeStep, rechain } from '../factories/forged-records';

// Rows written before migration 20261205030000 carry no seal and hash version 1. They are
// reported as unsigned until `npm run records:sign` seals them once; that command seals only
// what can be legacy and refuses a row written behind the application's back after signing began.

const db = () => getDb();
const store = createLocalDiskStore('/nonexistent');
let world: EvidenceWorld;

/** Turns a case file into one written before signing began: version-1 hashes, no seals. */
async function makeLegacy(caseId: string) {
  await asOwner(async (client) => {
    for (const table of ['CaseStep', 'EvidenceItem']) {
      await client.query(`ALTER TABLE "${table}" DISABLE TRIGGER ${table === 'CaseStep' ? 'case_step_seal_once' : 'evidence_item_seal_once'}`);
      await client.query(`UPDATE "${table}" SET "mac" = NULL, "macKeyId" = NULL, "hashVersion" = 1 WHERE "caseId" = $1`, [caseId]);
      await client.query(`ALTER TABLE "${table}" ENABLE TRIGGER ${table === 'CaseStep' ? 'case_step_seal_once' : 'evidence_item_seal_once'}`);
    }
  });
  await rechain(caseId);
}

beforeAll(async () => {
  world = await makeEvidenceWorld(db());
});

describe('sealing the records written before signing began', () => {
  it('reports legacy rows as unsigned, seals them once, and then finds every chain intact', async () => {
    const legacy = await makeEvidenceCase(db(), world);
    await makeLegacy(legacy.id);
    const firstAudit = await db().auditEvent.findFirstOrThrow({ orderBy: { id: 'asc' } });
    await asOwner(async (client) => {
      await client.query('ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_no_update_delete');
      await client.query('UPDATE "AuditEvent" SET "mac" = NULL, "macKeyId" = NULL WHERE id IN (SELECT id FROM "AuditEvent" ORDER BY id LIMIT 3)');
      await client.query('ALTER TABLE "AuditEvent" ENABLE TRIGGER audit_event_no_update_delete');
    });
    expect(await verifyCaseFile(db(), legacy.id, { store, checkFiles: false })).toMatchObject({ ok: false, problem: 'UNSIGNED' });
    expect((await verifyAuditChain(db())).firstBreak).toMatchObject({ id: firstAudit.id, problem: 'unsigned' });

    const report = await sealLegacyRecords(db());
    expect(report).toEqual({ sealed: 2 + 3, refused: [] });
    expect(await verifyCaseFile(db(), legacy.id, { store, checkFiles: false })).toMatchObject({ ok: true, records: 2 });
    expect((await verifyAuditChain(db())).firstBreak).toBeNull();
    // Sealing twice does nothing.
    expect(await sealLegacyRecords(db())).toEqual({ sealed: 0, refused: [] });
  });

  it('refuses to seal a step forged after signing began, and leaves it reported (CLI exit 1)', async () => {
    const kase = await makeEvidenceCase(db(), world);
    const forged = await forgeStep(kase.id, world.director.id, 'none');
    const report = await sealLegacyRecords(db());
    expect(report.sealed).toBe(0);
    expect(report.refused).toEqual([{ chain: `案卷 ${kase.caseNumber}`, id: forged, reason: '未签名的记录写于签名启用之后，不能补签（疑为伪造）' }]);
    expect(await verifyCaseFile(db(), kase.id, { store, checkFiles: false })).toMatchObject({ ok: false, problem: 'UNSIGNED', recordId: forged });

    const cli = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/seal-records.ts'], { env: process.env, encoding: 'utf8' });
    expect(cli.status).toBe(1);
    expect(cli.stdout).toContain(`✗ 案卷 ${kase.caseNumber}，记录 ${forged}：未签名的记录写于签名启用之后`);
  }, 60_000);
});
