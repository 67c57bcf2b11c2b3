import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as downloadContractFile } from '@/app/(staff)/staff/matters/contracts/[id]/file/route';
import { createAdminContractAction, signContractAction, submitMatterForReviewAction, updateAdminContractAction } from '@/app/(staff)/staff/matters/actions';
import { initialActionState } from '@/lib/action-state';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { getAdminContract } from '@/lib/queries/matters/get-matter';
import { decideReview } from '@/lib/services/review/decide-review';
import { hasApprovedReview } from '@/lib/queries/review/find-approved-review';
import { REVIEW_SUBJECT_LOADERS } from '@/lib/queries/review/subjects';
import { actAs, form } from '../setup/act-as';
import { decisionInput, makeQualifiedReviewer, reviewCounts } from '../factories/review';
import { makeUser } from '../factories/users';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

// The actions use the app's store (getAttachmentStore), which reads STORAGE_DIR on first use.
const storageDir = mkdtempSync(path.join(tmpdir(), 'contract-files-'));
process.env.STORAGE_DIR = storageDir;
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

const db = () => getDb();
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const PDF_V2 = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\n% 第二稿\ntrailer<<>>\n%%EOF\n');
const terms = { title: '居家养老服务购买合同', counterparty: '某某养老服务有限公司', amount: '98000', termFrom: '2025-01-01', termTo: '2025-12-31' };

function withFile(fields: Record<string, string>, file: File | null): FormData {
  const data = form(fields);
  // A browser sends an empty, nameless File for a file input left empty.
  data.append('file', file ?? new File([], '', { type: 'application/octet-stream' }));
  return data;
}

