import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLegalAdviserAction, recordAdviserWorkAction, recordLegalQualificationAction } from '@/app/(staff)/staff/legal-affairs/actions';
import { createAdminContractAction, createMajorDecisionAction, submitMatterForReviewAction, updateMajorDecisionAction } from '@/app/(staff)/staff/matters/actions';
import { decideReviewAction, extendReviewAction, recordExternalOpinionAction } from '@/app/(staff)/staff/reviews/actions';
import { initialActionState } from '@/lib/action-state';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { listReviewHistory } from '@/lib/queries/review/list-review-history';
import { submitForReview } from '@/lib/services/review/submit-for-review';
import { actAs, form } from '../setup/act-as';
import { decisionFields, makeDecision, makeQualifiedReviewer, reviewCounts } from '../factories/review';
import { makeUser } from '../factories/users';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/navigation', () => ({ redirect: vi.fn() }));

const db = () => getDb();

let drafter: Actor;
let reviewer: Actor;
let reviewId: string;
let decisionId: string;
beforeAll(async () => {
  drafter = await makeUser(db(), { roles: ['OFFICER'], name: '张执法' });
  reviewer = await makeQualifiedReviewer(db(), { name: '赵法审' });
  const decision = await makeDecision(db(), drafter, { title: '权限测试用的决策' });
  decisionId = decision.id;
  // Submitted on Thu 2024-02-08 (Beijing): due 2024-02-23 across the Spring Festival.
  reviewId = (await submitForReview(db(), drafter, { subjectType: 'MAJOR_ADMIN_DECISION', subjectId: decision.id }, new Date('2024-02-08T02:00:00Z'))).id;
});
beforeEach(() => {
  vi.mocked(revalidatePath).mockClear();
  vi.mocked(redirect).mockClear();
});

