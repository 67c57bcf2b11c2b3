import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { recordExternalOpinionAction } from '@/app/(staff)/staff/reviews/actions';
import { GET as downloadOpinionFile } from '@/app/(staff)/staff/reviews/opinions/[id]/file/route';
import { initialActionState } from '@/lib/action-state';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { listReviewHistory } from '@/lib/queries/review/list-review-history';
import { submitForReview } from '@/lib/services/review/submit-for-review';
import { actAs, form } from '../setup/act-as';
import { makeDecision, makeQualifiedReviewer, reviewCounts } from '../factories/review';
import { makeUser } from '../factories/users';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const storageDir = mkdtempSync(path.join(tmpdir(), 'opinion-files-'));
process.env.STORAGE_DIR = storageDir;
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

const db = () => getDb();
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
const objects = () => {
  try {
    return readdirSync(path.join(storageDir, 'objects'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
  } catch {
    return 0;
  }
};
const counts = async () => ({ ...(await reviewCounts(db())), attachments: await db().attachment.count(), objects: objects() });
const download = (id: string) => downloadOpinionFile(new Request(`http://localhost/staff/reviews/opinions/${id}/file`), { params: Promise.resolve({ id }) });

let drafter: Actor;
let reviewer: Actor;
let reviewId: string;
let decisionId: string;
beforeAll(async () => {
  drafter = await makeUser(db(), { roles: ['OFFICER'], name: '决策起草人' });
  reviewer = await makeQualifiedReviewer(db(), { name: '意见登记人' });
  decisionId = (await makeDecision(db(), drafter, { title: '需要外部意见的决策' })).id;
  reviewId = (await submitForReview(db(), drafter, { subjectType: 'MAJOR_ADMIN_DECISION', subjectId: decisionId })).id;
});

const fields = (documentNumber: string) => ({ reviewId, issuingBody: '区司法局', documentNumber, issuedOn: '2025-03-01', summary: '经审查，同意。' });
function withFile(values: Record<string, string>, file: File): FormData {
  const data = form(values);
  data.append('file', file);
  return data;
}

describe('an external opinion with its document', () => {
  it('stores the scan through the attachment store, links it to the opinion and audits it', async () => {
    await actAs(reviewer);
    const before = await counts();
    const state = await recordExternalOpinionAction(initialActionState, withFile(fields('区司审〔2025〕1号'), new File([PNG], '意见书扫描件.png', { type: 'image/png' })));
    expect(state).toEqual({ ok: true, message: '外部法律意见已登记。' });
    const opinion = await db().externalOpinion.findFirstOrThrow({ where: { documentNumber: '区司审〔2025〕1号' } });
    const attachment = await db().attachment.findUniqueOrThrow({ where: { id: opinion.attachmentId! } });
    expect(attachment).toMatchObject({ fileName: '意见书扫描件.png', mimeType: 'image/png', size: BigInt(PNG.length), uploadedById: reviewer.id });
    expect(await counts()).toEqual({
      ...before,
      externalOpinions: before.externalOpinions + 1,
      audit: before.audit + 1,
      attachments: before.attachments + 1,
      objects: before.objects + 1,
    });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: 'review.externalOpinion', entityId: opinion.id } });
    expect(audit.after).toMatchObject({ file: { attachmentId: attachment.id, sha256: attachment.sha256 } });
    const [round] = await listReviewHistory(db(), { subjectType: 'MAJOR_ADMIN_DECISION', subjectId: decisionId });
    expect(round?.externalOpinions.find((o) => o.id === opinion.id)?.attachmentId).toBe(attachment.id);

    // Reviewers and the subject's drafters may download it; others may not.
    for (const actor of [reviewer, drafter]) {
      await actAs(actor);
      const response = await download(opinion.id);
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(PNG)).toBe(true);
    }
    await actAs(await makeUser(db(), { roles: ['HEARING_HOST'] }));
    expect((await download(opinion.id)).status).toBe(403);
  });

  it('without a file the opinion is recorded as before, with no attachment', async () => {
    await actAs(reviewer);
    expect((await recordExternalOpinionAction(initialActionState, form(fields('区司审〔2025〕2号')))).ok).toBe(true);
    const opinion = await db().externalOpinion.findFirstOrThrow({ where: { documentNumber: '区司审〔2025〕2号' } });
    expect(opinion.attachmentId).toBeNull();
    expect((await download(opinion.id)).status).toBe(404);
  });

  it('refuses a wrong role, a bad file and a refused opinion without writing or storing anything', async () => {
    const png = () => new File([PNG], '意见书.png', { type: 'image/png' });
    const before = await counts();
    await actAs(drafter);
    expect(await recordExternalOpinionAction(initialActionState, withFile(fields('越权'), png()))).toEqual({ ok: false, message: '您没有执行此操作的权限。' });
    await actAs(reviewer);
    const disguised = await recordExternalOpinionAction(initialActionState, withFile(fields('伪装'), new File([PNG], '意见书.pdf', { type: 'application/pdf' })));
    expect(disguised.ok).toBe(false);
    expect(disguised.fieldErrors?.file?.[0]).toMatch(/文件内容与文件名不符/);
    const future = await recordExternalOpinionAction(initialActionState, withFile({ ...fields('未来'), issuedOn: '2999-01-01' }, png()));
    expect(future.ok).toBe(false);
    expect(await counts()).toEqual(before);
  });
});