const objects = () => {
  try {
    return readdirSync(path.join(storageDir, 'objects'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
  } catch {
    return 0;
  }
};
const counts = async () => ({ ...(await reviewCounts(db())), attachments: await db().attachment.count(), objects: objects() });
const currentHash = (id: string) => db().$transaction(async (tx) => (await REVIEW_SUBJECT_LOADERS.ADMIN_CONTRACT(tx, id)).contentHash);
const download = (id: string) => downloadContractFile(new Request(`http://localhost/staff/matters/contracts/${id}/file`), { params: Promise.resolve({ id }) });

let drafter: Actor;
let reviewer: Actor;
beforeAll(async () => {
  drafter = await makeUser(db(), { roles: ['OFFICER'], name: '合同起草人' });
  reviewer = await makeQualifiedReviewer(db(), { name: '合同审核人' });
});

async function createWithFile(file: File | null, title = terms.title) {
  await actAs(drafter);
  const state = await createAdminContractAction(initialActionState, withFile({ ...terms, title }, file));
  expect(state).toEqual({ ok: true, message: '已保存。' });
  return db().administrativeContract.findFirstOrThrow({ where: { title }, orderBy: { createdAt: 'desc' } });
}

describe('the contract file', () => {
  it('is stored through the attachment store, linked, audited and listed with the contract', async () => {
    const before = await counts();
    const contract = await createWithFile(new File([PDF], '合同文本.pdf', { type: 'application/pdf' }), '带文件的合同');
    expect(contract.attachmentId).not.toBeNull();
    const attachment = await db().attachment.findUniqueOrThrow({ where: { id: contract.attachmentId! } });
    expect(attachment).toMatchObject({ fileName: '合同文本.pdf', mimeType: 'application/pdf', size: BigInt(PDF.length), uploadedById: drafter.id });
    expect(attachment.disclosureId).toBeNull();
    const after = await counts();
    expect(after).toMatchObject({ contracts: before.contracts + 1, attachments: before.attachments + 1, objects: before.objects + 1, audit: before.audit + 1 });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: 'contract.create', entityId: contract.id } });
    expect(audit.after).toMatchObject({ file: { attachmentId: attachment.id, sha256: attachment.sha256, fileName: '合同文本.pdf' } });
    expect((await getAdminContract(db(), contract.id))?.file).toMatchObject({ fileName: '合同文本.pdf', sha256: attachment.sha256 });
  });

  it('a contract without a file keeps the hash of its terms alone; the file is part of the reviewed hash', async () => {
    const plain = await createWithFile(null, '无文件的合同');
    expect(plain.attachmentId).toBeNull();
    const withPdf = await createWithFile(new File([PDF], '合同.pdf', { type: 'application/pdf' }), '无文件的合同');
    expect(await currentHash(plain.id)).not.toBe(await currentHash(withPdf.id));
  });

  it('replacing the file after approval invalidates the approval; signing is then refused', async () => {
    const contract = await createWithFile(new File([PDF], '合同文本.pdf', { type: 'application/pdf' }), '审核后更换文件的合同');
    await actAs(drafter);
    expect((await submitMatterForReviewAction(initialActionState, form({ subjectType: 'ADMIN_CONTRACT', subjectId: contract.id }))).ok).toBe(true);
    const round = await db().legalReview.findFirstOrThrow({ where: { subjectId: contract.id, status: 'PENDING' } });
    await decideReview(db(), reviewer, decisionInput(round.id, 'APPROVED', '', 'ADMIN_CONTRACT'));
    const approvedHash = (await db().legalReview.findUniqueOrThrow({ where: { id: round.id } })).contentHash;
    expect(await currentHash(contract.id)).toBe(approvedHash);

    // Saving the same terms with no new file changes nothing reviewed: still approved.
    await actAs(drafter);
    expect((await updateAdminContractAction(initialActionState, withFile({ id: contract.id, ...terms, title: contract.title }, null))).ok).toBe(true);
    expect((await db().administrativeContract.findUniqueOrThrow({ where: { id: contract.id } })).status).toBe('APPROVED');

    // Same terms, another file: the approval no longer covers the contract.
    const update = await updateAdminContractAction(
      initialActionState,
      withFile({ id: contract.id, ...terms, title: contract.title }, new File([PDF_V2], '合同文本（修改稿）.pdf', { type: 'application/pdf' })),
    );
    expect(update).toEqual({ ok: true, message: '修改已保存。' });
    const edited = await db().administrativeContract.findUniqueOrThrow({ where: { id: contract.id } });
    expect(edited.status).toBe('DRAFT');
    expect(edited.attachmentId).not.toBe(contract.attachmentId);
    const hash = await currentHash(contract.id);
    expect(hash).not.toBe(approvedHash);
    expect(await hasApprovedReview(db(), { subjectType: 'ADMIN_CONTRACT', subjectId: contract.id, contentHash: hash })).toBe(false);
    // The reviewed version's file is kept (the audit trail and the earlier round name it).
    expect(await db().attachment.findUnique({ where: { id: contract.attachmentId! } })).not.toBeNull();

    const before = await counts();
    expect(await signContractAction(initialActionState, form({ id: contract.id }))).toEqual({
      ok: false,
      message: '合同文本未经法制审核同意（或审核后已修改），不得签订',
    });
    expect(await counts()).toEqual(before);
  });

  it('a file that is not what its name says is refused: nothing written, nothing left in the store', async () => {
    await actAs(drafter);
    const before = await counts();
    const state = await createAdminContractAction(
      initialActionState,
      withFile({ ...terms, title: '伪装文件的合同' }, new File(['这不是PDF'], '合同.pdf', { type: 'application/pdf' })),
    );
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.file?.[0]).toMatch(/不支持的文件类型/);
    expect(await counts()).toEqual(before);
  });

  it('an oversized file is refused by the schema before it reaches the store', async () => {
    await actAs(drafter);
    const before = await counts();
    const big = new File([PDF, Buffer.alloc(8 * 1024 * 1024 + 1)], '大合同.pdf', { type: 'application/pdf' });
    const state = await createAdminContractAction(initialActionState, withFile({ ...terms, title: '过大的合同' }, big));
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.file).toEqual(['合同文件过大，不能超过8MB']);
    expect(await counts()).toEqual(before);
  });

  it('a user without matters.draft is refused: no contract, no attachment, no stored object', async () => {
    await actAs(reviewer);
    const before = await counts();
    const state = await createAdminContractAction(initialActionState, withFile({ ...terms, title: '越权上传' }, new File([PDF], '越权.pdf', { type: 'application/pdf' })));
    expect(state).toEqual({ ok: false, message: '您没有执行此操作的权限。' });
    expect(await counts()).toEqual(before);
  });

  it('downloads for drafters and reviewers only', async () => {
    const contract = await createWithFile(new File([PDF], '下载用合同.pdf', { type: 'application/pdf' }), '下载测试合同');
    for (const actor of [drafter, reviewer]) {
      await actAs(actor);
      const response = await download(contract.id);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-disposition')).toContain(encodeURIComponent('下载用合同.pdf'));
      expect(Buffer.from(await response.arrayBuffer()).equals(PDF)).toBe(true);
    }
    await actAs(await makeUser(db(), { roles: ['HEARING_HOST'] }));
    expect((await download(contract.id)).status).toBe(403);
    await actAs(null);
    expect((await download(contract.id)).status).toBe(401);
    await actAs(drafter);
    const plain = await createWithFile(null, '没有文件的合同');
    expect((await download(plain.id)).status).toBe(404);
  });
});
