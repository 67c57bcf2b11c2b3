import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { POST as uploadRoute } from '@/app/(staff)/staff/disclosures/[id]/attachments/route';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { getPublishedAttachment } from '@/lib/queries/disclosure/get-published-attachment';
import { listPublicParties } from '@/lib/queries/disclosure/list-public-parties';
import { attachDisclosureFile } from '@/lib/services/disclosure/attach-disclosure-file';
import { publishDisclosure } from '@/lib/services/disclosure/publish-disclosure';
import { recordSecrecyCheck } from '@/lib/services/disclosure/record-secrecy-check';
import { updateDraft } from '@/lib/services/disclosure/update-draft';
import { withdrawDisclosure } from '@/lib/services/disclosure/withdraw-disclosure';
import { createLocalDiskStore } from '@/lib/storage/local-disk-store';
import { actAs } from '../setup/act-as';
import { makeApprovedNotice, makeDraft, makeReviewer, noticeInput, secrecyChecker } from '../factories/disclosures';
import { makeUser } from '../factories/users';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const storageDir = mkdtempSync(path.join(tmpdir(), 'dis-storage-'));
process.env.STORAGE_DIR = storageDir; // read lazily by the route handler's store
const store = createLocalDiskStore(storageDir);

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
const DOCX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....[Content_Types].xml....word/document.xml....')]);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

let editor: Actor;
let reviewer: Actor;
beforeAll(async () => {
  editor = await makeUser(getDb(), { roles: ['EDITOR'] });
  reviewer = await makeReviewer(getDb());
});
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

const attach = (disclosureId: string, fileName: string, bytes: Buffer, declaredType: string, maxBytes?: number) =>
  attachDisclosureFile(getDb(), editor, { disclosureId, fileName, declaredType, stream: Readable.from([bytes]) }, { store, ...(maxBytes ? { maxBytes } : {}) });

