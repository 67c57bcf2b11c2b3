import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as reviewFile } from '@/app/api/review-files/[reviewId]/[fileId]/route';
import type { Actor } from '@/lib/auth/guard';
import { getSessionRef } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { getReviewDetail } from '@/lib/queries/review/get-review-detail';
import { attachDisclosureFile } from '@/lib/services/disclosure/attach-disclosure-file';
import { removeDisclosureAttachment } from '@/lib/services/disclosure/remove-disclosure-attachment';
import { updateDraft } from '@/lib/services/disclosure/update-draft';
import { submitForReview } from '@/lib/services/review/submit-for-review';
import { createLocalDiskStore } from '@/lib/storage/local-disk-store';
import { actAs } from '../setup/act-as';
import { checkAndSubmit, decide, makeDraft, makeReviewer, noticeInput } from '../factories/disclosures';
import { makeContract, makeDecision } from '../factories/review';
import { makeUser } from '../factories/users';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));

// What the reviewer reads (issue 12): each round keeps the content it was submitted with, the page
// shows it and, from round 2, what changed; the round's files are reachable by reviewers only, and
// only those the round lists.

const storageDir = mkdtempSync(path.join(tmpdir(), 'review-content-'));
process.env.STORAGE_DIR = storageDir;
const store = createLocalDiskStore(storageDir);
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

