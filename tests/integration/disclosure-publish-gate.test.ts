import { revalidatePath } from 'next/cache';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { publishDisclosureAction } from '@/app/(staff)/staff/disclosures/actions';
import { initialActionState } from '@/lib/action-state';
import { refreshPublicDisclosures } from '@/lib/public-cache';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { publishDisclosure } from '@/lib/services/disclosure/publish-disclosure';
import { recordSecrecyCheck } from '@/lib/services/disclosure/record-secrecy-check';
import { updateDraft } from '@/lib/services/disclosure/update-draft';
import { actAs, form } from '../setup/act-as';
import { disclosureCounts, makeApprovedNotice, makeDraft, makeReviewer, noticeInput, secrecyChecker } from '../factories/disclosures';
import { makeUser } from '../factories/users';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('@/lib/public-cache', () => ({ refreshPublicDisclosures: vi.fn() }));
// Lets one test pretend the service saw an approval, to show the database refuses on its own.
const forceApproval = vi.hoisted(() => ({ on: false }));
vi.mock('@/lib/queries/review/find-approved-review', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/queries/review/find-approved-review')>();
  return {
    ...actual,
    findApprovedReview: (async (...args: Parameters<typeof actual.findApprovedReview>) =>
      forceApproval.on ? { id: 'forged', round: 1, decidedAt: null, reviewerId: null } : actual.findApprovedReview(...args)) as typeof actual.findApprovedReview,
  };
});

const REVIEW_MISSING = '发布前须经法制审核并获同意';
let editor: Actor;
let reviewer: Actor;
let app: pg.Client;

beforeAll(async () => {
  editor = await makeUser(getDb(), { roles: ['EDITOR'], name: '李编辑' });
  reviewer = await makeReviewer(getDb());
  // The portal's own database role, as a raw SQL client would use it.
  app = new pg.Client({ connectionString: process.env.APP_DATABASE_URL });
  await app.connect();
});
afterAll(async () => {
  await app.end();
});

const rawPublish = (id: string) => app.query(`UPDATE "Disclosure" SET status = 'PUBLISHED', "publishedAt" = now() WHERE id = $1`, [id]);

