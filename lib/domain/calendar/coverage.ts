import { addDays, type IsoDate } from './date-string';
import type { WorkingCalendar } from './working-calendar';

// Which years' holiday arrangements are loaded. The State Council publishes each year's
// arrangement only months ahead; a due date computed across a year that has none counts every
// weekday as a working day and may be wrong, so it is provisional (暂定), never 正常.

/** Years with at least one statutory holiday in the calendar (a year with only make-up days is not loaded). */
export function loadedHolidayYears(calendar: WorkingCalendar): ReadonlySet<number> {
  const years = new Set<number>();
  for (const date of calendar.holidays.keys()) years.add(Number(date.slice(0, 4)));
  return years;
}

/** Whether a period from `start` (or only `due` when no start) to `due` crosses a year not loaded. */
export function isProvisionalDue(input: { start?: IsoDate | null; due: IsoDate; loadedYears: ReadonlySet<number> }): boolean {
  const to = Number(input.due.slice(0, 4));
  const from = Math.min(to, input.start ? Number(input.start.slice(0, 4)) : to);
  for (let year = from; year <= to; year += 1) if (!input.loadedYears.has(year)) return true;
  return false;
}

/** From this day of the year on, the admin is reminded to load next year's holidays. */
export const NEXT_YEAR_REMINDER_FROM = '11-01';

export type MissingCalendarYear = { readonly year: number; readonly due: IsoDate; readonly overdue: boolean };

/**
 * The years the admin must load: this year when missing (overdue), and next year from 1 November
 * (due by 31 December, before the year turns).
 */
export function missingCalendarYears(input: { today: IsoDate; loadedYears: ReadonlySet<number> }): MissingCalendarYear[] {
  const year = Number(input.today.slice(0, 4));
  const missing: MissingCalendarYear[] = [];
  if (!input.loadedYears.has(year)) missing.push({ year, due: addDays(`${year}-01-01`, -1), overdue: true });
  if (input.today.slice(5) >= NEXT_YEAR_REMINDER_FROM && !input.loadedYears.has(year + 1)) {
    missing.push({ year: year + 1, due: `${year}-12-31`, overdue: false });
  }
  return missing;
}
