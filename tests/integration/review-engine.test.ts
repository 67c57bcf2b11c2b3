import { redirect } from 'next/navigation';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { decideReviewAction } from '@/app/(staff)/staff/reviews/actions';
import {
  createAdminContractAction,
  createMajorDecisionAction,
  signContractAction,
  submitMatterForReviewAction,
  updateAdminContractAction,
  updateMajorDecisionAction,
  concludeDecisionAction,
} from '@/app/(staff)/staff/matters/actions';
import { initialActionState } from '@/lib/action-state';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { isAppError } from '@/lib/errors';
import { listReviewHistory } from '@/lib/queries/review/list-review-history';
import { listReviewQueue } from '@/lib/queries/review/list-review-queue';
import { decideReview } from '@/lib/services/review/decide-review';
import { hasApprovedReview } from '@/lib/queries/review/find-approved-review';
import { REVIEW_SUBJECT_LOADERS } from '@/lib/queries/review/subjects';
import { REVIEW_SUBJECT_ADAPTERS } from '@/lib/services/review/registry';
import { submitForReview } from '@/lib/services/review/submit-for-review';
import { recordLegalQualification } from '@/lib/services/legal-affairs/record-legal-qualification';
import { actAs, form } from '../setup/act-as';
import { CHECKLISTS } from '@/lib/domain/review/checkpoints';
import { decisionFields, decisionInput, makeContract, makeDecision, makeQualifiedReviewer, recordDecisionProcedures, reviewCounts } from '../factories/review';
import { makeUser } from '../factories/users';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/navigation', () => ({ redirect: vi.fn() }));

const db = () => getDb();

let drafter: Actor;
let reviewer: Actor;
beforeAll(async () => {
  drafter = await makeUser(db(), { roles: ['DIRECTOR'], name: '起草人' });
  reviewer = await makeQualifiedReviewer(db(), { name: '赵法审' });
});

async function pendingRoundOf(subjectId: string) {
  return db().legalReview.findFirstOrThrow({ where: { subjectId, status: 'PENDING' } });
}

async function submitAs(actor: Actor, subjectType: 'MAJOR_ADMIN_DECISION' | 'ADMIN_CONTRACT', subjectId: string) {
  await actAs(actor);
  return submitMatterForReviewAction(initialActionState, form({ subjectType, subjectId }));
}

