// Time limits of a case. They are flags, never refusals: an overdue case is highlighted and, for
// the art. 60 limit, needs an extension approved by the head.
import { addCalendarDays, addWorkingDays, deadlineStatus, type DueDate, type DueDateExplanation, type IsoDate, type WorkingCalendar } from '@/lib/domain/calendar';
import type { CaseFacts } from './case-facts';
import { isPenaltyOrLicenceDecision, penaltyLawApplies, type CaseType } from './case-types';
import { THREE_SYSTEMS_GUIDELINE, penaltyLaw } from './citations';
import type { EnforcementSettings } from './settings';

export type CaseDeadlineKey = 'DECISION' | 'SERVICE' | 'PUBLICITY' | 'WITHDRAWAL';
export type CaseDeadlineStatus = 'met' | 'ok' | 'due-soon' | 'overdue';

export type CaseDeadline = {
  readonly key: CaseDeadlineKey;
  readonly label: string;
  readonly citation: string;
  /** The date that counts now: the approved extension's end when there is one. */
  readonly due: IsoDate;
  /** How the statutory due date was computed (describeDueDate renders it). */
  readonly explanation: DueDateExplanation;
  readonly status: CaseDeadlineStatus;
  readonly metOn?: IsoDate;
  /** Open deadlines only (see deadlineStatus). */
  readonly remainingWorkingDays?: number;
  readonly extendedUntil?: IsoDate;
  /** Overdue decision limit without an approved extension: the head must approve one. */
  readonly needsExtension: boolean;
};

export type DeadlineContext = {
  readonly calendar: WorkingCalendar;
  readonly settings: EnforcementSettings;
  readonly today: IsoDate;
  /** `due-soon` within this many working days; 3 unless stated. */
  readonly warnWithinWorkingDays?: number;
};

type Spec = { key: CaseDeadlineKey; label: string; citation: string; dueDate: DueDate; met: boolean; metOn?: IsoDate | null };

function build(spec: Spec, context: DeadlineContext, extendedUntil?: IsoDate): CaseDeadline {
  const base = { key: spec.key, label: spec.label, citation: spec.citation, explanation: spec.dueDate.explanation };
  const due = extendedUntil ?? spec.dueDate.due;
  const extra = extendedUntil ? { extendedUntil } : {};
  if (spec.met) {
    return { ...base, ...extra, due, status: 'met', needsExtension: false, ...(spec.metOn ? { metOn: spec.metOn } : {}) };
  }
  const { status, remainingWorkingDays } = deadlineStatus({
    due,
    today: context.today,
    calendar: context.calendar,
    warnWithinWorkingDays: context.warnWithinWorkingDays ?? 3,
  });
  const needsExtension = spec.key === 'DECISION' && status === 'overdue' && !extendedUntil;
  return { ...base, ...extra, due, status, remainingWorkingDays, needsExtension };
}

export function publicityWorkingDays(type: CaseType, settings: EnforcementSettings): number {
  return isPenaltyOrLicenceDecision(type) ? settings['publicity.penaltyWorkingDays'] : settings['publicity.otherWorkingDays'];
}

type PeriodContext = Pick<DeadlineContext, 'calendar' | 'settings'>;

/** After-decision publicity: 7 working days for penalties and licences, 20 otherwise. */
export function publicityDue(type: CaseType, decidedOn: IsoDate, { calendar, settings }: PeriodContext): DueDate {
  return addWorkingDays({ start: decidedOn, days: publicityWorkingDays(type, settings), calendar });
}

/** A revoked or changed decision's publicity is withdrawn within 3 working days (art. 48). */
export function withdrawalDue(revokedOn: IsoDate, { calendar, settings }: PeriodContext): DueDate {
  return addWorkingDays({ start: revokedOn, days: settings['publicity.withdrawWorkingDays'], calendar });
}

/** Decide within 90 days of filing; a last day on a rest day rolls to the next working day (art. 60). */
export function decisionDue(filedOn: IsoDate, { calendar, settings }: PeriodContext): DueDate {
  return addCalendarDays({ start: filedOn, days: settings['case.decisionCalendarDays'], calendar });
}

const CLOSED_WITHOUT_DECISION = new Set(['NO_PENALTY', 'TERMINATED', 'CLOSED']);

export function caseDeadlines(facts: CaseFacts, context: DeadlineContext): CaseDeadline[] {
  const { calendar, settings } = context;
  const deadlines: CaseDeadline[] = [];
  const decision = facts.decision ?? null;
  if (penaltyLawApplies(facts.type) && facts.procedure === 'GENERAL') {
    const extension = facts.extension?.approved ? facts.extension.until : undefined;
    const spec: Spec = {
      key: 'DECISION',
      label: '作出处理决定',
      citation: penaltyLaw(60),
      dueDate: decisionDue(facts.filedOn, context),
      met: decision !== null || CLOSED_WITHOUT_DECISION.has(facts.state),
      metOn: decision?.decidedOn,
    };
    deadlines.push(build(spec, context, extension));
  }
  if (!decision) return deadlines;
  if (!decision.partyPresent) {
    const dueDate = addWorkingDays({ start: decision.decidedOn, days: settings['case.serviceWorkingDays'], calendar });
    const metOn = decision.servedOn;
    deadlines.push(build({ key: 'SERVICE', label: '送达决定书', citation: penaltyLaw(61), dueDate, met: !!metOn, metOn }, context));
  }
  const publicity = publicityDue(facts.type, decision.decidedOn, context);
  const publishedOn = decision.publishedOn;
  // A decision revoked before it was published is not published at all.
  const publicityMet = !!publishedOn || !!decision.revokedOn;
  deadlines.push(build({ key: 'PUBLICITY', label: '执法决定公示', citation: THREE_SYSTEMS_GUIDELINE, dueDate: publicity, met: publicityMet, metOn: publishedOn }, context));
  if (decision.revokedOn && publishedOn) {
    const dueDate = withdrawalDue(decision.revokedOn, context);
    const metOn = decision.withdrawnOn;
    deadlines.push(build({ key: 'WITHDRAWAL', label: '撤回公示', citation: penaltyLaw(48), dueDate, met: !!metOn, metOn }, context));
  }
  return deadlines;
}

/** The open deadline to show first in "my cases" (the earliest due; overdue ones come first). */
export function nearestOpenDeadline(deadlines: readonly CaseDeadline[]): CaseDeadline | undefined {
  return deadlines.filter((d) => d.status !== 'met').reduce<CaseDeadline | undefined>((best, d) => (best === undefined || d.due < best.due ? d : best), undefined);
}
