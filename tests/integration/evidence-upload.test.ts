import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import { verifyChain } from '@/lib/domain/enforcement';
import { messages } from '@/lib/i18n/messages';
import { loadCaseChain } from '@/lib/services/enforcement/case-chain';
import { uploadEvidence } from '@/lib/services/enforcement/evidence-upload';
import { handOutDevice, registerDevice } from '@/lib/services/enforcement/devices';
import { createLocalDiskStore } from '@/lib/storage/local-disk-store';
import { actAs } from '../setup/act-as';
import { SAMPLES, evidenceCounts, filesUnder, makeEvidenceCase, makeEvidenceWorld, type EvidenceWorld } from '../factories/evidence';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const storageDir = mkdtempSync(path.join(tmpdir(), 'evidence-upload-'));
process.env.STORAGE_DIR = storageDir;
const { POST } = await import('@/app/api/cases/[caseId]/evidence/route');
const { GET } = await import('@/app/api/evidence/[evidenceId]/route');

const db = () => getDb();
const t = messages.evidence;
let world: EvidenceWorld;
let caseId: string;
let currentStepId: string;

beforeAll(async () => {
  world = await makeEvidenceWorld(db());
  const kase = await makeEvidenceCase(db(), world);
  caseId = kase.id;
  currentStepId = kase.currentStepId;
});
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));
beforeEach(() => actAs(world.officer));

type Meta = { kind?: string; officerId?: string; deviceId?: string; capturedAt?: string; fileName?: string };
function uploadRequest(id: string, body: Buffer | ReadableStream<Uint8Array>, meta: Meta = {}, headers: Record<string, string> = {}) {
  const query = new URLSearchParams({
    kind: meta.kind ?? 'VIDEO',
    officerId: meta.officerId ?? world.zhang,
    capturedAt: meta.capturedAt ?? '2026-01-06T10:30:00+08:00',
    fileName: meta.fileName ?? '现场执法记录.mp4',
    ...(meta.deviceId ? { deviceId: meta.deviceId } : {}),
  });
  return new Request(`http://localhost/api/cases/${id}/evidence?${query}`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'video/mp4', ...headers },
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
}
const post = (request: Request, id = caseId) => POST(request, { params: Promise.resolve({ caseId: id }) });
const get = (evidenceId: string) => GET(new Request(`http://localhost/api/evidence/${evidenceId}`), { params: Promise.resolve({ evidenceId }) });
const snapshot = async () => ({ ...(await evidenceCounts(db())), files: filesUnder(storageDir).length });