describe('publishing a notice is gated by its legal review, in the service and in the database', () => {
  it('refuses a forged publish call by a user without the permission, writing nothing', async () => {
    const notice = await makeApprovedNotice(getDb(), editor, reviewer);
    for (const roles of [['OFFICER'], ['LEGAL_REVIEWER'], ['DIRECTOR']] as const) {
      const stranger = await makeUser(getDb(), { roles: [...roles] });
      await actAs(stranger);
      const before = await disclosureCounts(getDb());
      const state = await publishDisclosureAction(initialActionState, form({ id: notice.id }));
      expect(state).toEqual({ ok: false, message: '您没有执行此操作的权限。' });
      expect(await disclosureCounts(getDb())).toEqual(before);
    }
    expect((await getDb().disclosure.findUniqueOrThrow({ where: { id: notice.id } })).status).toBe('APPROVED');
    expect(revalidatePath).not.toHaveBeenCalled();
    expect(refreshPublicDisclosures).not.toHaveBeenCalled();
  });

  it('refuses an editor publishing an unapproved notice, naming the missing review, and writes nothing', async () => {
    const draft = await makeDraft(getDb(), editor);
    await actAs(editor);
    let before = await disclosureCounts(getDb());
    const fromDraft = await publishDisclosureAction(initialActionState, form({ id: draft.id }));
    expect(fromDraft.ok).toBe(false);
    expect(fromDraft.message).toContain('发布前须经保密审查');
    expect(fromDraft.message).toContain(REVIEW_MISSING);
    expect(await disclosureCounts(getDb())).toEqual(before);

    await recordSecrecyCheck(getDb(), await secrecyChecker(getDb()), { id: draft.id, note: '' });
    before = await disclosureCounts(getDb());
    const checked = await publishDisclosureAction(initialActionState, form({ id: draft.id }));
    expect(checked.ok).toBe(false);
    expect(checked.message).toContain(REVIEW_MISSING);
    expect(checked.message).not.toContain('保密审查');
    expect(await disclosureCounts(getDb())).toEqual(before);
    const row = await getDb().disclosure.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row).toMatchObject({ status: 'SECRECY_CHECKED', indexNumber: null, publishedAt: null });
  });

  it('refuses a raw SQL UPDATE by the portal role marking an unapproved notice published', async () => {
    const draft = await makeDraft(getDb(), editor);
    await recordSecrecyCheck(getDb(), await secrecyChecker(getDb()), { id: draft.id, note: '' });
    await expect(rawPublish(draft.id)).rejects.toThrow(/legal review gate/);
    await expect(
      app.query(
        `INSERT INTO "Disclosure" (id, category, title, body, "sourceDepartment", "formedOn", status, "requiresReview", "authorId", "updatedAt")
         VALUES ('forged-insert', 'NOTICE', '伪造', '伪造', '局', '2026-01-01', 'PUBLISHED', false, $1, now())`,
        [editor.id],
      ),
    ).rejects.toThrow(/legal review gate/);
    expect((await getDb().disclosure.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe('SECRECY_CHECKED');
  });

  it('lets the database accept the approved version itself (the gate is not a blanket refusal)', async () => {
    const notice = await makeApprovedNotice(getDb(), editor, reviewer);
    await rawPublish(notice.id);
    expect((await getDb().disclosure.findUniqueOrThrow({ where: { id: notice.id } })).status).toBe('PUBLISHED');
  });

  it('after approval, one changed byte of the body makes the service and the database refuse', async () => {
    const notice = await makeApprovedNotice(getDb(), editor, reviewer);
    // Raw SQL changing one byte and publishing in the same statement: the trigger rehashes first.
    await expect(app.query(`UPDATE "Disclosure" SET body = body || '!', status = 'PUBLISHED' WHERE id = $1`, [notice.id])).rejects.toThrow(/legal review gate/);

    const edited = await updateDraft(getDb(), editor, {
      id: notice.id,
      expectedUpdatedAt: notice.updatedAt.toISOString(),
      ...noticeInput(),
      body: `${notice.body.slice(0, -1)}！`,
    });
    expect(edited.disclosure.contentHash).not.toBe(notice.contentHash);
    expect(edited.disclosure.status).toBe('DRAFT');
    await recordSecrecyCheck(getDb(), await secrecyChecker(getDb()), { id: notice.id, note: '' });

    const before = await disclosureCounts(getDb());
    await expect(publishDisclosure(getDb(), editor, { id: notice.id })).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
      userMessage: expect.stringContaining(REVIEW_MISSING),
    });
    await expect(rawPublish(notice.id)).rejects.toThrow(/legal review gate/);
    expect(await disclosureCounts(getDb())).toEqual(before);
  });

  it('maps the database refusal to the same message when the service check is bypassed', async () => {
    const draft = await makeDraft(getDb(), editor);
    await recordSecrecyCheck(getDb(), await secrecyChecker(getDb()), { id: draft.id, note: '' });
    const before = await disclosureCounts(getDb());
    forceApproval.on = true;
    try {
      await expect(publishDisclosure(getDb(), editor, { id: draft.id })).rejects.toMatchObject({
        code: 'RULE_VIOLATION',
        userMessage: expect.stringContaining(REVIEW_MISSING),
      });
    } finally {
      forceApproval.on = false;
    }
    // The index number drawn inside the refused transaction was rolled back with it.
    expect(await disclosureCounts(getDb())).toEqual(before);
  });

  it('publishes a non-gated category (工作动态) after the secrecy check alone', async () => {
    await actAs(editor);
    const news = await makeDraft(getDb(), editor, { category: 'WORK_NEWS', title: '区民政局开展重阳节敬老活动' });
    const refused = await publishDisclosureAction(initialActionState, form({ id: news.id }));
    expect(refused.message).toContain('发布前须经保密审查');
    expect(refused.message).not.toContain(REVIEW_MISSING);

    await recordSecrecyCheck(getDb(), await secrecyChecker(getDb()), { id: news.id, note: '不涉密' });
    const state = await publishDisclosureAction(initialActionState, form({ id: news.id }));
    expect(state).toEqual({ ok: true, message: '已发布。' });
    const row = await getDb().disclosure.findUniqueOrThrow({ where: { id: news.id } });
    expect(row.status).toBe('PUBLISHED');
    expect(row.publishedAt).toBeInstanceOf(Date);
    expect(row.indexNumber).toMatch(/^11370102MB28XXXXXX\/\d{4}-\d{5}$/);
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: news.id, action: 'disclosure.publish' } });
    expect(audit.actorId).toBe(editor.id);
    expect(audit.after).toMatchObject({ indexNumber: row.indexNumber, status: 'PUBLISHED', reviewed: false });
    expect(refreshPublicDisclosures).toHaveBeenCalledTimes(1);
  });
});
