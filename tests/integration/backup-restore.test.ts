import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { APP_DB_ROLE } from '@/lib/env';
import { uploadEvidence } from '@/lib/services/enforcement/evidence-upload';
import { createLocalDiskStore } from '@/lib/storage/local-disk-store';
import { makeEvidenceCase, makeEvidenceWorld, SAMPLES } from '../factories/evidence';
import { adminQuery, databaseUrl } from '../setup/pg-admin';

// Issue 17: `npm run backup` → `npm run restore` into a fresh database and storage → both chain
// verifiers (audit log; case files with every evidence file re-hashed) pass on the restored copy.
const dir = mkdtempSync(path.join(tmpdir(), 'backup-restore-'));
const source = { storage: path.join(dir, 'storage'), url: process.env.DATABASE_URL! };
const restoredDb = `portal_restore_${process.pid}_${Date.now().toString(36)}`;
const restored = { storage: path.join(dir, 'restored-storage'), url: databaseUrl({ database: restoredDb }) };
const backupDir = path.join(dir, 'backup');

function run(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => resolve({ code, output }));
  });
}
const tsx = (script: string) => ['--conditions=react-server', '--import', 'tsx', script];
const envFor = (target: { storage: string; url: string }) => ({
  DATABASE_URL: target.url,
  APP_DATABASE_URL: (() => {
    const u = new URL(target.url);
    u.username = APP_DB_ROLE;
    u.password = '';
    return u.toString();
  })(),
  STORAGE_DIR: target.storage,
});

beforeAll(async () => {
  const db = getDb();
  const world = await makeEvidenceWorld(db);
  const store = createLocalDiskStore(source.storage);
  for (const [fileName, kind, bytes] of [
    ['执法记录.mp4', 'VIDEO', SAMPLES.mp4],
    ['现场照片.png', 'PHOTO', SAMPLES.png],
  ] as const) {
    const kase = await makeEvidenceCase(db, world);
    await uploadEvidence(
      db,
      world.officer,
      { caseId: kase.id, kind, officerId: world.zhang, capturedAt: new Date('2026-01-06T02:00:00Z'), fileName, declaredType: '', stream: Readable.from([bytes]) },
      { store },
    );
  }
  await adminQuery(`CREATE DATABASE "${restoredDb}"`);
});

afterAll(async () => {
  await adminQuery(`DROP DATABASE IF EXISTS "${restoredDb}" WITH (FORCE)`);
  rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('restores into a fresh database and storage where both chain verifiers pass', async () => {
    const backup = await run(['scripts/backup.mjs', '--out', backupDir], envFor(source));
    expect(backup.output).toContain('备份完成');
    expect(backup.code).toBe(0);

    const restore = await run(['scripts/restore.mjs', '--from', backupDir], envFor(restored));
    expect(restore.output).toContain('恢复完成');
    expect(restore.code).toBe(0);

    const audit = await run(tsx('scripts/verify-audit.ts'), envFor(restored));
    expect(audit.output).toMatch(/审计日志完整.*[1-9]\d* rows verified/);
    expect(audit.code).toBe(0);
    const cases = await run(tsx('scripts/verify-case-files.ts'), envFor(restored));
    expect(cases.output).toContain('案卷校验通过：2 件案件');
    expect(cases.output).toContain('2 个证据文件');
    expect(cases.code).toBe(0);

    // Same rows as the source.
    const count = async (database: string, table: string) => (await adminQuery(`SELECT count(*)::int AS n FROM "${table}"`, database)).rows[0].n as number;
    const sourceDb = new URL(source.url).pathname.slice(1);
    for (const table of ['AuditEvent', 'EvidenceItem', 'EnforcementCase', 'User']) expect(await count(restoredDb, table), table).toBe(await count(sourceDb, table));
  });

  it('refuses a backup whose file differs from its manifest, and a target that is not empty', async () => {
    const other = `${restoredDb}_b`;
    await adminQuery(`CREATE DATABASE "${other}"`);
    try {
      const target = envFor({ storage: path.join(dir, 'other-storage'), url: databaseUrl({ database: other }) });
      // Into the database restored above: not empty.
      const notEmpty = await run(['scripts/restore.mjs', '--from', backupDir], envFor(restored));
      expect(notEmpty.code).toBe(1);
      expect(notEmpty.output).toContain('目标数据库不是空的');
      appendFileSync(path.join(backupDir, 'database.dump'), 'x');
      const tampered = await run(['scripts/restore.mjs', '--from', backupDir], target);
      expect(tampered.code).toBe(1);
      expect(tampered.output).toContain('备份文件与清单不符');
      expect((await adminQuery(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`, other)).rows[0].n).toBe(0);
    } finally {
      await adminQuery(`DROP DATABASE IF EXISTS "${other}" WITH (FORCE)`);
    }
  });
});