describe('one queue for every subject kind', () => {
  it('registers an adapter of the right type and a loader for every subject kind', () => {
    for (const [type, adapter] of Object.entries(REVIEW_SUBJECT_ADAPTERS)) expect(adapter.type).toBe(type);
    expect(Object.keys(REVIEW_SUBJECT_LOADERS).sort()).toEqual(Object.keys(REVIEW_SUBJECT_ADAPTERS).sort());
  });

  it('a major-decision review and a contract review pass through the same queue and the same rules', async () => {
    await actAs(drafter);
    expect(await createMajorDecisionAction(initialActionState, form({ title: '关于养老机构等级评定的决定', description: '草案全文……' }))).toEqual({
      ok: true,
      message: '已保存。',
    });
    expect(
      (
        await createAdminContractAction(
          initialActionState,
          form({ title: '社会救助入户调查服务合同', counterparty: '某某社会工作服务中心', amount: '86000', termFrom: '2025-03-01', termTo: '2026-02-28' }),
        )
      ).ok,
    ).toBe(true);
    const decision = await db().majorAdminDecision.findFirstOrThrow({ where: { title: '关于养老机构等级评定的决定' } });
    const contract = await db().administrativeContract.findFirstOrThrow({ where: { title: '社会救助入户调查服务合同' } });
    expect(contract.amount.toFixed(2)).toBe('86000.00');

    expect(await submitAs(drafter, 'MAJOR_ADMIN_DECISION', decision.id)).toEqual({ ok: true, message: '已送法制审核。' });
    expect((await submitAs(drafter, 'ADMIN_CONTRACT', contract.id)).ok).toBe(true);
    expect((await db().majorAdminDecision.findUniqueOrThrow({ where: { id: decision.id } })).status).toBe('IN_REVIEW');
    expect((await db().administrativeContract.findUniqueOrThrow({ where: { id: contract.id } })).status).toBe('IN_REVIEW');

    const queue = await listReviewQueue(db());
    const mine = queue.filter((item) => item.subjectId === decision.id || item.subjectId === contract.id);
    expect(mine.map((item) => item.subjectType).sort()).toEqual(['ADMIN_CONTRACT', 'MAJOR_ADMIN_DECISION']);
    expect(mine.every((item) => item.round === 1 && item.submitterName === '起草人' && item.dueExplanation.includes('个工作日'))).toBe(true);

    await actAs(reviewer);
    for (const item of mine) {
      const state = await decideReviewAction(
        initialActionState,
        form(decisionFields(item.id, 'APPROVED', { checklist: item.subjectType === 'ADMIN_CONTRACT' ? 'ADMIN_CONTRACT' : 'MAJOR_ADMIN_DECISION' })),
      );
      expect(state).toEqual({ ok: true, message: '审核意见已提交。' });
      expect(redirect).toHaveBeenLastCalledWith('/staff/reviews?notice=decided');
    }
    expect((await listReviewQueue(db())).filter((item) => mine.some((m) => m.id === item.id))).toEqual([]);
    expect((await db().majorAdminDecision.findUniqueOrThrow({ where: { id: decision.id } })).status).toBe('APPROVED');
    expect((await db().administrativeContract.findUniqueOrThrow({ where: { id: contract.id } })).status).toBe('APPROVED');
    for (const item of mine) {
      const round = await db().legalReview.findUniqueOrThrow({ where: { id: item.id }, include: { checkpoints: true } });
      // Each kind by its own checklist: three points for a major decision, six for a contract.
      expect(round.checkpoints.map((c) => c.key).sort()).toEqual([...CHECKLISTS[round.checklist]].sort());
      expect(round.checklist).toBe(item.subjectType);
      expect(round.reviewerId).toBe(reviewer.id);
      const audit = await db().auditEvent.findMany({ where: { entityId: item.id }, orderBy: { id: 'asc' } });
      expect(audit.map((event) => event.action)).toEqual(['review.submit', 'review.decide']);
      expect(await hasApprovedReview(db(), { subjectType: item.subjectType, subjectId: item.subjectId, contentHash: round.contentHash })).toBe(true);
    }
  });

  it('refuses an enforcement decision whose case does not exist (the case adapter is tested in enforcement-cases)', async () => {
    const before = await reviewCounts(db());
    await expect(submitForReview(db(), drafter, { subjectType: 'ENFORCEMENT_DECISION', subjectId: 'any-case' })).rejects.toThrow(messages.errors.notFound);
    expect(await reviewCounts(db())).toEqual(before);
  });

  it('sorts the queue by due date', async () => {
    const late = await makeDecision(db(), drafter, { title: '后送审的决策' });
    const early = await makeContract(db(), drafter, { title: '先送审的合同' });
    await submitForReview(db(), drafter, { subjectType: 'MAJOR_ADMIN_DECISION', subjectId: late.id }, new Date('2030-06-10T02:00:00Z'));
    await submitForReview(db(), drafter, { subjectType: 'ADMIN_CONTRACT', subjectId: early.id }, new Date('2030-06-03T02:00:00Z'));
    const ids = (await listReviewQueue(db())).map((item) => item.subjectId);
    expect(ids.indexOf(early.id)).toBeLessThan(ids.indexOf(late.id));
  });
});

describe('who may review', () => {
  it('a reviewer cannot review what they submitted or edited, and nothing is written', async () => {
    const reviewerDrafter = await makeQualifiedReviewer(db(), { roles: ['LEGAL_REVIEWER', 'OFFICER'], name: '兼任起草的法审' });
    const own = await makeDecision(db(), reviewerDrafter, { title: '本人起草并送审的决策' });
    await submitForReview(db(), reviewerDrafter, { subjectType: 'MAJOR_ADMIN_DECISION', subjectId: own.id });

    const edited = await makeDecision(db(), drafter, { title: '他人起草、本人修改的决策' });
    await actAs(reviewerDrafter);
    expect((await updateMajorDecisionAction(initialActionState, form({ id: edited.id, title: edited.title, description: '修改后的草案' }))).ok).toBe(true);
    await submitForReview(db(), drafter, { subjectType: 'MAJOR_ADMIN_DECISION', subjectId: edited.id });

    const before = await reviewCounts(db());
    const submitted = await decideReviewAction(initialActionState, form(decisionFields((await pendingRoundOf(own.id)).id, 'APPROVED')));
    expect(submitted).toEqual({ ok: false, message: '不能审核本人送审的事项' });
    const authored = await decideReviewAction(initialActionState, form(decisionFields((await pendingRoundOf(edited.id)).id, 'APPROVED')));
    expect(authored).toEqual({ ok: false, message: '不能审核本人起草或修改的事项' });
    expect(await reviewCounts(db())).toEqual(before);
  });

  it('a first-time reviewer without a legal-profession qualification is refused, citing Penalty Law art. 58', async () => {
    const newcomer = await makeUser(db(), { roles: ['LEGAL_REVIEWER'], name: '新任法审' });
    const decision = await makeDecision(db(), drafter, { title: '初次审核的决策' });
    await submitForReview(db(), drafter, { subjectType: 'MAJOR_ADMIN_DECISION', subjectId: decision.id });
    const round = await pendingRoundOf(decision.id);

    await actAs(newcomer);
    const before = await reviewCounts(db());
    const refused = await decideReviewAction(initialActionState, form(decisionFields(round.id, 'APPROVED')));
    expect(refused.ok).toBe(false);
    expect(refused.message).toBe('初次从事法制审核的人员应当取得法律职业资格，请先登记法律职业资格证书编号（《中华人民共和国行政处罚法》第五十八条）');
    expect(await reviewCounts(db())).toEqual(before);

    await recordLegalQualification(db(), drafter, { userId: newcomer.id, qualificationNo: 'A20201100123456' });
    expect((await decideReviewAction(initialActionState, form(decisionFields(round.id, 'APPROVED')))).ok).toBe(true);
  });
});

