import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import type { DeleteHolidayInput } from '@/lib/schemas/calendar';
import { lockCalendar, readCalendarEntries, recomputeAfterCalendarChange, refuseInvalidCalendar } from './calendar-change';
import { dateColumn } from './deadlines/types';
import type { CalendarChangeResult } from './upsert-holiday';

// Removes one date from the calendar (it becomes an ordinary weekday or weekend day again).
export async function deleteHoliday(db: Db, actor: Actor, input: DeleteHolidayInput): Promise<CalendarChangeResult> {
  assertCan(actor, 'settings.manage');
  return db.$transaction(async (tx) => {
    await lockCalendar(tx);
    const current = await readCalendarEntries(tx);
    const before = current.find((row) => row.date === input.date);
    if (!before) throw new AppError({ code: 'NOT_FOUND', userMessage: messages.calendar.entryNotFound(input.date) });
    refuseInvalidCalendar(current.filter((row) => row.date !== input.date));
    await tx.holiday.delete({ where: { date: dateColumn(input.date) } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'holiday.delete',
      entityType: 'Holiday',
      entityId: input.date,
      before: { kind: before.kind, name: before.name },
    });
    return { recomputedDeadlines: await recomputeAfterCalendarChange(tx, actor, input.date) };
  });
}
