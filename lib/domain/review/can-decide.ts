import type { Blocker } from '@/lib/domain/blockers';
import { CHECKLIST_CITATIONS, CHECKLISTS, CHECKPOINT_LABELS, type CheckpointEntry, type Checklist } from './checkpoints';
import type { ReviewOutcome, ReviewStatus } from './status';

export const PENALTY_LAW_ART_58 = '《中华人民共和国行政处罚法》第五十八条';

export type RoundFacts = {
  status: ReviewStatus;
  submittedById: string;
  subjectAuthorIds: readonly string[];
  contentHash: string;
};

export type ReviewerFacts = {
  id: string;
  roles: readonly string[];
  legalQualificationNo: string | null;
  // Whether this reviewer has decided any review before (a first-time reviewer needs a qualification).
  hasDecidedBefore: boolean;
};

export type DecisionInput = {
  // The checklist the form was filled against; must be the round's own.
  checklist: Checklist;
  outcome: ReviewOutcome;
  opinion: string;
  checkpoints: readonly CheckpointEntry[];
};

/** A reviewer may not review what they submitted, drafted or edited (回避). */
export function conflictBlockers(round: Pick<RoundFacts, 'submittedById' | 'subjectAuthorIds'>, userId: string): Blocker[] {
  if (userId === round.submittedById) return [{ code: 'REVIEWER_IS_SUBMITTER', message: '不能审核本人送审的事项' }];
  if (round.subjectAuthorIds.includes(userId)) return [{ code: 'REVIEWER_IS_AUTHOR', message: '不能审核本人起草或修改的事项' }];
  return [];
}

/**
 * Who may decide this round at all, before looking at what they wrote: shown next to the disabled
 * form, and re-checked by the service. `currentHash` is null when the subject no longer exists.
 */
export function reviewerBlockers(input: { round: RoundFacts; reviewer: ReviewerFacts; currentHash: string | null }): Blocker[] {
  const { round, reviewer, currentHash } = input;
  const blockers: Blocker[] = [];
  if (round.status !== 'PENDING') {
    blockers.push({ code: 'REVIEW_NOT_PENDING', message: '该审核已办结，不能再次作出审核意见' });
  }
  if (!reviewer.roles.includes('LEGAL_REVIEWER')) {
    blockers.push({ code: 'NOT_LEGAL_REVIEWER', message: '只有法制审核人员可以办理法制审核' });
  }
  blockers.push(...conflictBlockers(round, reviewer.id));
  if (!reviewer.hasDecidedBefore && (reviewer.legalQualificationNo ?? '').trim() === '') {
    blockers.push({
      code: 'FIRST_REVIEW_NEEDS_QUALIFICATION',
      message: '初次从事法制审核的人员应当取得法律职业资格，请先登记法律职业资格证书编号',
      citation: PENALTY_LAW_ART_58,
    });
  }
  if (currentHash === null) {
    blockers.push({ code: 'SUBJECT_MISSING', message: '送审事项已不存在' });
  } else if (currentHash !== round.contentHash) {
    blockers.push({ code: 'REVIEW_STALE', message: '送审事项在送审后已被修改，本轮审核已失效，请送审人重新送审' });
  }
  return blockers;
}

/**
 * What the decision itself must contain, against the round's own checklist: a conclusion (符合 /
 * 不符合) and a note on every point; an opinion unless approving; no approval over a 不符合 point.
 */
export function decisionBlockers(decision: DecisionInput, roundChecklist: Checklist = decision.checklist): Blocker[] {
  if (decision.checklist !== roundChecklist) {
    return [{ code: 'CHECKLIST_MISMATCH', message: '填写的审核要点与本轮送审事项不一致，请刷新页面后重新填写' }];
  }
  const keys = CHECKLISTS[roundChecklist];
  const citation = CHECKLIST_CITATIONS[roundChecklist];
  const blockers: Blocker[] = [];
  const byKey = new Map(decision.checkpoints.map((entry) => [entry.key, entry]));
  const undecided = keys.filter((key) => typeof byKey.get(key)?.passed !== 'boolean');
  if (undecided.length > 0) {
    blockers.push({
      code: 'CHECKPOINT_UNDECIDED',
      message: `以下审核要点尚未作出“符合”或“不符合”的结论：${undecided.map((key) => CHECKPOINT_LABELS[key]).join('、')}`,
      citation,
    });
  }
  const missing = keys.filter((key) => (byKey.get(key)?.note ?? '').trim() === '');
  if (missing.length > 0) {
    blockers.push({
      code: 'CHECKPOINT_NOTE_MISSING',
      message: `以下审核要点未填写审核说明：${missing.map((key) => CHECKPOINT_LABELS[key]).join('、')}`,
      citation,
    });
  }
  if (decision.outcome !== 'APPROVED' && decision.opinion.trim() === '') {
    blockers.push({ code: 'OPINION_REQUIRED', message: '退回修改或提请移送时须填写审核意见' });
  }
  const failed = keys.filter((key) => byKey.get(key)?.passed === false);
  if (decision.outcome === 'APPROVED' && failed.length > 0) {
    blockers.push({
      code: 'APPROVAL_WITH_FAILED_CHECKPOINT',
      message: `审核要点“${failed.map((key) => CHECKPOINT_LABELS[key]).join('、')}”不符合，不能作出同意的审核意见`,
      citation,
    });
  }
  return blockers;
}

export function canDecideReview(input: { round: RoundFacts & { checklist: Checklist }; reviewer: ReviewerFacts; currentHash: string | null; decision: DecisionInput }): Blocker[] {
  return [...reviewerBlockers(input), ...decisionBlockers(input.decision, input.round.checklist)];
}