describe('rounds and versions', () => {
  it('return → revise → resubmit → approve keeps every round with its checkpoints and opinion', async () => {
    const decision = await makeDecision(db(), drafter, { title: '多轮审核的决策', description: '第一稿' });
    await submitForReview(db(), drafter, { subjectType: 'MAJOR_ADMIN_DECISION', subjectId: decision.id });
    const first = await pendingRoundOf(decision.id);

    await actAs(reviewer);
    const returned = await decideReviewAction(initialActionState, form(decisionFields(first.id, 'RETURNED', { opinion: '请补充风险评估报告。', failed: ['MD_PROCEDURE'] })));
    expect(returned.ok).toBe(true);
    expect((await db().majorAdminDecision.findUniqueOrThrow({ where: { id: decision.id } })).status).toBe('RETURNED');

    await actAs(drafter);
    expect((await updateMajorDecisionAction(initialActionState, form({ id: decision.id, title: decision.title, description: '第二稿，附风险评估报告' }))).ok).toBe(true);
    expect((await db().majorAdminDecision.findUniqueOrThrow({ where: { id: decision.id } })).status).toBe('RETURNED');
    expect((await submitAs(drafter, 'MAJOR_ADMIN_DECISION', decision.id)).ok).toBe(true);
    const second = await pendingRoundOf(decision.id);
    expect(second.round).toBe(2);
    expect(second.contentHash).not.toBe(first.contentHash);

    await actAs(reviewer);
    expect((await decideReviewAction(initialActionState, form(decisionFields(second.id, 'APPROVED')))).ok).toBe(true);

    const history = await listReviewHistory(db(), { subjectType: 'MAJOR_ADMIN_DECISION', subjectId: decision.id });
    expect(history.map((round) => [round.round, round.status])).toEqual([
      [2, 'APPROVED'],
      [1, 'RETURNED'],
    ]);
    const [approved, returnedRound] = history;
    expect(returnedRound?.opinion).toBe('请补充风险评估报告。');
    expect(returnedRound?.checkpoints.map((c) => c.label)).toEqual(['决策权限', '决策程序', '决策内容']);
    expect(returnedRound?.checkpoints.find((c) => c.key === 'MD_PROCEDURE')?.passed).toBe(false);
    expect(approved?.reviewerName).toBe('赵法审');
  });

  it('an approval covers one version: editing the content makes hasApprovedReview false and blocks signing', async () => {
    const contract = await makeContract(db(), drafter, { title: '殡葬服务委托合同', amount: '50000' });
    await submitForReview(db(), drafter, { subjectType: 'ADMIN_CONTRACT', subjectId: contract.id });
    await decideReview(db(), reviewer, decisionInput((await pendingRoundOf(contract.id)).id, 'APPROVED', '', 'ADMIN_CONTRACT'));
    const approved = await db().legalReview.findFirstOrThrow({ where: { subjectId: contract.id, status: 'APPROVED' } });
    const key = { subjectType: 'ADMIN_CONTRACT' as const, subjectId: contract.id };
    expect(await hasApprovedReview(db(), { ...key, contentHash: approved.contentHash })).toBe(true);

    await actAs(drafter);
    const edit = { id: contract.id, title: contract.title, counterparty: contract.counterparty, amount: '50000.01', termFrom: '2025-01-01', termTo: '2025-12-31' };
    expect((await updateAdminContractAction(initialActionState, form(edit))).ok).toBe(true);
    const edited = await db().administrativeContract.findUniqueOrThrow({ where: { id: contract.id } });
    expect(edited.status).toBe('DRAFT');
    const { contentHash } = await getDb().$transaction((tx) => REVIEW_SUBJECT_LOADERS.ADMIN_CONTRACT(tx, contract.id));
    expect(contentHash).not.toBe(approved.contentHash);
    expect(await hasApprovedReview(db(), { ...key, contentHash })).toBe(false);

    const before = await reviewCounts(db());
    const refused = await signContractAction(initialActionState, form({ id: contract.id }));
    expect(refused).toEqual({ ok: false, message: '合同文本未经法制审核同意（或审核后已修改），不得签订' });
    expect(await reviewCounts(db())).toEqual(before);

    // The approved round itself is untouched, and the new version can be sent for a new round.
    expect((await db().legalReview.findUniqueOrThrow({ where: { id: approved.id } })).status).toBe('APPROVED');
    expect((await submitAs(drafter, 'ADMIN_CONTRACT', contract.id)).ok).toBe(true);
    expect((await pendingRoundOf(contract.id)).round).toBe(2);
  });

  it('a decision with an approved review of its current text can be made; the same text is not resubmitted', async () => {
    const decision = await makeDecision(db(), drafter, { title: '可作出的决策' });
    await actAs(drafter);
    const early = await concludeDecisionAction(initialActionState, form({ id: decision.id }));
    expect(early.ok).toBe(false);
    expect(early.message).toContain('决策草案未经法制审核同意（或审核后已修改），不得作出决策');
    expect(early.message).toContain('《重大行政决策程序暂行条例》第二十五条');
    await recordDecisionProcedures(db(), drafter, decision.id);

    await submitForReview(db(), drafter, { subjectType: 'MAJOR_ADMIN_DECISION', subjectId: decision.id });
    expect(await submitAs(drafter, 'MAJOR_ADMIN_DECISION', decision.id)).toEqual({ ok: false, message: '该事项已在法制审核中，请等待审核意见' });
    await decideReview(db(), reviewer, decisionInput((await pendingRoundOf(decision.id)).id, 'APPROVED'));
    expect(await submitAs(drafter, 'MAJOR_ADMIN_DECISION', decision.id)).toEqual({ ok: false, message: '该事项当前内容已经法制审核同意，无需重复送审' });

    await actAs(drafter);
    expect(await concludeDecisionAction(initialActionState, form({ id: decision.id }))).toEqual({ ok: true, message: '已办结。' });
    const made = await db().majorAdminDecision.findUniqueOrThrow({ where: { id: decision.id } });
    expect(made.status).toBe('CONCLUDED');
    expect(made.decidedOn).not.toBeNull();
  });

  it('a subject changed behind the engine makes its pending round stale: it cannot be decided', async () => {
    const decision = await makeDecision(db(), drafter, { title: '被绕过修改的决策' });
    await submitForReview(db(), drafter, { subjectType: 'MAJOR_ADMIN_DECISION', subjectId: decision.id });
    const round = await pendingRoundOf(decision.id);
    await db().majorAdminDecision.update({ where: { id: decision.id }, data: { description: '送审后被直接改动的内容' } });
    await expect(decideReview(db(), reviewer, decisionInput(round.id, 'APPROVED'))).rejects.toThrow('送审事项在送审后已被修改，本轮审核已失效，请送审人重新送审');
  });

  it('a matter in review cannot be edited', async () => {
    const decision = await makeDecision(db(), drafter, { title: '审核中的决策' });
    await submitForReview(db(), drafter, { subjectType: 'MAJOR_ADMIN_DECISION', subjectId: decision.id });
    await actAs(drafter);
    const state = await updateMajorDecisionAction(initialActionState, form({ id: decision.id, title: '改名', description: '改动' }));
    expect(state).toEqual({ ok: false, message: '该事项正在法制审核中，审核完成前不能修改' });
  });
});

