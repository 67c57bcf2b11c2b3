import {
  addWorkingDays,
  deadlineStatus,
  describeDueDate,
  isIsoDate,
  type DeadlineStatus,
  type DueDate,
  type DueDateExplanation,
  type IsoDate,
  type WorkingCalendar,
} from '@/lib/domain/calendar';

// A round is due `workingDays` working days after the (Asia/Shanghai) day it was submitted, plus
// its one extension. Extending by N from the due date (always a working day) lands on the same day
// as counting workingDays + N from submission, so LegalReview.dueExplanation stores one period from
// the submission day; that is also what lib/services/calendar recomputes when holidays change.

// A pending review is flagged "due soon" when at most this many working days remain.
export const REVIEW_DUE_SOON_WORKING_DAYS = 2;

export function reviewDueDate(input: { submittedOn: IsoDate; workingDays: number; extendedDays?: number; calendar: WorkingCalendar }): DueDate {
  return addWorkingDays({ start: input.submittedOn, days: input.workingDays + (input.extendedDays ?? 0), calendar: input.calendar });
}

/** The one extension: the stored period, `extensionDays` working days longer. */
export function extendReviewDue(input: { explanation: DueDateExplanation; extensionDays: number; calendar: WorkingCalendar }): DueDate {
  return addWorkingDays({ start: input.explanation.start, days: input.explanation.days + input.extensionDays, calendar: input.calendar });
}

/** How the due date was computed, naming the extension when there was one. */
export function describeReviewDue(explanation: DueDateExplanation, extendedDays: number): string {
  const sentence = describeDueDate(explanation);
  return extendedDays > 0 ? `${sentence}（含延长的${extendedDays}个工作日）` : sentence;
}

export function reviewDeadlineStatus(input: { due: IsoDate; today: IsoDate; calendar: WorkingCalendar }): DeadlineStatus {
  return deadlineStatus({ ...input, warnWithinWorkingDays: REVIEW_DUE_SOON_WORKING_DAYS });
}

/** Reads the stored JSON back; null when it is not a due-date explanation (never trust a JSON column). */
export function parseDueExplanation(value: unknown): DueDateExplanation | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { rule, start, days, due, firstCountedDay, nominalEnd, skippedDays, countedMakeupWorkdays } = value as Record<string, unknown>;
  const valid =
    (rule === 'WORKING_DAYS' || rule === 'CALENDAR_DAYS') &&
    [start, due, firstCountedDay, nominalEnd].every((d) => typeof d === 'string' && isIsoDate(d)) &&
    typeof days === 'number' &&
    Array.isArray(skippedDays) &&
    Array.isArray(countedMakeupWorkdays);
  return valid ? (value as DueDateExplanation) : null;
}