const db = () => getDb();
const PDF = (n: number) => Buffer.from(`%PDF-1.4\n% version ${n}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
const attach = (actor: Actor, disclosureId: string, fileName: string, bytes: Buffer, type: string) =>
  attachDisclosureFile(db(), actor, { disclosureId, fileName, declaredType: type, stream: Readable.from([bytes]) }, { store });
const fetchFile = (reviewId: string, fileId: string) =>
  reviewFile(new Request(`http://localhost/api/review-files/${reviewId}/${fileId}`), { params: Promise.resolve({ reviewId, fileId }) });

let editor: Actor;
let reviewer: Actor;
let app: pg.Client;
beforeAll(async () => {
  editor = await makeUser(db(), { roles: ['EDITOR'], name: '内容编辑' });
  reviewer = await makeReviewer(db());
  app = new pg.Client({ connectionString: process.env.APP_DATABASE_URL });
  await app.connect();
});
afterAll(async () => {
  await app.end();
});

async function revise(id: string, body: string) {
  const row = await db().disclosure.findUniqueOrThrow({ where: { id } });
  await updateDraft(db(), editor, { id, ...noticeInput({ body }), expectedUpdatedAt: row.updatedAt.toISOString() });
}

describe('the content under review', () => {
  it('round 1 shows the text and files as submitted; round 2 shows the text diff and the files added, removed and replaced', async () => {
    const draft = await makeDraft(db(), editor, { body: '第一段。\n\n请各单位于月底前报送。' });
    const kept = await attach(editor, draft.id, '检查表.pdf', PDF(1), 'application/pdf');
    const dropped = await attach(editor, draft.id, '旧通讯录.png', PNG, 'image/png');
    const round1 = await checkAndSubmit(db(), editor, draft.id);

    const first = await getReviewDetail(db(), { reviewId: round1.id, viewerId: reviewer.id });
    expect(first?.content?.publicBody).toBe('第一段。\n\n请各单位于月底前报送。');
    expect(first?.content?.sections.find((s) => s.label === '标题')?.text).toBe(noticeInput().title);
    expect(first?.content?.files.map((f) => [f.fileName, f.mimeType])).toEqual([
      ['检查表.pdf', 'application/pdf'],
      ['旧通讯录.png', 'image/png'],
    ]);
    expect(first?.diff).toBeNull();

    await decide(db(), reviewer, round1.id, 'RETURNED', '请补充联系电话');
    await revise(draft.id, '第一段。\n\n请各单位于本月25日前报送。\n\n联系电话：12345678。');
    await removeDisclosureAttachment(db(), editor, { attachmentId: kept.id }, { store });
    await removeDisclosureAttachment(db(), editor, { attachmentId: dropped.id }, { store });
    await attach(editor, draft.id, '检查表.pdf', PDF(2), 'application/pdf');
    await attach(editor, draft.id, '联系人照片.png', PNG, 'image/png');
    const round2 = await checkAndSubmit(db(), editor, draft.id);

    const second = await getReviewDetail(db(), { reviewId: round2.id, viewerId: reviewer.id });
    expect(second?.diff?.fromRound).toBe(1);
    const body = second?.diff?.changes.sections.find((s) => s.label === '正文');
    expect(body?.change).toBe('changed');
    expect(
      body?.parts
        .filter((p) => p.kind === 'added')
        .map((p) => p.text)
        .join(''),
    ).toContain('联系电话：12345678。');
    expect(
      body?.parts
        .filter((p) => p.kind === 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe('底');
    expect(
      body?.parts
        .filter((p) => p.kind === 'same')
        .map((p) => p.text)
        .join(''),
    ).toContain('第一段。');
    const files = second?.diff?.changes.files.map((c) => [c.change, c.file.fileName]);
    expect(files).toContainEqual(['replaced', '检查表.pdf']);
    expect(files).toContainEqual(['removed', '旧通讯录.png']);
    expect(files).toContainEqual(['added', '联系人照片.png']);
    expect(files).toHaveLength(3);
    // Round 1 still reads as it was submitted.
    const again = await getReviewDetail(db(), { reviewId: round1.id, viewerId: reviewer.id });
    expect(again?.content?.publicBody).toBe('第一段。\n\n请各单位于月底前报送。');
  });

  it('serves a listed PDF inline to a legal reviewer, frameable by the portal only; refuses others and unlisted files', async () => {
    const draft = await makeDraft(db(), editor, { title: '带附件的通告' });
    const file = await attach(editor, draft.id, '方案.pdf', PDF(3), 'application/pdf');
    const other = await makeDraft(db(), editor, { title: '另一份草稿' });
    const unrelated = await attach(editor, other.id, '未送审.pdf', PDF(4), 'application/pdf');
    const round = await checkAndSubmit(db(), editor, draft.id);

    await actAs(reviewer);
    const ok = await fetchFile(round.id, file.id);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('application/pdf');
    expect(ok.headers.get('content-disposition')).toMatch(/^inline;/);
    expect(ok.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(Buffer.from(await ok.arrayBuffer()).equals(PDF(3))).toBe(true);

    // A file of a subject never sent for review is not reachable through a review.
    expect((await fetchFile(round.id, unrelated.id)).status).toBe(404);
    // Not a legal reviewer: refused, whoever they are.
    await actAs(editor);
    expect((await fetchFile(round.id, file.id)).status).toBe(403);
    vi.mocked(getSessionRef).mockResolvedValue(null);
    expect((await fetchFile(round.id, file.id)).status).toBe(401);
  });

  it('shows a major decision draft and a contract with its terms', async () => {
    const drafter = await makeUser(db(), { roles: ['OFFICER'], name: '决策起草' });
    const decision = await makeDecision(db(), drafter, { title: '关于养老服务补贴的决策', description: '拟对80周岁以上老人发放补贴。' });
    const decisionRound = await submitForReview(db(), drafter, { subjectType: 'MAJOR_ADMIN_DECISION', subjectId: decision.id });
    const d = await getReviewDetail(db(), { reviewId: decisionRound.id, viewerId: reviewer.id });
    expect(d?.content?.sections).toEqual([
      { label: '决策事项', text: '关于养老服务补贴的决策' },
      { label: '决策草案', text: '拟对80周岁以上老人发放补贴。' },
    ]);
    const contract = await makeContract(db(), drafter, { counterparty: '某养老服务中心' });
    const contractRound = await submitForReview(db(), drafter, { subjectType: 'ADMIN_CONTRACT', subjectId: contract.id });
    const c = await getReviewDetail(db(), { reviewId: contractRound.id, viewerId: reviewer.id });
    expect(c?.content?.sections).toContainEqual({ label: '合同相对方', text: '某养老服务中心' });
    expect(c?.content?.sections).toContainEqual({ label: '合同金额（元）', text: '120000.00' });
  });

  it("the database keeps what was submitted: the portal role cannot rewrite a round's content", async () => {
    const draft = await makeDraft(db(), editor, { title: '不可改写的送审内容' });
    const round = await checkAndSubmit(db(), editor, draft.id);
    await expect(app.query(`UPDATE "LegalReview" SET snapshot = '{"sections":[],"files":[],"publicBody":"伪造"}'::jsonb WHERE id = $1`, [round.id])).rejects.toThrow(
      /cannot be changed/,
    );
    await expect(app.query(`UPDATE "LegalReview" SET snapshot = NULL WHERE id = $1`, [round.id])).rejects.toThrow(/cannot be changed/);
    const stored = await db().legalReview.findUniqueOrThrow({ where: { id: round.id } });
    expect((stored.snapshot as { publicBody: string }).publicBody).toBe(noticeInput().body);
  });
});
