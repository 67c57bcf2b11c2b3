import { addDays, assertIsoDate, type IsoDate } from './date-string';
import { classifyDay, type WorkingCalendar } from './working-calendar';

/** How a period is counted: in working days (工作日) or in calendar days (日). */
export type PeriodRule = 'WORKING_DAYS' | 'CALENDAR_DAYS';

/** A rest day passed over while computing a due date. */
export type SkippedDay = {
  readonly date: IsoDate;
  readonly reason: 'WEEKEND' | 'HOLIDAY';
  /** 周末, or the holiday's name (e.g. 春节). */
  readonly label: string;
};

/** A Saturday/Sunday that was counted because it is a make-up working day (调休上班日). */
export type CountedMakeupWorkday = { readonly date: IsoDate; readonly name: string };

/**
 * Everything the UI needs to show how a due date was reached (see `describeDueDate`).
 * For WORKING_DAYS, `skippedDays` are the rest days between the first counted day and the due
 * date. For CALENDAR_DAYS, every day counts; `skippedDays` are only the rest days from
 * `nominalEnd` onwards that pushed the end to the next working day.
 */
export type DueDateExplanation = {
  readonly rule: PeriodRule;
  /** The day of the triggering event (not counted). */
  readonly start: IsoDate;
  readonly days: number;
  /** Always the day after `start`: the law counts from the next day. */
  readonly firstCountedDay: IsoDate;
  /** Where the count itself ends, before any extension past rest days. */
  readonly nominalEnd: IsoDate;
  readonly skippedDays: readonly SkippedDay[];
  readonly countedMakeupWorkdays: readonly CountedMakeupWorkday[];
  readonly due: IsoDate;
};

export type DueDate = { readonly due: IsoDate; readonly explanation: DueDateExplanation };

export type PeriodInput = {
  /** The day of the triggering event (filing, receipt, decision…), `YYYY-MM-DD`. */
  readonly start: IsoDate;
  /** Length of the period; a positive integer. */
  readonly days: number;
  readonly calendar: WorkingCalendar;
};

// A calendar whose rest days never end (e.g. a typo marking a whole year as holiday) must not
// hang a request; no real arrangement has more than a few consecutive rest days.
const MAX_CONSECUTIVE_REST_DAYS = 366;

/**
 * Adds a period of working days (Penalty Law art. 85: short limits are working days).
 * The start day is not counted; counting begins the next day. Weekends and statutory holidays
 * are skipped; make-up working days count even on a Saturday or Sunday. The due date is the day
 * on which the `days`-th working day falls, so it is always a working day.
 *
 * Example: 7 working days from Thu 2024-02-08 → Fri 2024-02-09 (1), 春节 02-10…02-17 skipped,
 * Sun 02-18 make-up day (2), 02-19…02-23 (3–7) → due 2024-02-23.
 *
 * @throws RangeError if `start` is not `YYYY-MM-DD` or `days` is not a positive integer.
 */
export function addWorkingDays({ start, days, calendar }: PeriodInput): DueDate {
  checkInput(start, days);
  const skippedDays: SkippedDay[] = [];
  const countedMakeupWorkdays: CountedMakeupWorkday[] = [];
  let date = start;
  let counted = 0;
  let restRun = 0;
  while (counted < days) {
    date = addDays(date, 1);
    const day = classifyDay(date, calendar);
    if (day.kind === 'WEEKEND' || day.kind === 'HOLIDAY') {
      skippedDays.push(toSkipped(date, day));
      guardRestRun(++restRun, start);
      continue;
    }
    restRun = 0;
    counted += 1;
    if (day.kind === 'MAKEUP_WORKDAY') countedMakeupWorkdays.push({ date, name: day.name });
  }
  const explanation: DueDateExplanation = {
    rule: 'WORKING_DAYS',
    start,
    days,
    firstCountedDay: addDays(start, 1),
    nominalEnd: date,
    skippedDays,
    countedMakeupWorkdays,
    due: date,
  };
  return { due: date, explanation };
}

/**
 * Adds a period of calendar days (e.g. Penalty Law art. 60: decide within 90 days of filing).
 * The start day is not counted, so the nominal last day is `start + days`. If that day is a
 * weekend or statutory holiday (and not a make-up working day), the period ends on the first
 * working day after it.
 *
 * Example: 90 days from 2024-07-03 → nominal end 2024-10-01 (国庆节) → due 2024-10-08.
 *
 * @throws RangeError if `start` is not `YYYY-MM-DD` or `days` is not a positive integer.
 */
export function addCalendarDays({ start, days, calendar }: PeriodInput): DueDate {
  checkInput(start, days);
  const nominalEnd = addDays(start, days);
  const skippedDays: SkippedDay[] = [];
  let date = nominalEnd;
  let day = classifyDay(date, calendar);
  while (day.kind === 'WEEKEND' || day.kind === 'HOLIDAY') {
    skippedDays.push(toSkipped(date, day));
    guardRestRun(skippedDays.length, start);
    date = addDays(date, 1);
    day = classifyDay(date, calendar);
  }
  const explanation: DueDateExplanation = {
    rule: 'CALENDAR_DAYS',
    start,
    days,
    firstCountedDay: addDays(start, 1),
    nominalEnd,
    skippedDays,
    // Only the last day matters here; name it when it is a make-up day, as that is why it holds.
    countedMakeupWorkdays: day.kind === 'MAKEUP_WORKDAY' ? [{ date, name: day.name }] : [],
    due: date,
  };
  return { due: date, explanation };
}

function checkInput(start: IsoDate, days: number): void {
  assertIsoDate(start, 'start');
  if (!Number.isInteger(days) || days < 1) {
    throw new RangeError(`days must be a positive integer, got ${days}`);
  }
}

function toSkipped(date: IsoDate, day: { readonly kind: 'WEEKEND' } | { readonly kind: 'HOLIDAY'; readonly name: string }): SkippedDay {
  return day.kind === 'HOLIDAY' ? { date, reason: 'HOLIDAY', label: day.name } : { date, reason: 'WEEKEND', label: '周末' };
}

function guardRestRun(length: number, start: IsoDate): void {
  if (length > MAX_CONSECUTIVE_REST_DAYS) {
    throw new RangeError(`no working day within ${MAX_CONSECUTIVE_REST_DAYS} days after ${start}: check the calendar`);
  }
}