describe('evidence upload (streaming route handler)', () => {
  it('stores the file, hashes it at ingest, appends it to the chain at the current step, with its audit row', async () => {
    const before = await snapshot();
    const response = await post(uploadRequest(caseId, SAMPLES.mp4));
    const body = await response.json();
    expect(response.status).toBe(200);
    const expected = createHash('sha256').update(SAMPLES.mp4).digest('hex');
    expect(body).toMatchObject({ ok: true, sha256: expected, size: SAMPLES.mp4.length, message: t.upload.uploaded, warning: null });
    const item = await db().evidenceItem.findUniqueOrThrow({ where: { id: body.id } });
    expect(item).toMatchObject({
      caseId,
      stepId: currentStepId,
      kind: 'VIDEO',
      fileName: '现场执法记录.mp4',
      mimeType: 'video/mp4',
      sha256: expected,
      officerId: world.zhang,
      uploadedById: world.officer.id,
    });
    expect(item.size).toBe(BigInt(SAMPLES.mp4.length));
    expect(item.capturedAt.toISOString()).toBe('2026-01-06T02:30:00.000Z');
    // The stored bytes are the uploaded bytes.
    const stored = readFileSync(path.join(storageDir, 'objects', item.storageKey));
    expect(createHash('sha256').update(stored).digest('hex')).toBe(expected);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: 'evidence.upload', entityId: item.id } });
    expect(audit.actorId).toBe(world.officer.id);
    expect(audit.after).toMatchObject({ caseId, sha256: expected, fileName: '现场执法记录.mp4' });
    expect(await snapshot()).toEqual({ ...before, evidence: before.evidence + 1, audit: before.audit + 1, files: before.files + 1 });
    const chain = await db().$transaction((tx) => loadCaseChain(tx, caseId));
    expect(verifyChain(chain.links, { expectedHead: chain.head })).toMatchObject({ ok: true, length: 3 });
    expect(chain.head).toBe(item.hash);
  });

  it('accepts audio, photos and documents of the matching kind', async () => {
    for (const [kind, fileName, bytes, type] of [
      ['AUDIO', '询问录音.mp3', SAMPLES.mp3, 'audio/mpeg'],
      ['AUDIO', '询问录音.wav', SAMPLES.wav, 'audio/wav'],
      ['PHOTO', '现场照片.jpg', SAMPLES.jpeg, 'image/jpeg'],
      ['DOCUMENT', '询问笔录.pdf', SAMPLES.pdf, 'application/pdf'],
      ['VIDEO', '夜间录像.mov', SAMPLES.mov, 'video/quicktime'],
    ] as const) {
      const response = await post(uploadRequest(caseId, bytes, { kind, fileName }, { 'content-type': type }));
      expect(response.status, fileName).toBe(200);
      expect((await response.json()).sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('refuses an oversized upload by its Content-Length before reading the body, and when the stream exceeds the limit', async () => {
    const previous = await db().setting.findUnique({ where: { key: 'evidence.maxMegabytes' } });
    await db().setting.upsert({
      where: { key: 'evidence.maxMegabytes' },
      create: { key: 'evidence.maxMegabytes', value: 1, description: '测试' },
      update: { value: 1 },
    });
    try {
      const before = await snapshot();
      let read = false;
      const untouchable = new ReadableStream<Uint8Array>(
        {
          pull() {
            read = true;
            throw new Error('the body must not be read');
          },
        },
        { highWaterMark: 0 },
      );
      const early = await post(uploadRequest(caseId, untouchable, {}, { 'content-length': String(5 * 1024 * 1024) }));
      expect(early.status).toBe(413);
      expect(await early.json()).toEqual({ ok: false, message: t.errors.tooLarge('1MB') });
      expect(read).toBe(false);
      // No Content-Length (chunked): the store stops at the limit.
      const big = Buffer.concat([SAMPLES.mp4, Buffer.alloc(1024 * 1024 + 10)]);
      const streamed = await post(uploadRequest(caseId, Readable.toWeb(Readable.from([big.subarray(0, 600_000), big.subarray(600_000)])) as ReadableStream<Uint8Array>));
      expect(streamed.status).toBe(422);
      expect((await streamed.json()).message).toBe(t.errors.tooLarge('1MB'));
      expect(await snapshot()).toEqual(before);
    } finally {
      if (previous) await db().setting.update({ where: { key: previous.key }, data: { value: previous.value as number } });
      else await db().setting.delete({ where: { key: 'evidence.maxMegabytes' } });
    }
  });

  it('refuses mislabelled files with a clear message and leaves nothing behind', async () => {
    const before = await snapshot();
    const text = await post(uploadRequest(caseId, Buffer.from('这不是视频，只是一段文字。'), { fileName: '执法记录.mp4' }));
    expect(text.status).toBe(422);
    expect((await text.json()).message).toBe(t.errors.unsupported);
    const png = await post(uploadRequest(caseId, SAMPLES.png, { kind: 'VIDEO', fileName: '执法记录.png' }, { 'content-type': 'image/png' }));
    expect(png.status).toBe(422);
    expect((await png.json()).message).toBe(t.errors.kindMismatch('视频', 'PNG图片'));
    const renamed = await post(uploadRequest(caseId, SAMPLES.png, { kind: 'VIDEO', fileName: '执法记录.mp4' }));
    expect((await renamed.json()).message).toBe(t.errors.kindMismatch('视频', 'PNG图片'));
    const wrongName = await post(uploadRequest(caseId, SAMPLES.mp4, { kind: 'VIDEO', fileName: '执法记录.mov' }));
    expect(wrongName.status).toBe(422);
    expect((await wrongName.json()).message).toBe(messages.disclosure.attachment.nameMismatch('执法记录.mov', 'MP4视频'));
    expect(await snapshot()).toEqual(before);
    expect(filesUnder(path.join(storageDir, 'tmp'))).toEqual([]);
  });

  it('refuses the signed-out, the wrong role, an officer not on the case, bad metadata and a closed case', async () => {
    const closed = await makeEvidenceCase(db(), world, { state: 'CLOSED', closedOn: new Date('2026-02-01T00:00:00Z') });
    const before = await snapshot();
    await actAs(null);
    expect((await post(uploadRequest(caseId, SAMPLES.mp4))).status).toBe(401);
    await actAs(world.editor);
    expect((await post(uploadRequest(caseId, SAMPLES.mp4))).status).toBe(403);
    await actAs(world.director);
    expect((await post(uploadRequest(caseId, SAMPLES.mp4))).status).toBe(403);
    await actAs(world.outsider);
    const outsider = await post(uploadRequest(caseId, SAMPLES.mp4));
    expect(outsider.status).toBe(403);
    expect((await outsider.json()).message).toBe(t.errors.notOnCase);
    await actAs(world.officer);
    const notOnCaseOfficer = await post(uploadRequest(caseId, SAMPLES.mp4, { officerId: world.wang }));
    expect(notOnCaseOfficer.status).toBe(422);
    expect((await notOnCaseOfficer.json()).message).toBe(t.errors.officerNotOnCase);
    const badKind = await post(uploadRequest(caseId, SAMPLES.mp4, { kind: 'HOLOGRAM' }));
    expect(badKind.status).toBe(422);
    expect((await badKind.json()).message).toContain('证据类型');
    const badTime = await post(uploadRequest(caseId, SAMPLES.mp4, { capturedAt: 'yesterday' }));
    expect(badTime.status).toBe(422);
    const future = await post(uploadRequest(caseId, SAMPLES.mp4, { capturedAt: '2099-01-01T00:00:00+08:00' }));
    expect((await future.json()).message).toBe(t.errors.capturedInFuture);
    const unknownDevice = await post(uploadRequest(caseId, SAMPLES.mp4, { deviceId: 'no-such-device' }));
    expect(unknownDevice.status).toBe(422);
    expect((await unknownDevice.json()).message).toBe(t.errors.deviceNotFound);
    const closedCase = await post(uploadRequest(closed.id, SAMPLES.mp4), closed.id);
    expect(closedCase.status).toBe(409);
    expect((await closedCase.json()).message).toBe(t.errors.caseClosed);
    expect((await post(uploadRequest('nosuchcase', SAMPLES.mp4), 'nosuchcase')).status).toBe(404);
    expect(await snapshot()).toEqual(before);
  });

  it('records the device, warning (not refusing) when it is not on loan to the capturing officer', async () => {
    const device = await registerDevice(db(), world.admin, { code: 'JLY-T1', deviceKind: 'BODY_CAMERA', model: '测试记录仪' });
    const warned = await (await post(uploadRequest(caseId, SAMPLES.mp4, { deviceId: device.id }))).json();
    expect(warned).toMatchObject({ ok: true, warning: t.upload.deviceWarning('JLY-T1') });
    await handOutDevice(db(), world.admin, { deviceId: device.id, officerId: world.zhang, handedOutAt: new Date('2026-01-06T00:00:00Z') });
    const fine = await (await post(uploadRequest(caseId, SAMPLES.mp4, { deviceId: device.id }))).json();
    expect(fine).toMatchObject({ ok: true, warning: null });
    expect(await db().evidenceItem.count({ where: { deviceId: device.id } })).toBe(2);
  });

  it('deletes the stored file when the transaction fails', async () => {
    const store = createLocalDiskStore(storageDir);
    const before = await snapshot();
    // The case is closed between the check before storing and the transaction.
    const kase = await makeEvidenceCase(db(), world);
    const racing = {
      ...store,
      put: async (...args: Parameters<typeof store.put>) => {
        const stored = await store.put(...args);
        await db().enforcementCase.update({ where: { id: kase.id }, data: { state: 'CLOSED', closedOn: new Date() } });
        return stored;
      },
    };
    await expect(
      uploadEvidence(
        db(),
        world.officer,
        {
          caseId: kase.id,
          kind: 'VIDEO',
          officerId: world.zhang,
          capturedAt: new Date('2026-01-06T02:00:00Z'),
          fileName: 'a.mp4',
          declaredType: '',
          stream: Readable.from([SAMPLES.mp4]),
        },
        { store: racing },
      ),
    ).rejects.toMatchObject({ code: 'CONFLICT', userMessage: t.errors.caseClosed });
    const after = await snapshot();
    expect({ evidence: after.evidence, files: after.files }).toEqual({ evidence: before.evidence, files: before.files });
  });
});

describe('evidence download', () => {
  let evidenceId: string;
  beforeAll(async () => {
    await actAs(world.officer);
    const response = await post(uploadRequest(caseId, SAMPLES.jpeg, { kind: 'PHOTO', fileName: '现场"照片".jpg' }, { 'content-type': 'image/jpeg' }));
    evidenceId = (await response.json()).id;
  });

  it('streams the file to officers on the case, the director and legal reviewers, as an attachment', async () => {
    for (const actor of [world.officer, world.officer2, world.director, world.reviewer]) {
      await actAs(actor);
      const response = await get(evidenceId);
      expect(response.status, actor.name).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(SAMPLES.jpeg)).toBe(true);
      expect(response.headers.get('content-type')).toBe('image/jpeg');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="/);
      expect(response.headers.get('content-disposition')).toContain(encodeURIComponent('现场"照片".jpg'));
    }
  });

  it('refuses others: 401 signed out, 403 for staff not on the case, 404 for no such evidence', async () => {
    await actAs(null);
    expect((await get(evidenceId)).status).toBe(401);
    for (const actor of [world.outsider, world.editor, world.admin]) {
      await actAs(actor);
      const response = await get(evidenceId);
      expect(response.status, actor.name).toBe(403);
      expect(await response.json()).toEqual({ ok: false, message: messages.errors.forbidden });
    }
    await actAs(world.director);
    expect((await get('nonexistent')).status).toBe(404);
  });
});
