import { addDays, assertIsoDate, type IsoDate } from './date-string';
import { isWorkingDay, type WorkingCalendar } from './working-calendar';

export type WorkingDaysBetweenInput = {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly calendar: WorkingCalendar;
};

/**
 * Counts working days after `from` up to and including `to` — the same "next day" rule as
 * `addWorkingDays`, so `workingDaysBetween({ from: s, to: addWorkingDays({ start: s, days: n }).due })`
 * is `n`.
 *
 * - `from === to` → 0.
 * - `to` before `from` → the negated count of working days after `to` up to and including
 *   `from`, so swapping the arguments flips the sign.
 * - Two different days can still give 0 when only rest days lie in between (e.g. Fri → Sun).
 *
 * Runs in time proportional to the span; meant for deadlines, not for decades.
 * @throws RangeError if either date is not `YYYY-MM-DD`.
 */
export function workingDaysBetween({ from, to, calendar }: WorkingDaysBetweenInput): number {
  assertIsoDate(from, 'from');
  assertIsoDate(to, 'to');
  if (from === to) return 0;
  const sign = from < to ? 1 : -1;
  const earlier = sign === 1 ? from : to;
  const later = sign === 1 ? to : from;
  let count = 0;
  for (let date = addDays(earlier, 1); date <= later; date = addDays(date, 1)) {
    if (isWorkingDay(date, calendar)) count += 1;
  }
  // `|| 0` turns -0 (a reversed span of rest days only) into 0, which Object.is and toEqual tell apart.
  return sign === 1 ? count : -count || 0;
}

export type DeadlineState = 'ok' | 'due-soon' | 'overdue';

export type DeadlineStatus = {
  readonly status: DeadlineState;
  /**
   * `workingDaysBetween({ from: today, to: due })`: working days left after today, the due day
   * included (0 on the due day). When overdue it is ≤ 0: minus the working days that have passed
   * after the due date, today included — 0 if only rest days have passed so far.
   */
  readonly remainingWorkingDays: number;
};

export type DeadlineStatusInput = {
  readonly due: IsoDate;
  /** The bureau's current date; callers pass it (e.g. `toShanghaiDate(now)`), the domain never reads the clock. */
  readonly today: IsoDate;
  readonly calendar: WorkingCalendar;
  /** `due-soon` when at most this many working days remain (0 = only on the due day itself). */
  readonly warnWithinWorkingDays: number;
};

/**
 * Traffic light for an open deadline.
 * - `overdue`: `today` is after `due` (decided by date, so a weekend right after the due date is
 *   already overdue even though no working day has passed).
 * - `due-soon`: not overdue and `remainingWorkingDays <= warnWithinWorkingDays`; the due day itself
 *   is always due-soon.
 * - `ok`: otherwise.
 * @throws RangeError if a date is malformed or `warnWithinWorkingDays` is not a non-negative integer.
 */
export function deadlineStatus({ due, today, calendar, warnWithinWorkingDays }: DeadlineStatusInput): DeadlineStatus {
  if (!Number.isInteger(warnWithinWorkingDays) || warnWithinWorkingDays < 0) {
    throw new RangeError(`warnWithinWorkingDays must be a non-negative integer, got ${warnWithinWorkingDays}`);
  }
  const remainingWorkingDays = workingDaysBetween({ from: today, to: due, calendar });
  if (today > due) return { status: 'overdue', remainingWorkingDays };
  if (remainingWorkingDays <= warnWithinWorkingDays) return { status: 'due-soon', remainingWorkingDays };
  return { status: 'ok', remainingWorkingDays };
}
