import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { attachInspectionFile } from '@/lib/services/inspections/attach-inspection-file';
import { getInspection } from '@/lib/queries/inspections/inspections';
import { createLocalDiskStore } from '@/lib/storage/local-disk-store';
import { inspectionRowCounts, makeCertifiedOfficer, makeEntity, makeInspection } from '../factories/inspections';
import { ensureAdmin, makeUser } from '../factories/users';

const storageDir = mkdtempSync(path.join(tmpdir(), 'insp-attachments-'));
const store = createLocalDiskStore(storageDir);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
const db = () => getDb();
let officer: Actor;
let inspectionId: string;

beforeAll(async () => {
  const admin = await ensureAdmin(db());
  officer = await makeUser(db(), { roles: ['OFFICER'] });
  const inspectors = [await makeCertifiedOfficer(db(), admin, '张一'), await makeCertifiedOfficer(db(), admin, '李二')];
  const entity = await makeEntity(db(), officer);
  inspectionId = (await makeInspection(db(), officer, { entityId: entity.id, inspectorIds: inspectors })).id;
});
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

const objects = () => {
  try {
    return readdirSync(path.join(storageDir, 'objects'), { recursive: true }).length;
  } catch {
    return 0;
  }
};

describe('inspection photos and evidence, through the one attachment store', () => {
  it('stores a photo with its hash and audit row, listed on the inspection', async () => {
    const before = await inspectionRowCounts(db());
    const attachment = await attachInspectionFile(db(), officer, { inspectionId, fileName: '现场照片.png', declaredType: 'image/png', stream: Readable.from([PNG]) }, { store });
    expect(attachment).toMatchObject({ inspectionId, fileName: '现场照片.png', mimeType: 'image/png', size: BigInt(PNG.length) });
    expect((await inspectionRowCounts(db())).audit).toBe(before.audit + 1);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: 'inspection.attach', entityId: inspectionId } });
    expect(audit.after).toMatchObject({ attachmentId: attachment.id, sha256: attachment.sha256 });
    expect((await getInspection(db(), inspectionId))?.attachments.map((a) => a.fileName)).toEqual(['现场照片.png']);
  });

  it('refuses a file whose content is not an allowed type, and a non-officer, leaving nothing behind', async () => {
    const editor = await makeUser(db(), { roles: ['EDITOR', 'DIRECTOR'] });
    const before = { rows: await db().attachment.count(), files: objects(), audit: await db().auditEvent.count() };
    const text = attachInspectionFile(
      db(),
      officer,
      { inspectionId, fileName: '照片.png', declaredType: 'image/png', stream: Readable.from([Buffer.from('not a picture')]) },
      { store },
    );
    await expect(text).rejects.toMatchObject({ code: 'VALIDATION' });
    const forbidden = attachInspectionFile(db(), editor, { inspectionId, fileName: '现场照片.png', declaredType: 'image/png', stream: Readable.from([PNG]) }, { store });
    await expect(forbidden).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const missing = attachInspectionFile(db(), officer, { inspectionId: 'nope', fileName: 'a.png', declaredType: 'image/png', stream: Readable.from([PNG]) }, { store });
    await expect(missing).rejects.toMatchObject({ code: 'NOT_FOUND', userMessage: '检查记录不存在。' });
    expect({ rows: await db().attachment.count(), files: objects(), audit: await db().auditEvent.count() }).toEqual(before);
  });
});
