import { isIsoDate, isWeekend, type IsoDate } from './date-string';

/**
 * The holiday calendar deadlines are computed on. At run time it is built from the admin-editable
 * Holiday table, because the State Council publishes each year's arrangement only months ahead.
 */
export type WorkingCalendar = {
  /** Statutory days off (放假日), date → holiday name (e.g. 春节). May fall on a weekend. */
  readonly holidays: ReadonlyMap<IsoDate, string>;
  /** Make-up working days (调休上班日), date → the holiday they belong to. Usually Sat/Sun. */
  readonly makeupWorkdays: ReadonlyMap<IsoDate, string>;
};

export type CalendarEntryKind = 'HOLIDAY' | 'MAKEUP_WORKDAY';

/** One row of the holiday table: the shape imported, seeded and edited by the admin. */
export type CalendarEntry = {
  readonly date: IsoDate;
  readonly kind: CalendarEntryKind;
  readonly name: string;
};

/** Why a day is or is not a working day; the explanation of a due date is built from these. */
export type DayKind =
  { readonly kind: 'WORKDAY' } | { readonly kind: 'MAKEUP_WORKDAY'; readonly name: string } | { readonly kind: 'HOLIDAY'; readonly name: string } | { readonly kind: 'WEEKEND' };

export const EMPTY_CALENDAR: WorkingCalendar = { holidays: new Map(), makeupWorkdays: new Map() };

/**
 * Classifies `date`. A make-up working day wins over everything (it exists to turn a weekend
 * into a working day); a holiday wins over the weekend, so a Saturday inside the Spring Festival
 * break is reported as 春节 rather than 周末.
 */
export function classifyDay(date: IsoDate, calendar: WorkingCalendar): DayKind {
  const makeup = calendar.makeupWorkdays.get(date);
  if (makeup !== undefined) return { kind: 'MAKEUP_WORKDAY', name: makeup };
  const holiday = calendar.holidays.get(date);
  if (holiday !== undefined) return { kind: 'HOLIDAY', name: holiday };
  return isWeekend(date) ? { kind: 'WEEKEND' } : { kind: 'WORKDAY' };
}

/**
 * Whether the bureau works on `date`: a Monday–Friday that is not a statutory holiday, or any
 * make-up working day (调休上班日). A date wrongly listed as both counts as a working day;
 * `validateCalendar` reports it. Throws a RangeError if `date` is not `YYYY-MM-DD`.
 */
export function isWorkingDay(date: IsoDate, calendar: WorkingCalendar): boolean {
  const { kind } = classifyDay(date, calendar);
  return kind === 'WORKDAY' || kind === 'MAKEUP_WORKDAY';
}

/** Builds a calendar from table rows. On a repeated date of the same kind the later row wins. */
export function calendarFromEntries(entries: readonly CalendarEntry[]): WorkingCalendar {
  const holidays = new Map<IsoDate, string>();
  const makeupWorkdays = new Map<IsoDate, string>();
  for (const entry of entries) {
    (entry.kind === 'HOLIDAY' ? holidays : makeupWorkdays).set(entry.date, entry.name);
  }
  return { holidays, makeupWorkdays };
}

export type CalendarProblemCode = 'INVALID_DATE' | 'HOLIDAY_AND_MAKEUP_WORKDAY' | 'DUPLICATE_DATE' | 'MISSING_NAME' | 'MAKEUP_WORKDAY_ON_WEEKDAY';

export type CalendarProblem = {
  readonly code: CalendarProblemCode;
  /** `error` makes deadlines wrong or ambiguous; `warning` is legal but probably a typo. */
  readonly severity: 'error' | 'warning';
  readonly date: string;
  /** User-facing, Simplified Chinese. */
  readonly message: string;
};

/**
 * Lists what is wrong with a calendar (empty when it is consistent): malformed dates, a date that
 * is both a holiday and a make-up working day, a blank name (errors), and a make-up working day
 * on a Monday–Friday, which changes nothing and is most likely a mistyped date (warning).
 * Problems are ordered by date.
 */
export function validateCalendar(calendar: WorkingCalendar): CalendarProblem[] {
  const problems: CalendarProblem[] = [];
  const check = (date: string, name: string, kind: CalendarEntryKind): void => {
    if (!isIsoDate(date)) {
      problems.push({ code: 'INVALID_DATE', severity: 'error', date, message: `“${date}”不是有效日期（应为YYYY-MM-DD）` });
      return;
    }
    if (name.trim() === '') {
      problems.push({ code: 'MISSING_NAME', severity: 'error', date, message: `${date}缺少节日名称` });
    }
    if (kind === 'MAKEUP_WORKDAY' && !isWeekend(date)) {
      problems.push({
        code: 'MAKEUP_WORKDAY_ON_WEEKDAY',
        severity: 'warning',
        date,
        message: `${date}是周一至周五，设为调休上班日不起作用`,
      });
    }
  };
  for (const [date, name] of calendar.holidays) {
    check(date, name, 'HOLIDAY');
    if (calendar.makeupWorkdays.has(date)) {
      problems.push({
        code: 'HOLIDAY_AND_MAKEUP_WORKDAY',
        severity: 'error',
        date,
        message: `${date}不能既是放假日又是调休上班日`,
      });
    }
  }
  for (const [date, name] of calendar.makeupWorkdays) check(date, name, 'MAKEUP_WORKDAY');
  return sortByDate(problems);
}

/**
 * Like `validateCalendar`, for table rows before they are turned into a calendar (e.g. an admin
 * import), so a date listed twice is reported instead of silently overwritten.
 */
export function validateCalendarEntries(entries: readonly CalendarEntry[]): CalendarProblem[] {
  const seen = new Map<string, CalendarEntryKind>();
  const duplicates: CalendarProblem[] = [];
  for (const { date, kind } of entries) {
    const previous = seen.get(date);
    // A holiday/make-up clash is reported by validateCalendar; only same-kind repeats are new here.
    if (previous === kind) {
      duplicates.push({ code: 'DUPLICATE_DATE', severity: 'error', date, message: `${date}重复录入` });
    }
    seen.set(date, kind);
  }
  return sortByDate([...duplicates, ...validateCalendar(calendarFromEntries(entries))]);
}

function sortByDate(problems: CalendarProblem[]): CalendarProblem[] {
  return problems.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
