// Administrative reconsideration (行政复议) and litigation (行政诉讼) against the bureau: the answer
// deadline, the rules a register entry must satisfy, and how outcomes are grouped for the tables.
import type { Blocker } from '@/lib/domain/blockers';
import type { IsoDate } from '@/lib/domain/calendar/date-string';
import { addCalendarDays } from '@/lib/domain/calendar/periods';
import type { WorkingCalendar } from '@/lib/domain/calendar';

export const REMEDY_KINDS = ['RECONSIDERATION', 'LITIGATION'] as const;
export type RemedyKind = (typeof REMEDY_KINDS)[number];

export const REMEDY_OUTCOMES = ['UPHELD', 'DISMISSED', 'REVOKED', 'VARIED', 'CONFIRMED_ILLEGAL', 'ORDERED_TO_PERFORM', 'SETTLED', 'WITHDRAWN', 'TERMINATED'] as const;
export type RemedyOutcome = (typeof REMEDY_OUTCOMES)[number];

// The answer is due within these days of receiving the copy of the application or the complaint.
export const ANSWER_DAYS = { RECONSIDERATION: 10, LITIGATION: 15 } as const satisfies Record<RemedyKind, number>;
export const ANSWER_CITATIONS = {
  RECONSIDERATION: '《中华人民共和国行政复议法》第四十八条（自收到申请书副本或者申请笔录复印件之日起十日内提出书面答复）',
  LITIGATION: '《中华人民共和国行政诉讼法》第六十七条（自收到起诉状副本之日起十五日内提交答辩状）',
} as const satisfies Record<RemedyKind, string>;
export const HEAD_APPEARANCE_CITATION = '《中华人民共和国行政诉讼法》第三条第三款（被诉行政机关负责人应当出庭应诉）';

// Counted like every period of days: from the day after receipt, a last day falling on a rest day
// moving to the next working day.
export function answerDueOn(kind: RemedyKind, receivedOn: IsoDate, calendar: WorkingCalendar): IsoDate {
  return addCalendarDays({ start: receivedOn, days: ANSWER_DAYS[kind], calendar }).due;
}

// The disclosure annual report's table 四 groups outcomes as 维持 / 纠正 / 其他 / 尚未审结.
export type RemedyGroupResult = 'UPHELD' | 'CORRECTED' | 'OTHER' | 'PENDING';
export function outcomeGroup(outcome: RemedyOutcome | null): RemedyGroupResult {
  if (outcome === null) return 'PENDING';
  if (outcome === 'UPHELD' || outcome === 'DISMISSED') return 'UPHELD';
  if (outcome === 'REVOKED' || outcome === 'VARIED' || outcome === 'CONFIRMED_ILLEGAL' || outcome === 'ORDERED_TO_PERFORM') return 'CORRECTED';
  return 'OTHER';
}

/** A case challenges an information-disclosure decision when it is linked to a request answer or a disclosure. */
export const isAboutDisclosure = (links: { informationRequestId: string | null; disclosureId: string | null }): boolean =>
  links.informationRequestId !== null || links.disclosureId !== null;

export type RemedyFacts = {
  kind: RemedyKind;
  receivedOn: IsoDate;
  links: { enforcementCaseId: string | null; informationRequestId: string | null; disclosureId: string | null };
  answeredOn: IsoDate | null;
  hearingOn: IsoDate | null;
  headAppeared: boolean | null;
  outcome: RemedyOutcome | null;
  concludedOn: IsoDate | null;
  afterReconsideration: boolean;
  today: IsoDate;
};

/** What keeps a register entry from being saved as given (each reason citing its rule). */
export function remedyRecordBlockers(f: RemedyFacts): Blocker[] {
  const blockers: Blocker[] = [];
  const linked = [f.links.enforcementCaseId, f.links.informationRequestId, f.links.disclosureId].filter((id) => id !== null).length;
  if (linked > 1) blockers.push({ code: 'ONE_CHALLENGED_DECISION', message: '被复议（诉讼）的行政行为只能关联一项：执法案件、依申请公开答复或公开信息' });
  for (const [field, label] of [
    ['receivedOn', '收到日期'],
    ['answeredOn', '答复（答辩）日期'],
    ['hearingOn', '开庭日期'],
    ['concludedOn', '审结日期'],
  ] as const) {
    const value = f[field];
    if (value !== null && value > f.today) blockers.push({ code: 'FUTURE_DATE', message: `${label}不能晚于今天` });
  }
  for (const [field, label] of [
    ['answeredOn', '答复（答辩）日期'],
    ['hearingOn', '开庭日期'],
    ['concludedOn', '审结日期'],
  ] as const) {
    const value = f[field];
    if (value !== null && value < f.receivedOn) blockers.push({ code: 'BEFORE_RECEIVED', message: `${label}不能早于收到日期` });
  }
  if (f.kind === 'RECONSIDERATION' && (f.hearingOn !== null || f.headAppeared !== null)) {
    blockers.push({ code: 'NO_COURT_IN_RECONSIDERATION', message: '行政复议不登记开庭与负责人出庭应诉' });
  }
  if (f.kind === 'RECONSIDERATION' && f.afterReconsideration) blockers.push({ code: 'AFTER_RECONSIDERATION_IS_LITIGATION', message: '“复议后起诉”只适用于行政诉讼' });
  if (f.headAppeared !== null && f.hearingOn === null)
    blockers.push({ code: 'APPEARANCE_NEEDS_HEARING', message: '登记负责人是否出庭应诉前，请先填写开庭日期', citation: HEAD_APPEARANCE_CITATION });
  if ((f.outcome === null) !== (f.concludedOn === null)) blockers.push({ code: 'OUTCOME_WITH_DATE', message: '审结结果与审结日期须同时填写' });
  return blockers;
}

/** The answer is late when it was (or, unanswered, is now) past its deadline. */
export function answerLate(f: { answerDueOn: IsoDate; answeredOn: IsoDate | null; today: IsoDate }): boolean {
  return (f.answeredOn ?? f.today) > f.answerDueOn;
}
