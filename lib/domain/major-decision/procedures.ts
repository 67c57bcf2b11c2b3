// The statutory procedures of a major administrative decision (《重大行政决策程序暂行条例》):
// public participation, expert argumentation, risk assessment, legality review and collective
// discussion. A decision is made only when each is on record; each refusal names the procedure
// and its article. Pure: the facts are loaded by lib/queries/matters/decision-procedures.ts.
import type { Blocker } from '@/lib/domain/blockers';
import { daysBetween, type IsoDate } from '@/lib/domain/calendar';

const REGULATIONS = '《重大行政决策程序暂行条例》';

export const DECISION_PROCEDURES = ['PUBLIC_PARTICIPATION', 'EXPERT_ARGUMENTATION', 'RISK_ASSESSMENT', 'LEGALITY_REVIEW', 'COLLECTIVE_DISCUSSION'] as const;
export type DecisionProcedure = (typeof DECISION_PROCEDURES)[number];
// What is recorded in the procedure register (legality review is the review engine's approval).
export type RecordedProcedureKind = Exclude<DecisionProcedure, 'LEGALITY_REVIEW'> | 'POST_EVALUATION';

export const PROCEDURE_NAMES = {
  PUBLIC_PARTICIPATION: '公众参与',
  EXPERT_ARGUMENTATION: '专家论证',
  RISK_ASSESSMENT: '风险评估',
  LEGALITY_REVIEW: '合法性审查',
  COLLECTIVE_DISCUSSION: '集体讨论决定',
  POST_EVALUATION: '决策后评估',
} as const satisfies Record<DecisionProcedure | RecordedProcedureKind, string>;

export const PROCEDURE_CITATIONS = {
  PUBLIC_PARTICIPATION: `${REGULATIONS}第十四条、第十五条`,
  EXPERT_ARGUMENTATION: `${REGULATIONS}第十九条`,
  RISK_ASSESSMENT: `${REGULATIONS}第二十二条`,
  LEGALITY_REVIEW: `${REGULATIONS}第二十五条`,
  COLLECTIVE_DISCUSSION: `${REGULATIONS}第三十条`,
  POST_EVALUATION: `${REGULATIONS}第三十六条`,
} as const satisfies Record<DecisionProcedure | RecordedProcedureKind, string>;

/** 公开征求意见的期限一般不少于30日 (第十五条). */
export const CONSULTATION_MIN_DAYS = 30;

export type ProcedureRecord = {
  heldFrom: IsoDate | null;
  heldTo: IsoDate | null;
  summary: string;
  exemptionReason: string | null;
  collectiveDecisionId: string | null;
};

export type DecisionProcedureFacts = {
  records: Partial<Record<RecordedProcedureKind, ProcedureRecord>>;
  // An APPROVED legal review of the decision's current content (the review engine's gate).
  legalityApproved: boolean;
};

const exempt = (record: ProcedureRecord | undefined) => (record?.exemptionReason ?? '').trim() !== '';

/** Why each required procedure is not (yet) satisfied: one blocker per procedure, naming it. */
export function missingProcedureBlockers(facts: DecisionProcedureFacts): Blocker[] {
  const blockers: Blocker[] = [];
  const missing = (procedure: DecisionProcedure, detail: string) =>
    blockers.push({
      code: `decision.procedure.${procedure}`,
      message: `尚未履行“${PROCEDURE_NAMES[procedure]}”程序：${detail}，不得作出决策`,
      citation: PROCEDURE_CITATIONS[procedure],
    });

  const participation = facts.records.PUBLIC_PARTICIPATION;
  if (!participation) missing('PUBLIC_PARTICIPATION', '未登记公开征求意见');
  else if (!exempt(participation)) {
    const days = participation.heldFrom && participation.heldTo ? daysBetween(participation.heldFrom, participation.heldTo) + 1 : 0;
    if (days < CONSULTATION_MIN_DAYS) {
      missing('PUBLIC_PARTICIPATION', `公开征求意见期限为${days}日，少于${CONSULTATION_MIN_DAYS}日且未说明缩短理由`);
    }
  }
  if (!facts.records.EXPERT_ARGUMENTATION) missing('EXPERT_ARGUMENTATION', '未登记专家论证意见（不需论证的，应登记理由）');
  if (!facts.records.RISK_ASSESSMENT) missing('RISK_ASSESSMENT', '未登记风险评估报告（不需评估的，应登记理由）');
  if (!facts.legalityApproved) {
    blockers.push({
      code: 'decision.procedure.LEGALITY_REVIEW',
      message: '尚未履行“合法性审查”程序：决策草案未经法制审核同意（或审核后已修改），不得作出决策',
      citation: PROCEDURE_CITATIONS.LEGALITY_REVIEW,
    });
  }
  const discussion = facts.records.COLLECTIVE_DISCUSSION;
  if (!discussion || !discussion.collectiveDecisionId) missing('COLLECTIVE_DISCUSSION', '未关联领导班子集体决策记录');
  return blockers;
}

/** What a procedure record must contain before it is written. */
export function procedureRecordBlockers(kind: RecordedProcedureKind, record: ProcedureRecord, decisionConcluded: boolean): Blocker[] {
  const blockers: Blocker[] = [];
  if (kind === 'POST_EVALUATION' && !decisionConcluded) {
    blockers.push({ code: 'decision.evaluation.early', message: '决策作出后方可登记决策后评估', citation: PROCEDURE_CITATIONS.POST_EVALUATION });
  }
  if (kind !== 'POST_EVALUATION' && decisionConcluded) {
    blockers.push({ code: 'decision.procedure.concluded', message: '决策已作出，不能再登记决策前的程序' });
  }
  if (kind === 'COLLECTIVE_DISCUSSION' && !record.collectiveDecisionId) {
    blockers.push({ code: 'decision.procedure.noCollective', message: '集体讨论决定须关联领导班子集体决策记录', citation: PROCEDURE_CITATIONS.COLLECTIVE_DISCUSSION });
  }
  if (record.heldFrom && record.heldTo && record.heldTo < record.heldFrom) {
    blockers.push({ code: 'decision.procedure.dates', message: '结束日期不能早于开始日期' });
  }
  return blockers;
}
