import 'server-only';
import type { Actor } from '@/lib/auth/guard';
import type { Tx } from '@/lib/db';
import type { Blocker } from '@/lib/domain/blockers';
import type { IsoDate } from '@/lib/domain/calendar';
import { checkDiscretion, describePenalty, type IntendedPenalty, type StepTemplate } from '@/lib/domain/enforcement';
import { messages } from '@/lib/i18n/messages';
import type { AdvanceCaseInput } from '@/lib/schemas/enforcement';
import { loadDiscretionBands } from '@/lib/queries/enforcement/case-config';
import { dateColumn, iso, penaltyOf, type CaseRow } from '@/lib/queries/enforcement/case-state';
import { dateBlockers, fieldError, required } from './support';

// One small recorder per kind of step: what the step's form records on the case (the patch), the
// facts it adds to the case file (its documents), and the checks specific to it (blockers, field
// errors). The shared pipeline (advance-case.ts) runs the gate before and canAdvance, the chain
// append, publicity and audit after.

export type Patch = Partial<Omit<CaseRow, 'parties' | 'officers'>>;

export type StepRecording = {
  readonly tx: Tx;
  readonly actor: Actor;
  readonly input: AdvanceCaseInput;
  readonly row: CaseRow;
  readonly today: IsoDate;
  readonly target: StepTemplate;
  /** The filing date, the earliest any step's date may be. */
  readonly filed: { day: IsoDate; label: string };
  readonly blockers: Blocker[];
  readonly patch: Patch;
  note(name: string, value: string): void;
};

export type StepRecorder = (step: StepRecording) => void | Promise<void>;

const t = messages.enforcement.errors;

const recordRightsNotice: StepRecorder = async ({ tx, input, row, today, filed, blockers, patch, note }) => {
  const servedOn = required(input.noticeServedOn, 'noticeServedOn', t.noticeDateRequired);
  blockers.push(...dateBlockers('告知书送达日期', servedOn, today, filed));
  if (input.penaltyKinds.length > 0) {
    if (input.penaltyKinds.includes('FINE') && input.fineAmount == null) fieldError('fineAmount', t.fineAmountRequired);
    const penalty: IntendedPenalty = {
      kinds: input.penaltyKinds,
      fineAmount: input.penaltyKinds.includes('FINE') ? (input.fineAmount ?? null) : null,
      confiscatedGains: input.penaltyKinds.includes('CONFISCATE_ILLEGAL_GAINS') ? (input.confiscatedGains ?? null) : null,
      confiscatedPropertyValue: input.penaltyKinds.includes('CONFISCATE_ILLEGAL_PROPERTY') ? (input.confiscatedPropertyValue ?? null) : null,
      details: input.penaltyDetails ?? '',
    };
    patch.intendedPenalty = penalty as unknown as CaseRow['intendedPenalty'];
    note('拟作出的处罚', describePenalty(penalty));
  }
  if (input.violationType !== undefined) patch.violationType = input.violationType;
  patch.discretionReason = input.discretionReason ?? null;
  const penalty = penaltyOf(patch.intendedPenalty ?? row.intendedPenalty);
  const violationType = patch.violationType ?? row.violationType;
  if (penalty?.kinds.includes('FINE') && penalty.fineAmount != null && violationType) {
    const result = checkDiscretion(
      { violationType, proposedFine: penalty.fineAmount, severity: input.severity ?? null, writtenReason: input.discretionReason ?? null },
      await loadDiscretionBands(tx),
    );
    blockers.push(...result.blockers);
    note('裁量基准', result.message);
  }
  if (row.rightsNoticeServedOn) {
    // A fresh notice (after further investigation) opens a fresh hearing window.
    Object.assign(patch, {
      hearingRequestedOn: null,
      hearingWaived: false,
      hearingNoticeSentOn: null,
      hearingScheduledOn: null,
      hearingHeldOn: null,
      hearingHostOfficerId: null,
    });
  }
  patch.rightsNoticeServedOn = dateColumn(servedOn);
  patch.rightsNoticeHearingStated = input.hearingRightStated;
  note('告知书送达日期', servedOn);
  note('告知听证权利', input.hearingRightStated ? '是' : '否');
};

