import 'server-only';
import type { Db } from '@/lib/db';
import { isoOfDateColumn } from '@/lib/domain/calendar/date-column';
import { calendarFromEntries, validateCalendarEntries, type CalendarEntry, type CalendarProblem, type WorkingCalendar } from '@/lib/domain/calendar';

export type HolidayYear = {
  year: number;
  // That year's rows, by date.
  entries: CalendarEntry[];
  // What the calendar check says about that year's rows (warnings such as a make-up day on a weekday).
  problems: CalendarProblem[];
  // The whole table as the deadline maths uses it (a period may cross into the next year).
  calendar: WorkingCalendar;
};

// The admin holiday page: one year's entries, and the full calendar for the due-date calculator.
export async function loadHolidayYear(db: Db, year: number): Promise<HolidayYear> {
  const rows = await db.holiday.findMany({ orderBy: { date: 'asc' } });
  const all: CalendarEntry[] = rows.map((row) => ({ date: isoOfDateColumn(row.date), kind: row.kind, name: row.name }));
  const inYear = (date: string) => date.startsWith(`${year}-`);
  return {
    year,
    entries: all.filter((entry) => inYear(entry.date)),
    problems: validateCalendarEntries(all).filter((problem) => inYear(problem.date)),
    calendar: calendarFromEntries(all),
  };
}