describe('refusals write nothing', () => {
  it('a signed-out caller is refused by every action', async () => {
    await actAs(null);
    const before = await reviewCounts(db());
    const states = await Promise.all([
      decideReviewAction(initialActionState, form(decisionFields(reviewId, 'APPROVED'))),
      extendReviewAction(initialActionState, form({ reviewId, extensionReason: '案情复杂' })),
      createMajorDecisionAction(initialActionState, form({ title: 'x', description: 'y' })),
      createLegalAdviserAction(initialActionState, form({ name: '王律师', firm: '某律所', termFrom: '2025-01-01', termTo: '2025-12-31' })),
    ]);
    for (const state of states) expect(state).toEqual({ ok: false, message: '请先登录。' });
    expect(await reviewCounts(db())).toEqual(before);
    expect(redirect).not.toHaveBeenCalled();
  });

  it('users without the permission are refused, for each action, with rows and audit unchanged', async () => {
    const editor = await makeUser(db(), { roles: ['EDITOR', 'OFFICER', 'DIRECTOR', 'HEARING_HOST', 'ADMIN'], name: '非法审人员' });
    const reviewerOnly = await makeUser(db(), { roles: ['LEGAL_REVIEWER'], name: '仅法审' });
    const officer = await makeUser(db(), { roles: ['OFFICER', 'EDITOR', 'ADMIN'], name: '非法务' });
    const before = await reviewCounts(db());
    const forbidden = { ok: false, message: '您没有执行此操作的权限。' };

    await actAs(editor);
    expect(await decideReviewAction(initialActionState, form(decisionFields(reviewId, 'APPROVED')))).toEqual(forbidden);
    expect(await extendReviewAction(initialActionState, form({ reviewId, extensionReason: '案情复杂' }))).toEqual(forbidden);
    expect(
      await recordExternalOpinionAction(
        initialActionState,
        form({ reviewId, issuingBody: '区司法局', documentNumber: '区司审〔2024〕1号', issuedOn: '2024-02-10', summary: '同意' }),
      ),
    ).toEqual(forbidden);

    await actAs(reviewerOnly);
    expect(await createMajorDecisionAction(initialActionState, form({ title: '法审起草', description: '内容' }))).toEqual(forbidden);
    expect(await updateMajorDecisionAction(initialActionState, form({ id: decisionId, title: '改', description: '改' }))).toEqual(forbidden);
    expect(await submitMatterForReviewAction(initialActionState, form({ subjectType: 'MAJOR_ADMIN_DECISION', subjectId: decisionId }))).toEqual(forbidden);

    await actAs(officer);
    expect(await createLegalAdviserAction(initialActionState, form({ name: '王律师', firm: '某律所', termFrom: '2025-01-01', termTo: '2025-12-31' }))).toEqual(forbidden);
    expect(await recordLegalQualificationAction(initialActionState, form({ userId: reviewerOnly.id, qualificationNo: 'A2020110012' }))).toEqual(forbidden);

    expect(await reviewCounts(db())).toEqual(before);
    expect((await db().legalReview.findUniqueOrThrow({ where: { id: reviewId } })).status).toBe('PENDING');
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it('a role revoked mid-session is refused at once', async () => {
    const formerReviewer = await makeQualifiedReviewer(db(), { name: '被撤销的法审' });
    await actAs(formerReviewer);
    await db().user.update({ where: { id: formerReviewer.id }, data: { roles: ['EDITOR'] } });
    const state = await decideReviewAction(initialActionState, form(decisionFields(reviewId, 'APPROVED')));
    expect(state).toEqual({ ok: false, message: '您没有执行此操作的权限。' });
  });
});

describe('bad input is named in Chinese', () => {
  it('a decision without notes, outcome or opinion names every field', async () => {
    await actAs(reviewer);
    const before = await reviewCounts(db());
    const fields = decisionFields(reviewId, 'RETURNED', { omitNotes: ['MD_AUTHORITY', 'MD_CONTENT'], undecided: ['MD_CONTENT'] });
    const state = await decideReviewAction(initialActionState, form({ ...fields, note_MD_PROCEDURE: '   ' }));
    expect(state.ok).toBe(false);
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(['note_MD_AUTHORITY', 'note_MD_CONTENT', 'note_MD_PROCEDURE', 'opinion', 'passed_MD_CONTENT']);
    expect(state.fieldErrors?.note_MD_AUTHORITY).toEqual(['请填写“决策权限”的审核说明']);
    // A point left undecided (neither 符合 nor 不符合) is named too.
    expect(state.fieldErrors?.passed_MD_CONTENT).toEqual(['请选择“决策内容”是否符合']);
    expect(state.fieldErrors?.opinion).toEqual(['退回修改或提请移送时须填写审核意见']);
    expect(state.message).toMatch(/^提交的内容有误，请检查：/);
    // The summary names every field in Chinese, never by its form key.
    expect(state.message).toContain('“决策权限”的审核说明：请填写“决策权限”的审核说明');
    expect(state.message).toContain('“决策程序”的审核说明：请填写“决策程序”的审核说明');
    expect(state.message).toContain('“决策内容”的审查结论：请选择“决策内容”是否符合');
    expect(state.message).toContain('审核意见：退回修改或提请移送时须填写审核意见');
    expect(state.message).not.toMatch(/note_|passed_|opinion|MD_/);

    const noOutcome = await decideReviewAction(initialActionState, form({ ...decisionFields(reviewId, 'APPROVED'), outcome: 'MAYBE' }));
    expect(noOutcome.fieldErrors?.outcome).toEqual(['请选择审核结论']);
    expect(await reviewCounts(db())).toEqual(before);
  });

  it('an approval with a checkpoint marked 不符合 is refused by the rule', async () => {
    await actAs(reviewer);
    const state = await decideReviewAction(initialActionState, form(decisionFields(reviewId, 'APPROVED', { failed: ['MD_PROCEDURE'] })));
    expect(state.ok).toBe(false);
    expect(state.message).toContain('审核要点“决策程序”不符合，不能作出同意的审核意见');
    expect(state.message).toContain('《重大行政决策程序暂行条例》第二十八条');
    // The nine enforcement points do not complete a major decision's review: refused, nothing written.
    const before = await reviewCounts(db());
    const wrongList = await decideReviewAction(initialActionState, form(decisionFields(reviewId, 'APPROVED', { checklist: 'ENFORCEMENT_DECISION' })));
    expect(wrongList).toEqual({ ok: false, message: '填写的审核要点与本轮送审事项不一致，请刷新页面后重新填写' });
    expect(await reviewCounts(db())).toEqual(before);
  });

  it('a contract with a bad amount, reversed term and no title names each field', async () => {
    const director = await makeUser(db(), { roles: ['DIRECTOR'] });
    await actAs(director);
    const before = await reviewCounts(db());
    const state = await createAdminContractAction(initialActionState, form({ title: ' ', counterparty: '某公司', amount: '12,000', termFrom: '2025-06-01', termTo: '2025-05-31' }));
    expect(state.ok).toBe(false);
    expect(state.fieldErrors).toEqual({
      title: ['请填写合同名称'],
      amount: ['请填写有效的合同金额（元，最多两位小数）'],
      termTo: ['合同期限截止日期不能早于起始日期'],
    });
    expect(state.message).toContain('合同金额：请填写有效的合同金额（元，最多两位小数）');
    expect(state.message).toContain('截止日期：合同期限截止日期不能早于起始日期');
    expect(state.message).not.toMatch(/amount|termTo|title/);
    const badDate = await createAdminContractAction(initialActionState, form({ title: '合同', counterparty: '某公司', amount: '1', termFrom: '2025-02-30', termTo: '2025-05-31' }));
    expect(badDate.fieldErrors?.termFrom).toEqual(['请填写有效的合同期限起始日期（YYYY-MM-DD）']);
    expect(await reviewCounts(db())).toEqual(before);
  });
});

describe('extension and external opinions', () => {
  it('extends once only, by 3 working days, with a reason', async () => {
    await actAs(reviewer);
    const blank = await extendReviewAction(initialActionState, form({ reviewId, extensionReason: ' ' }));
    expect(blank.fieldErrors?.extensionReason).toEqual(['请填写延长审核期限的理由']);

    const before = await reviewCounts(db());
    expect(await extendReviewAction(initialActionState, form({ reviewId, extensionReason: '需征求区司法局意见' }))).toEqual({ ok: true, message: '审核期限已延长。' });
    const extended = await db().legalReview.findUniqueOrThrow({ where: { id: reviewId } });
    expect(extended.dueOn.toISOString().slice(0, 10)).toBe('2024-02-28');
    expect(extended.extendedDays).toBe(3);
    expect(extended.extensionReason).toBe('需征求区司法局意见');
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityId: reviewId, action: 'review.extend' } });
    expect(audit.before).toEqual({ dueOn: '2024-02-23', extendedDays: 0 });
    expect(audit.after).toEqual({ dueOn: '2024-02-28', extendedDays: 3, reason: '需征求区司法局意见' });

    const again = await extendReviewAction(initialActionState, form({ reviewId, extensionReason: '仍需时间' }));
    expect(again).toEqual({ ok: false, message: '审核期限只能延长一次，本轮已延长过' });
    expect(await reviewCounts(db())).toEqual({ ...before, audit: before.audit + 1 });

    const [round] = await listReviewHistory(db(), { subjectType: 'MAJOR_ADMIN_DECISION', subjectId: decisionId });
    expect(round?.dueExplanation).toBe(
      '自2024-02-08次日起算10个工作日，跳过春节假期（2024-02-10至2024-02-17）及周末2天，计入调休上班日2024-02-18，截止2024-02-28（含延长的3个工作日）',
    );
  });

  it('records an external opinion as part of the round, refusing a future date', async () => {
    await actAs(reviewer);
    const fields = { reviewId, issuingBody: '区司法局', documentNumber: '区司审〔2024〕12号', issuedOn: '2024-02-20', summary: '经审查，同意该决策草案。' };
    expect(await recordExternalOpinionAction(initialActionState, form(fields))).toEqual({ ok: true, message: '外部法律意见已登记。' });
    const future = await recordExternalOpinionAction(initialActionState, form({ ...fields, issuedOn: '2999-01-01' }));
    expect(future).toEqual({ ok: false, message: '出具日期不能晚于今天' });
    const missing = await recordExternalOpinionAction(initialActionState, form({ reviewId, issuingBody: '', documentNumber: '', issuedOn: 'x', summary: '' }));
    expect(Object.keys(missing.fieldErrors ?? {}).sort()).toEqual(['documentNumber', 'issuedOn', 'issuingBody', 'summary']);

    const [round] = await listReviewHistory(db(), { subjectType: 'MAJOR_ADMIN_DECISION', subjectId: decisionId });
    expect(round?.externalOpinions).toEqual([
      { id: expect.any(String), issuingBody: '区司法局', documentNumber: '区司审〔2024〕12号', issuedOn: '2024-02-20', summary: '经审查，同意该决策草案。', attachmentId: null },
    ]);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: 'review.externalOpinion' } });
    expect(audit.actorId).toBe(reviewer.id);
  });

  it('deciding redirects to the queue with a notice; an adviser work entry links the contract round', async () => {
    await actAs(reviewer);
    const state = await decideReviewAction(initialActionState, form(decisionFields(reviewId, 'REFERRED', { opinion: '涉嫌犯罪，建议移送公安机关。' })));
    expect(state.ok).toBe(true);
    expect(redirect).toHaveBeenCalledWith('/staff/reviews?notice=decided');
    expect(revalidatePath).toHaveBeenCalledWith('/staff/reviews', 'layout');
    expect((await db().majorAdminDecision.findUniqueOrThrow({ where: { id: decisionId } })).status).toBe('REFERRED');
    expect((await db().auditEvent.findFirstOrThrow({ where: { entityId: reviewId, action: 'review.decide' } })).after).toMatchObject({
      status: 'REFERRED',
      opinion: '涉嫌犯罪，建议移送公安机关。',
    });
  });
});