const recordCollectiveDecision: StepRecorder = ({ input, today, filed, blockers, patch, note }) => {
  const heldOn = required(input.collectiveDecisionOn, 'collectiveDecisionOn', t.collectiveDateRequired);
  const record = required(input.collectiveDecisionNote, 'collectiveDecisionNote', t.collectiveNoteRequired);
  blockers.push(...dateBlockers('集体讨论日期', heldOn, today, filed));
  patch.collectiveDecisionOn = dateColumn(heldOn);
  patch.collectiveDecisionNote = record;
  note('集体讨论日期', heldOn);
};

const recordDecision: StepRecorder = async ({ tx, actor, input, row, today, filed, target, blockers, patch, note }) => {
  const number = required(input.decisionNumber, 'decisionNumber', t.decisionNumberRequired);
  const decidedOn = required(input.decidedOn, 'decidedOn', t.decidedOnRequired);
  const notice = iso(row.rightsNoticeServedOn);
  blockers.push(...dateBlockers('决定日期', decidedOn, today, notice ? { day: notice, label: '告知书送达日期' } : filed));
  const clash = await tx.enforcementCase.findFirst({ where: { decisionNumber: number, id: { not: row.id } }, select: { id: true } });
  if (clash) fieldError('decisionNumber', t.decisionNumberTaken);
  const penalty = penaltyOf(row.intendedPenalty);
  if (input.to === 'BAN_DECISION' && !input.decisionConclusion) fieldError('decisionConclusion', t.conclusionRequired);
  patch.decisionNumber = number;
  patch.decidedOn = dateColumn(decidedOn);
  patch.decidedById = actor.id;
  patch.decidedPenalty = (penalty ?? null) as unknown as CaseRow['decidedPenalty'];
  patch.decisionConclusion = input.decisionConclusion ?? null;
  patch.partyPresentAtDecision = input.partyPresent;
  patch.outcome = [penalty ? describePenalty(penalty) : '', input.decisionConclusion ?? ''].filter(Boolean).join('；') || target.label;
  note('决定书文号', number);
  note('决定日期', decidedOn);
  note('决定内容', patch.outcome);
};

/** A dated step after the decision (service, execution): the date is required and not before the decision. */
function afterDecision(field: 'servedOn' | 'executedOn', label: string, message: string): StepRecorder {
  return ({ input, row, today, filed, blockers, patch, note }) => {
    const day = required(input[field], field, message);
    const decided = iso(row.decidedOn);
    blockers.push(...dateBlockers(label, day, today, decided ? { day: decided, label: '决定日期' } : filed));
    patch[field] = dateColumn(day);
    note(label, day);
  };
}

const recordNoPenalty: StepRecorder = ({ input, patch, note }) => {
  patch.noPenaltyReason = required(input.noPenaltyReason, 'noPenaltyReason', t.noPenaltyReasonRequired);
  patch.outcome = '不予行政处罚';
  note('不予处罚理由', patch.noPenaltyReason);
};

const recordTermination: StepRecorder = ({ input, patch }) => {
  required(input.stepNote || undefined, 'stepNote', t.terminationReasonRequired);
  patch.outcome = '终止调查';
};

/** The step kinds with a form of their own; any other step records its note (and recordings) only. */
export const STEP_RECORDERS: Readonly<Record<string, StepRecorder>> = {
  RIGHTS_NOTICE: recordRightsNotice,
  COLLECTIVE_DECISION: recordCollectiveDecision,
  DECISION: recordDecision,
  BAN_DECISION: recordDecision,
  ON_SPOT_DECISION: recordDecision,
  SERVICE: afterDecision('servedOn', '送达日期', t.servedOnRequired),
  EXECUTION: afterDecision('executedOn', '执行日期', t.executedOnRequired),
  NO_PENALTY: recordNoPenalty,
  TERMINATED: recordTermination,
};

/** The template's last step closes the case: its date (default today) is recorded. */
export const recordClosing: StepRecorder = ({ input, today, filed, blockers, patch, note }) => {
  const closedOn = input.closedOn ?? today;
  blockers.push(...dateBlockers('结案日期', closedOn, today, filed));
  patch.closedOn = dateColumn(closedOn);
  note('结案日期', closedOn);
};