describe('disclosure attachments', () => {
  it('refuse a mislabelled, unsupported or oversized file and leave nothing on disk or in the database', async () => {
    const draft = await makeDraft(getDb(), editor);
    const audit = await getDb().auditEvent.count();
    await expect(attach(draft.id, '通告.pdf', PNG, 'application/pdf')).rejects.toMatchObject({
      userMessage: expect.stringContaining('文件内容与文件名不符'),
    });
    await expect(attach(draft.id, '通告.png', PNG, 'application/pdf')).rejects.toMatchObject({
      userMessage: expect.stringContaining('文件内容与声明的类型不符'),
    });
    await expect(attach(draft.id, '页面.pdf', Buffer.from('<html><script>x</script></html>'), 'application/pdf')).rejects.toMatchObject({
      userMessage: expect.stringContaining('不支持的文件类型'),
    });
    await expect(attach(draft.id, '大文件.pdf', Buffer.concat([PDF, Buffer.alloc(4096)]), 'application/pdf', 1024)).rejects.toMatchObject({
      userMessage: expect.stringContaining('文件过大'),
    });
    expect(filesUnder(storageDir)).toEqual([]);
    expect(await getDb().attachment.count()).toBe(0);
    expect(await getDb().auditEvent.count()).toBe(audit);
  });

  it('refuse the same mislabelled file through the upload route, which answers in Chinese', async () => {
    const draft = await makeDraft(getDb(), editor);
    await actAs(editor);
    const body = new FormData();
    body.append('file', new File([PNG], '通告.pdf', { type: 'application/pdf' }));
    const response = await uploadRoute(new Request('http://test/upload', { method: 'POST', body }), { params: Promise.resolve({ id: draft.id }) });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ ok: false, message: expect.stringContaining('文件内容与文件名不符') });
    expect(filesUnder(storageDir)).toEqual([]);

    const stranger = await makeUser(getDb(), { roles: ['OFFICER'] });
    await actAs(stranger);
    const good = new FormData();
    good.append('file', new File([PDF], '通告.pdf', { type: 'application/pdf' }));
    const forbidden = await uploadRoute(new Request('http://test/upload', { method: 'POST', body: good }), { params: Promise.resolve({ id: draft.id }) });
    expect(forbidden.status).toBe(403);
    expect(await getDb().attachment.count()).toBe(0);
  });

  it('store a correct file with its hash, send a checked item back to draft, and serve it only once published', async () => {
    const news = await makeDraft(getDb(), editor, { category: 'WORK_NEWS' });
    await recordSecrecyCheck(getDb(), await secrecyChecker(getDb()), { id: news.id, note: '' });
    await actAs(editor);
    const body = new FormData();
    body.append('file', new File([PDF], 'C:\\文件\\活动方案.pdf', { type: 'application/pdf' }));
    const response = await uploadRoute(new Request('http://test/upload', { method: 'POST', body }), { params: Promise.resolve({ id: news.id }) });
    expect(response.status).toBe(200);
    const { id } = (await response.json()) as { id: string };
    const row = await getDb().attachment.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ fileName: '活动方案.pdf', mimeType: 'application/pdf', size: BigInt(PDF.length), uploadedById: editor.id });
    expect(row.sha256).toBe(createHash('sha256').update(PDF).digest('hex'));
    const onDisk = path.join(storageDir, 'objects', row.storageKey);
    expect(statSync(onDisk).size).toBe(PDF.length);
    expect(readFileSync(onDisk)).toEqual(PDF);
    expect(filesUnder(path.join(storageDir, 'tmp'))).toEqual([]);
    expect((await getDb().disclosure.findUniqueOrThrow({ where: { id: news.id } })).status).toBe('DRAFT');

    expect(await getPublishedAttachment(getDb(), id)).toBeNull();
    await recordSecrecyCheck(getDb(), await secrecyChecker(getDb()), { id: news.id, note: '' });
    await publishDisclosure(getDb(), editor, { id: news.id });
    expect(await getPublishedAttachment(getDb(), id)).toMatchObject({ fileName: '活动方案.pdf', size: PDF.length, storageKey: row.storageKey });
    await withdrawDisclosure(getDb(), editor, { id: news.id, reason: '活动取消，撤回信息' });
    expect(await getPublishedAttachment(getDb(), id)).toBeNull();
  });

  it('ask for a new review when an attachment was added after the approval (attachments are in the hash)', async () => {
    const notice = await makeApprovedNotice(getDb(), editor, reviewer);
    const edited = await updateDraft(getDb(), editor, { id: notice.id, expectedUpdatedAt: notice.updatedAt.toISOString(), ...noticeInput(), title: '临时标题' });
    await attach(notice.id, '附件.docx', DOCX, '');
    const current = await getDb().disclosure.findUniqueOrThrow({ where: { id: notice.id } });
    // Back to exactly the approved text: the new attachment still changes the hash, so the old
    // approval does not cover the item (migration 20261128003000_attachment_content_hash).
    await updateDraft(getDb(), editor, { id: notice.id, expectedUpdatedAt: current.updatedAt.toISOString(), ...noticeInput() });
    expect((await getDb().disclosure.findUniqueOrThrow({ where: { id: notice.id } })).contentHash).not.toBe(notice.contentHash);
    expect(edited.disclosure.contentHash).not.toBe(notice.contentHash);
    await recordSecrecyCheck(getDb(), await secrecyChecker(getDb()), { id: notice.id, note: '' });
    await expect(publishDisclosure(getDb(), editor, { id: notice.id })).rejects.toMatchObject({
      userMessage: expect.stringContaining('发布前须经法制审核并获同意'),
    });
  });
});

describe('parties of published enforcement decisions', () => {
  it('are published masked for natural persons and in full for organisations, and only once published', async () => {
    const enforcementCase = await getDb().enforcementCase.create({
      data: {
        caseNumber: '市中民罚〔2021〕1号',
        type: 'PENALTY',
        title: '擅自以社会组织名义开展活动案',
        state: 'DECIDED',
        filedOn: new Date('2021-03-01T00:00:00Z'),
        createdById: editor.id,
        jointDepartments: [],
        parties: {
          create: [
            { kind: 'PERSON', name: '欧阳明', idNumber: '370102199001011234', phone: '13800000000' },
            { kind: 'ORGANISATION', name: '幸福养老服务有限公司' },
            { kind: 'PERSON', name: '张三' },
          ],
        },
      },
    });
    const publicity = await makeDraft(getDb(), editor, { category: 'ENFORCEMENT_PUBLICITY', title: '行政处罚决定公示' });
    await getDb().disclosure.update({ where: { id: publicity.id }, data: { enforcementCaseId: enforcementCase.id } });
    expect(await listPublicParties(getDb(), publicity.id)).toEqual([]);
    await recordSecrecyCheck(getDb(), await secrecyChecker(getDb()), { id: publicity.id, note: '' });
    await publishDisclosure(getDb(), editor, { id: publicity.id });
    const parties = await listPublicParties(getDb(), publicity.id);
    expect(parties.map((p) => p.name).sort()).toEqual(['张某某', '幸福养老服务有限公司', '欧阳某某'].sort());
    expect(JSON.stringify(parties)).not.toMatch(/欧阳明|张三|370102|138000/);
  });
});
