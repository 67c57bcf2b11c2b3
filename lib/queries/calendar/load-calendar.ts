import 'server-only';
import type { Db, Tx } from '@/lib/db';
import { calendarFromEntries, type WorkingCalendar } from '@/lib/domain/calendar';
import { isoOfDateColumn } from '@/lib/domain/calendar/date-column';

// The editable Holiday table as the pure calendar the deadline maths takes.
export async function loadWorkingCalendar(db: Db | Tx): Promise<WorkingCalendar> {
  const rows = await db.holiday.findMany({ orderBy: { date: 'asc' } });
  return calendarFromEntries(rows.map((row) => ({ date: isoOfDateColumn(row.date), kind: row.kind, name: row.name })));
}