describe('concurrency', () => {
  it('two reviewers deciding the same round at once: exactly one wins', async () => {
    const other = await makeQualifiedReviewer(db(), { name: '钱法审' });
    const decision = await makeDecision(db(), drafter, { title: '并发审核的决策' });
    await submitForReview(db(), drafter, { subjectType: 'MAJOR_ADMIN_DECISION', subjectId: decision.id });
    const round = await pendingRoundOf(decision.id);
    const before = await reviewCounts(db());

    const results = await Promise.allSettled([
      decideReview(db(), reviewer, decisionInput(round.id, 'APPROVED')),
      decideReview(db(), other, decisionInput(round.id, 'RETURNED', '请修改')),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(isAppError(lost[0]?.reason)).toBe(true);
    expect(['CONFLICT', 'RULE_VIOLATION']).toContain(lost[0]?.reason.code);

    const after = await reviewCounts(db());
    expect(after.decided).toBe(before.decided + 1);
    expect(after.checkpoints).toBe(before.checkpoints + CHECKLISTS.MAJOR_ADMIN_DECISION.length);
    expect(after.audit).toBe(before.audit + 1);
    const decided = await db().legalReview.findUniqueOrThrow({ where: { id: round.id } });
    const subject = await db().majorAdminDecision.findUniqueOrThrow({ where: { id: decision.id } });
    expect(subject.status).toBe(decided.status);
  });
});
