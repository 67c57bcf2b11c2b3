import { beforeAll, describe, expect, it, vi } from 'vitest';
import { concludeDecisionAction, recordDecisionProcedureAction } from '@/app/(staff)/staff/matters/actions';
import { initialActionState } from '@/lib/action-state';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { DECISION_PROCEDURES, PROCEDURE_NAMES, type DecisionProcedure } from '@/lib/domain/major-decision/procedures';
import { recordCollectiveDecision } from '@/lib/services/leadership/record-collective-decision';
import { decideReview } from '@/lib/services/review/decide-review';
import { submitForReview } from '@/lib/services/review/submit-for-review';
import { actAs, form } from '../setup/act-as';
import { decisionInput, makeDecision, makeQualifiedReviewer, reviewCounts } from '../factories/review';
import { makeUser } from '../factories/users';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), unstable_cache: (fn: unknown) => fn }));

// A major administrative decision is made only with its five statutory procedures on record
// (《重大行政决策程序暂行条例》): one test per procedure left out, each refusal naming it, nothing
// written; with all five the decision is made, and the post-implementation evaluation follows.

const db = () => getDb();
let drafter: Actor;
let reviewer: Actor;
let director: Actor;
let collectiveId: string;
beforeAll(async () => {
  drafter = await makeUser(db(), { roles: ['DIRECTOR'], name: '决策承办人' });
  director = await makeUser(db(), { roles: ['DIRECTOR'], name: '局长' });
  reviewer = await makeQualifiedReviewer(db(), { name: '决策法审' });
  collectiveId = (
    await recordCollectiveDecision(db(), director, {
      heldOn: '2026-03-02',
      category: 'WORK_ARRANGEMENT',
      topic: '审议高龄津贴调整决策草案',
      attendees: ['王局长', '李副局长', '张副局长'],
      outcome: '一致同意',
      publicised: false,
      publicityNote: '',
    })
  ).id;
});

const RECORDS = {
  PUBLIC_PARTICIPATION: { heldFrom: '2026-01-05', heldTo: '2026-02-03', summary: '在区政府网站公开征求意见30日，收到意见12条，采纳5条。' },
  EXPERT_ARGUMENTATION: { heldFrom: '2026-02-10', summary: '组织5名专家论证，认为方案可行。' },
  RISK_ASSESSMENT: { heldFrom: '2026-02-15', summary: '社会稳定风险评估为低风险。' },
  COLLECTIVE_DISCUSSION: { heldFrom: '2026-03-02', summary: '局党组会议集体讨论通过。' },
} as const;

async function decisionWithout(missing: DecisionProcedure) {
  const decision = await makeDecision(db(), drafter, { title: `缺少${PROCEDURE_NAMES[missing]}的决策`, description: `草案（缺${missing}）` });
  await actAs(drafter);
  for (const [kind, record] of Object.entries(RECORDS)) {
    if (kind === missing) continue;
    const fields: Record<string, string> = { decisionId: decision.id, kind, ...record };
    if (kind === 'COLLECTIVE_DISCUSSION') fields.collectiveDecisionId = collectiveId;
    expect(await recordDecisionProcedureAction(initialActionState, form(fields))).toEqual({ ok: true, message: '程序已登记。' });
  }
  if (missing !== 'LEGALITY_REVIEW') {
    const round = await submitForReview(db(), drafter, { subjectType: 'MAJOR_ADMIN_DECISION', subjectId: decision.id });
    await decideReview(db(), reviewer, decisionInput(round.id, 'APPROVED'));
  }
  return decision.id;
}

async function expectRefusedNaming(id: string, procedure: DecisionProcedure) {
  await actAs(drafter);
  const before = await reviewCounts(db());
  const state = await concludeDecisionAction(initialActionState, form({ id }));
  expect(state.ok).toBe(false);
  expect(state.message).toContain(`尚未履行“${PROCEDURE_NAMES[procedure]}”程序`);
  // Only that one is named.
  for (const other of DECISION_PROCEDURES.filter((p) => p !== procedure)) expect(state.message).not.toContain(`“${PROCEDURE_NAMES[other]}”`);
  expect(await reviewCounts(db())).toEqual(before);
  const row = await db().majorAdminDecision.findUniqueOrThrow({ where: { id } });
  expect(row.status).not.toBe('CONCLUDED');
  expect(row.decidedOn).toBeNull();
}

