import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import type { UpsertHolidayInput } from '@/lib/schemas/calendar';
import { lockCalendar, readCalendarEntries, recomputeAfterCalendarChange, refuseInvalidCalendar } from './calendar-change';
import { dateColumn } from './deadlines/types';

export type CalendarChangeResult = { recomputedDeadlines: number };

// Adds a holiday or make-up working day, or changes the kind or name of an existing date; then
// recomputes open deadlines on the new calendar, all in one transaction.
export async function upsertHoliday(db: Db, actor: Actor, input: UpsertHolidayInput): Promise<CalendarChangeResult> {
  assertCan(actor, 'settings.manage');
  const entry = { date: input.date, kind: input.kind, name: input.holidayName };
  return db.$transaction(async (tx) => {
    await lockCalendar(tx);
    const current = await readCalendarEntries(tx);
    const before = current.find((row) => row.date === entry.date);
    refuseInvalidCalendar([...current.filter((row) => row.date !== entry.date), entry]);
    await tx.holiday.upsert({
      where: { date: dateColumn(entry.date) },
      create: { date: dateColumn(entry.date), kind: entry.kind, name: entry.name },
      update: { kind: entry.kind, name: entry.name },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'holiday.upsert',
      entityType: 'Holiday',
      entityId: entry.date,
      ...(before ? { before: { kind: before.kind, name: before.name } } : {}),
      after: { kind: entry.kind, name: entry.name },
    });
    return { recomputedDeadlines: await recomputeAfterCalendarChange(tx, actor, entry.date) };
  });
}