describe('legal adviser register', () => {
  it('registers an adviser and logs contract review, litigation and advice, requiring case details', async () => {
    const director = await makeUser(db(), { roles: ['DIRECTOR'], name: '王局长' });
    await actAs(director);
    expect(await createLegalAdviserAction(initialActionState, form({ name: '王律师', firm: '某某律师事务所', termFrom: '2025-01-01', termTo: '2024-12-31' }))).toMatchObject({
      ok: false,
      fieldErrors: { termTo: ['聘期截止日期不能早于起始日期'] },
    });
    expect((await createLegalAdviserAction(initialActionState, form({ name: '王律师', firm: '某某律师事务所', termFrom: '2025-01-01', termTo: '2025-12-31' }))).ok).toBe(true);
    const adviser = await db().legalAdviser.findFirstOrThrow({ where: { name: '王律师' } });

    const litigation = { adviserId: adviser.id, kind: 'LITIGATION', title: '某养老机构诉区民政局行政处罚案', occurredOn: '2025-04-02' };
    const missing = await recordAdviserWorkAction(initialActionState, form(litigation));
    expect(missing.fieldErrors).toEqual({ caseNumber: ['诉讼、复议案件须填写案号'], courtOrOrgan: ['诉讼、复议案件须填写法院或复议机关'] });
    expect(
      (
        await recordAdviserWorkAction(
          initialActionState,
          form({ ...litigation, caseNumber: '（2025）某0102行初15号', courtOrOrgan: '某区人民法院', caseStatus: '审理中', caseOutcome: '' }),
        )
      ).ok,
    ).toBe(true);

    // A contract review must point at a contract's round, not a decision's.
    const wrongRound = await recordAdviserWorkAction(
      initialActionState,
      form({ adviserId: adviser.id, kind: 'CONTRACT_REVIEW', title: '合同审查', occurredOn: '2025-04-03', reviewId }),
    );
    expect(wrongRound).toEqual({ ok: false, message: '合同审查须关联行政合同的法制审核记录' });
    expect(
      (await recordAdviserWorkAction(initialActionState, form({ adviserId: adviser.id, kind: 'EMERGENCY_ADVICE', title: '防汛转移安置法律意见', occurredOn: '2025-07-01' }))).ok,
    ).toBe(true);

    const work = await db().legalAdviserWork.findMany({ where: { adviserId: adviser.id }, orderBy: { occurredOn: 'asc' } });
    expect(work.map((w) => [w.kind, w.caseNumber, w.outcome])).toEqual([
      ['LITIGATION', '（2025）某0102行初15号', null],
      ['EMERGENCY_ADVICE', null, null],
    ]);
  });

  it('a qualification is recorded by someone else, only for a legal reviewer', async () => {
    const lawyer = await makeUser(db(), { roles: ['LEGAL_REVIEWER'], name: '孙法审' });
    await actAs(lawyer);
    expect(await recordLegalQualificationAction(initialActionState, form({ userId: lawyer.id, qualificationNo: 'A20201100999' }))).toEqual({
      ok: false,
      message: '不能为本人登记法律职业资格，请由他人登记',
    });
    const director = await makeUser(db(), { roles: ['DIRECTOR'] });
    await actAs(director);
    expect(await recordLegalQualificationAction(initialActionState, form({ userId: director.id, qualificationNo: 'A1' }))).toMatchObject({
      ok: false,
      fieldErrors: { qualificationNo: ['请填写有效的法律职业资格证书编号（6至30位字母或数字）'] },
    });
    expect(await recordLegalQualificationAction(initialActionState, form({ userId: lawyer.id, qualificationNo: 'A20201100999' }))).toEqual({
      ok: true,
      message: '法律职业资格已登记。',
    });
    expect((await db().user.findUniqueOrThrow({ where: { id: lawyer.id } })).legalQualificationNo).toBe('A20201100999');
  });
});