describe('a major decision cannot be made with a statutory procedure missing', () => {
  it('without public participation (公众参与)', async () => {
    await expectRefusedNaming(await decisionWithout('PUBLIC_PARTICIPATION'), 'PUBLIC_PARTICIPATION');
  });
  it('without expert argumentation (专家论证)', async () => {
    await expectRefusedNaming(await decisionWithout('EXPERT_ARGUMENTATION'), 'EXPERT_ARGUMENTATION');
  });
  it('without risk assessment (风险评估)', async () => {
    await expectRefusedNaming(await decisionWithout('RISK_ASSESSMENT'), 'RISK_ASSESSMENT');
  });
  it('without legality review (合法性审查)', async () => {
    await expectRefusedNaming(await decisionWithout('LEGALITY_REVIEW'), 'LEGALITY_REVIEW');
  });
  it('without collective discussion (集体讨论决定)', async () => {
    await expectRefusedNaming(await decisionWithout('COLLECTIVE_DISCUSSION'), 'COLLECTIVE_DISCUSSION');
  });

  it('a consultation shorter than 30 days counts only with a recorded reason', async () => {
    const id = await decisionWithout('PUBLIC_PARTICIPATION');
    await actAs(drafter);
    expect(
      (
        await recordDecisionProcedureAction(
          initialActionState,
          form({ decisionId: id, kind: 'PUBLIC_PARTICIPATION', heldFrom: '2026-01-05', heldTo: '2026-01-20', summary: '公开征求意见16日。' }),
        )
      ).ok,
    ).toBe(true);
    const state = await concludeDecisionAction(initialActionState, form({ id }));
    expect(state.message).toContain('公开征求意见期限为16日，少于30日');
    expect(state.message).toContain('第十五条');
  });

  it('with all five the decision is made; the evaluation is recorded after it, not before', async () => {
    const decision = await makeDecision(db(), drafter, { title: '五项程序齐全的决策', description: '完整草案' });
    await actAs(drafter);
    const evaluation = { decisionId: decision.id, kind: 'POST_EVALUATION', heldFrom: '2026-12-01', summary: '实施效果良好。' };
    expect((await recordDecisionProcedureAction(initialActionState, form(evaluation))).message).toBe('决策作出后方可登记决策后评估（《重大行政决策程序暂行条例》第三十六条）');
    for (const [kind, record] of Object.entries(RECORDS)) {
      const fields: Record<string, string> = { decisionId: decision.id, kind, ...record };
      if (kind === 'COLLECTIVE_DISCUSSION') fields.collectiveDecisionId = collectiveId;
      await recordDecisionProcedureAction(initialActionState, form(fields));
    }
    // Collective discussion must link the leadership register's record.
    const other = await makeDecision(db(), drafter, { title: '未关联集体决策', description: '草案' });
    expect((await recordDecisionProcedureAction(initialActionState, form({ decisionId: other.id, kind: 'COLLECTIVE_DISCUSSION', summary: '讨论' }))).ok).toBe(false);
    const round = await submitForReview(db(), drafter, { subjectType: 'MAJOR_ADMIN_DECISION', subjectId: decision.id });
    await decideReview(db(), reviewer, decisionInput(round.id, 'APPROVED'));
    await actAs(drafter);
    expect((await concludeDecisionAction(initialActionState, form({ id: decision.id }))).ok).toBe(true);
    expect((await recordDecisionProcedureAction(initialActionState, form(evaluation))).ok).toBe(true);
    expect(await db().decisionProcedure.count({ where: { decisionId: decision.id } })).toBe(5);
  });
});
