import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  publishDisclosureAction,
  recordSecrecyCheckAction,
  submitDisclosureForReviewAction,
  updateDisclosureAction,
  withdrawDisclosureAction,
} from '@/app/(staff)/staff/disclosures/actions';
import { initialActionState } from '@/lib/action-state';
import { refreshPublicDisclosures } from '@/lib/public-cache';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { getDisclosureDetail } from '@/lib/queries/disclosure/get-disclosure-detail';
import { listProactiveTimeliness } from '@/lib/queries/disclosure/list-timeliness';
import { publishDisclosure } from '@/lib/services/disclosure/publish-disclosure';
import { recordSecrecyCheck } from '@/lib/services/disclosure/record-secrecy-check';
import { withdrawDisclosure } from '@/lib/services/disclosure/withdraw-disclosure';
import { actAs, form } from '../setup/act-as';
import { decide, disclosureCounts, makeApprovedNotice, makeDraft, makeReviewer, noticeInput, secrecyChecker } from '../factories/disclosures';
import { makeUser } from '../factories/users';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('@/lib/public-cache', () => ({ refreshPublicDisclosures: vi.fn() }));

let editor: Actor;
let reviewer: Actor;
beforeAll(async () => {
  editor = await makeUser(getDb(), { roles: ['EDITOR'], name: '李编辑' });
  reviewer = await makeReviewer(getDb());
});

const status = async (id: string) => (await getDb().disclosure.findUniqueOrThrow({ where: { id } })).status;
const editForm = (row: { id: string; updatedAt: Date }, overrides: Record<string, string> = {}) =>
  form({ id: row.id, expectedUpdatedAt: row.updatedAt.toISOString(), ...noticeInput(), ...overrides });

