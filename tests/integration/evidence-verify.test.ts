import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { uploadEvidence } from '@/lib/services/enforcement/evidence-upload';
import { verifyCaseFile } from '@/lib/services/enforcement/verify-case-file';
import { createLocalDiskStore } from '@/lib/storage/local-disk-store';
import { adminQuery } from '../setup/pg-admin';
import { SAMPLES, makeEvidenceCase, makeEvidenceWorld, type EvidenceWorld } from '../factories/evidence';

const storageDir = mkdtempSync(path.join(tmpdir(), 'evidence-verify-'));
process.env.STORAGE_DIR = storageDir;
const store = createLocalDiskStore(storageDir);
const db = () => getDb();
const t = messages.evidence.chain;
const database = new URL(process.env.DATABASE_URL!).pathname.slice(1);
// As the database owner (the portal's role may not UPDATE or DELETE case-file rows).
const asOwner = (sql: string) => adminQuery(sql, database);
let world: EvidenceWorld;

beforeAll(async () => {
  world = await makeEvidenceWorld(db());
});
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

/** A case with a video and a photo in its file. */
async function caseWithEvidence() {
  const kase = await makeEvidenceCase(db(), world);
  const upload = (fileName: string, kind: 'VIDEO' | 'PHOTO', bytes: Buffer) =>
    uploadEvidence(
      db(),
      world.officer,
      { caseId: kase.id, kind, officerId: world.zhang, capturedAt: new Date('2026-01-06T02:00:00Z'), fileName, declaredType: '', stream: Readable.from([bytes]) },
      { store },
    );
  const video = await upload('执法记录.mp4', 'VIDEO', SAMPLES.mp4);
  const photo = await upload('现场照片.png', 'PHOTO', SAMPLES.png);
  const rows = await db().evidenceItem.findMany({ where: { caseId: kase.id }, orderBy: { chainSeq: 'asc' } });
  return { kase, video, photo, rows };
}

describe('case-file verifier', () => {
  it('passes an intact case file: chain and every file re-hashed', async () => {
    const { kase } = await caseWithEvidence();
    expect(await verifyCaseFile(db(), kase.id, { store })).toMatchObject({ ok: true, records: 4, files: 2 });
  });

  it('finds an evidence row altered in the database', async () => {
    const { kase, rows } = await caseWithEvidence();
    await asOwner(`UPDATE "EvidenceItem" SET "capturedAt" = '2026-01-01T00:00:00Z' WHERE "id" = '${rows[0]!.id}'`);
    const result = await verifyCaseFile(db(), kase.id, { store });
    expect(result).toMatchObject({ ok: false, problem: 'ALTERED', recordId: rows[0]!.id });
    expect(result.ok ? '' : result.message).toContain('执法记录.mp4');
  });

  it('finds a changed SHA-256 (a swapped file recorded as genuine) as an altered row', async () => {
    const { kase, rows } = await caseWithEvidence();
    await asOwner(`UPDATE "EvidenceItem" SET "sha256" = '${'0'.repeat(64)}' WHERE "id" = '${rows[1]!.id}'`);
    expect(await verifyCaseFile(db(), kase.id, { store })).toMatchObject({ ok: false, problem: 'ALTERED', recordId: rows[1]!.id });
  });

  it('finds the last record deleted (MISSING_TAIL) and a record deleted in the middle (BROKEN_LINK)', async () => {
    const tail = await caseWithEvidence();
    await asOwner(`DELETE FROM "EvidenceItem" WHERE "id" = '${tail.rows[1]!.id}'`);
    const missing = await verifyCaseFile(db(), tail.kase.id, { store });
    expect(missing).toMatchObject({ ok: false, problem: 'MISSING_TAIL', recordId: null });
    const middle = await caseWithEvidence();
    await asOwner(`DELETE FROM "EvidenceItem" WHERE "id" = '${middle.rows[0]!.id}'`);
    expect(await verifyCaseFile(db(), middle.kase.id, { store })).toMatchObject({ ok: false, problem: 'BROKEN_LINK', recordId: middle.rows[1]!.id });
  });

  it('finds a file modified or removed on disk', async () => {
    const altered = await caseWithEvidence();
    writeFileSync(path.join(storageDir, 'objects', altered.rows[1]!.storageKey), Buffer.concat([SAMPLES.png, Buffer.from('x')]));
    const result = await verifyCaseFile(db(), altered.kase.id, { store });
    expect(result).toEqual({ ok: false, caseId: altered.kase.id, problem: 'FILE_ALTERED', recordId: altered.rows[1]!.id, message: t.fileAltered('现场照片.png') });
    // Without re-hashing files the chain itself is intact.
    expect(await verifyCaseFile(db(), altered.kase.id, { store, checkFiles: false })).toMatchObject({ ok: true, records: 4, files: 0 });
    const removed = await caseWithEvidence();
    unlinkSync(path.join(storageDir, 'objects', removed.rows[0]!.storageKey));
    expect(await verifyCaseFile(db(), removed.kase.id, { store })).toMatchObject({ ok: false, problem: 'FILE_MISSING', message: t.fileMissing('执法记录.mp4') });
  });

  it('shows the result on the case page (ChainCheck)', async () => {
    const { ChainCheck } = await import('@/app/(staff)/staff/cases/_components/evidence');
    const good = await caseWithEvidence();
    expect(renderToStaticMarkup(await ChainCheck({ caseId: good.kase.id }))).toContain(t.ok(4, 2));
    const bad = await caseWithEvidence();
    unlinkSync(path.join(storageDir, 'objects', bad.rows[0]!.storageKey));
    const html = renderToStaticMarkup(await ChainCheck({ caseId: bad.kase.id }));
    expect(html).toContain('role="alert"');
    expect(html).toContain(t.fileMissing('执法记录.mp4'));
  });

  it('the CLI exits 0 for intact case files and 1 naming the case with a problem', async () => {
    const good = await caseWithEvidence();
    const bad = await caseWithEvidence();
    await asOwner(`UPDATE "EvidenceItem" SET "fileName" = '改名.mp4' WHERE "id" = '${bad.rows[0]!.id}'`);
    const run = promisify(execFile);
    const env = { ...process.env, STORAGE_DIR: storageDir };
    const args = ['--conditions=react-server', '--import', 'tsx', 'scripts/verify-case-files.ts'];
    const ok = await run('node', [...args, good.kase.caseNumber], { env });
    expect(ok.stdout).toContain('案卷校验通过：1 件案件，4 条记录，2 个证据文件');
    const failed = await run('node', [...args, good.kase.caseNumber, bad.kase.caseNumber], { env }).then(
      () => null,
      (error: { code: number; stdout: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stdout).toContain(`✗ ${bad.kase.caseNumber}`);
    expect(failed?.stdout).not.toContain(`✗ ${good.kase.caseNumber}`);
  }, 60_000);
});