describe('the disclosure workflow through its server actions', () => {
  it('returns, revises, resubmits, approves, re-reviews an edit after approval, then publishes', async () => {
    const draft = await makeDraft(getDb(), editor);
    await actAs(editor);
    expect(await submitDisclosureForReviewAction(initialActionState, form({ id: draft.id }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('送法制审核前须经保密审查'),
    });
    // Another editor signs off the secrecy check: the author may not check their own item.
    const checker = await secrecyChecker(getDb());
    await actAs(checker);
    expect(await recordSecrecyCheckAction(initialActionState, form({ id: draft.id, note: '不涉及国家秘密' }))).toEqual({
      ok: true,
      message: '已记录保密审查。',
    });
    const checked = await getDb().disclosure.findUniqueOrThrow({ where: { id: draft.id } });
    expect(checked).toMatchObject({ status: 'SECRECY_CHECKED', secrecyCheckedById: checker.id, secrecyNote: '不涉及国家秘密' });
    await actAs(editor);
    expect(await submitDisclosureForReviewAction(initialActionState, form({ id: draft.id }))).toEqual({ ok: true, message: '已送法制审核。' });
    expect(await status(draft.id)).toBe('IN_REVIEW');

    // No edits while in review.
    const inReview = await getDb().disclosure.findUniqueOrThrow({ where: { id: draft.id } });
    const locked = await updateDisclosureAction(initialActionState, editForm(inReview, { title: '改标题' }));
    expect(locked.message).toContain('法制审核期间不能修改');

    const round1 = await getDb().legalReview.findFirstOrThrow({ where: { subjectId: draft.id, round: 1 } });
    await decide(getDb(), reviewer, round1.id, 'RETURNED', '第二段表述不准确，请修改');
    const returned = await getDisclosureDetail(getDb(), draft.id);
    expect(returned?.status).toBe('DRAFT');
    expect(returned?.secrecyCheckedAt).toBeNull();
    expect(returned?.reviews[0]).toMatchObject({ round: 1, status: 'RETURNED', opinion: '第二段表述不准确，请修改' });

    const revised = await updateDisclosureAction(initialActionState, editForm(returned!, { body: '修改后的正文。\n\n特此通告。' }));
    expect(revised).toEqual({ ok: true, message: '已保存。' });
    await recordSecrecyCheck(getDb(), await secrecyChecker(getDb()), { id: draft.id, note: '' });
    expect((await submitDisclosureForReviewAction(initialActionState, form({ id: draft.id }))).ok).toBe(true);
    const round2 = await getDb().legalReview.findFirstOrThrow({ where: { subjectId: draft.id, round: 2 } });
    await decide(getDb(), reviewer, round2.id, 'APPROVED');
    expect(await status(draft.id)).toBe('APPROVED');

    // Editing the approved text: back to draft, the approval no longer covers it.
    const approved = await getDb().disclosure.findUniqueOrThrow({ where: { id: draft.id } });
    const afterApproval = await updateDisclosureAction(initialActionState, editForm(approved, { body: '修改后的正文。\n\n特此通告！' }));
    expect(afterApproval.message).toContain('须重新进行保密审查');
    await recordSecrecyCheck(getDb(), await secrecyChecker(getDb()), { id: draft.id, note: '' });
    const refused = await publishDisclosureAction(initialActionState, form({ id: draft.id }));
    expect(refused.message).toContain('发布前须经法制审核并获同意');
    const detail = await getDisclosureDetail(getDb(), draft.id);
    expect(detail?.blockers.publish.map((b) => b.code)).toEqual(['LEGAL_REVIEW_MISSING']);

    expect((await submitDisclosureForReviewAction(initialActionState, form({ id: draft.id }))).ok).toBe(true);
    const round3 = await getDb().legalReview.findFirstOrThrow({ where: { subjectId: draft.id, round: 3 } });
    await decide(getDb(), reviewer, round3.id, 'APPROVED');
    expect(await publishDisclosureAction(initialActionState, form({ id: draft.id }))).toEqual({ ok: true, message: '已发布。' });
    const published = await getDisclosureDetail(getDb(), draft.id);
    expect(published?.status).toBe('PUBLISHED');
    expect(published?.reviews.map((r) => [r.round, r.status])).toEqual([
      [3, 'APPROVED'],
      [2, 'APPROVED'],
      [1, 'RETURNED'],
    ]);
    const actions = await getDb().auditEvent.findMany({ where: { entityId: draft.id }, orderBy: { id: 'asc' }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual([
      'disclosure.create',
      'disclosure.secrecyCheck',
      'disclosure.update',
      'disclosure.secrecyCheck',
      'disclosure.update',
      'disclosure.secrecyCheck',
      'disclosure.publish',
    ]);
  });

  it('refuses a save over a newer version (optimistic concurrency) and writes nothing', async () => {
    const draft = await makeDraft(getDb(), editor);
    await actAs(editor);
    const first = await updateDisclosureAction(initialActionState, editForm(draft, { title: '第一次修改' }));
    expect(first.ok).toBe(true);
    const before = await disclosureCounts(getDb());
    const stale = await updateDisclosureAction(initialActionState, editForm(draft, { title: '过期的修改' }));
    expect(stale).toEqual({ ok: false, message: '记录已被他人修改，请刷新后重试。' });
    expect(await disclosureCounts(getDb())).toEqual(before);
    expect((await getDb().disclosure.findUniqueOrThrow({ where: { id: draft.id } })).title).toBe('第一次修改');
  });

  it('names every bad field and refuses a formation date in the future', async () => {
    const draft = await makeDraft(getDb(), editor);
    await actAs(editor);
    const state = await updateDisclosureAction(initialActionState, editForm(draft, { category: 'X', title: ' ', body: '', formedOn: '2026-02-30' }));
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(['body', 'category', 'formedOn', 'title']);
    const future = await updateDisclosureAction(initialActionState, editForm(draft, { formedOn: '2999-01-01' }));
    expect(future.fieldErrors?.formedOn).toEqual(['成文日期不能晚于今天。']);
  });

  it('withdraws only with a public reason, and tracks the limit for an enforcement decision', async () => {
    const notice = await makeApprovedNotice(getDb(), editor, reviewer);
    await publishDisclosure(getDb(), editor, { id: notice.id });
    await actAs(editor);
    const before = await disclosureCounts(getDb());
    const empty = await withdrawDisclosureAction(initialActionState, form({ id: notice.id, reason: '  ' }));
    expect(empty.fieldErrors?.reason).toEqual(['请填写撤回理由']);
    const short = await withdrawDisclosureAction(initialActionState, form({ id: notice.id, reason: '错' }));
    expect(short.message).toContain('撤回须说明理由');
    expect(await disclosureCounts(getDb())).toEqual(before);

    const refreshes = vi.mocked(refreshPublicDisclosures).mock.calls.length;
    const done = await withdrawDisclosureAction(initialActionState, form({ id: notice.id, reason: '通告内容已调整，另行发布' }));
    expect(done).toEqual({ ok: true, message: '已撤回。' });
    expect(refreshPublicDisclosures).toHaveBeenCalledTimes(refreshes + 1);
    expect(await getDb().disclosure.findUniqueOrThrow({ where: { id: notice.id } })).toMatchObject({
      status: 'WITHDRAWN',
      withdrawalReason: '通告内容已调整，另行发布',
    });
    const again = await withdrawDisclosureAction(initialActionState, form({ id: notice.id, reason: '再次撤回的理由' }));
    expect(again.message).toContain('不能撤回');

    // A published enforcement decision revoked on Mon 2024-09-30: 3 working days → 2024-10-10.
    const enforcement = await makeDraft(getDb(), editor, { category: 'ENFORCEMENT_PUBLICITY', title: '行政处罚决定公示' });
    await recordSecrecyCheck(getDb(), await secrecyChecker(getDb()), { id: enforcement.id, note: '' });
    await publishDisclosure(getDb(), editor, { id: enforcement.id });
    const result = await withdrawDisclosure(getDb(), editor, { id: enforcement.id, reason: '处罚决定已被撤销', decisionChangedOn: '2024-09-30' }, new Date('2024-10-11T02:00:00Z'));
    expect(result.tracking).toMatchObject({ due: '2024-10-10', onTime: false });
    expect((await getDisclosureDetail(getDb(), enforcement.id))?.withdrawal).toMatchObject({ due: '2024-10-10', onTime: false });
    // Read from the disclosure's own columns, not from the audit row (the audit log is evidence, not a data source).
    const stored = await getDb().disclosure.findUniqueOrThrow({ where: { id: enforcement.id } });
    expect({ due: stored.withdrawalDueOn?.toISOString().slice(0, 10), onTime: stored.withdrawalOnTime }).toEqual({ due: '2024-10-10', onTime: false });
  });

  it('lists unpublished items approaching or past 20 working days from formation', async () => {
    const overdue = await makeDraft(getDb(), editor, { title: '逾期未公开', formedOn: '2024-02-01' });
    const fresh = await makeDraft(getDb(), editor, { title: '刚形成', formedOn: '2024-03-01' });
    const soon = await makeDraft(getDb(), editor, { title: '即将到期', formedOn: '2024-02-05' });
    const rows = await listProactiveTimeliness(getDb(), new Date('2024-03-04T02:00:00Z'));
    const mine = rows.filter((row) => [overdue.id, fresh.id, soon.id].includes(row.id));
    // 2024-02-01 + 20 working days = 2024-03-05 (1 left on 03-04); 02-05 → 03-08 (4 left).
    expect(mine.map((row) => [row.title, row.due, row.deadline, row.remainingWorkingDays])).toEqual([
      ['逾期未公开', '2024-03-05', 'due-soon', 1],
      ['即将到期', '2024-03-08', 'due-soon', 4],
    ]);
    const later = await listProactiveTimeliness(getDb(), new Date('2024-03-08T02:00:00Z'));
    expect(later.find((row) => row.id === overdue.id)).toMatchObject({ deadline: 'overdue' });
    expect(later.find((row) => row.id === fresh.id)).toBeUndefined();
  });
});
