import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import type { CalendarEntry } from '@/lib/domain/calendar';
import { parseCalendarCsv } from '@/lib/domain/calendar/parse-calendar-csv';
import { AppError } from '@/lib/errors';
import { chineseDaysHolidayEntries } from '@/lib/holidays/chinese-days-source';
import { messages } from '@/lib/i18n/messages';
import { refuseIfBlocked } from '@/lib/rule-error';
import type { ImportHolidaysInput } from '@/lib/schemas/calendar';
import { lockCalendar, readCalendarEntries, recomputeAfterCalendarChange, refuseInvalidCalendar, toBlockers } from './calendar-change';
import { dateColumn } from './deadlines/types';

export type ImportHolidaysResult = { imported: number; replaced: number; recomputedDeadlines: number };

// Replaces one year's entries (every date in that year) with those from the chinese-days package
// or from pasted CSV lines, after checking the whole resulting calendar; then recomputes open
// deadlines. One transaction: a refused import writes nothing.
export async function importHolidays(db: Db, actor: Actor, input: ImportHolidaysInput): Promise<ImportHolidaysResult> {
  assertCan(actor, 'settings.manage');
  const entries = entriesToImport(input);
  const yearOf = (entry: CalendarEntry) => Number(entry.date.slice(0, 4));
  return db.$transaction(async (tx) => {
    await lockCalendar(tx);
    const current = await readCalendarEntries(tx);
    const replaced = current.filter((row) => yearOf(row) === input.year);
    refuseInvalidCalendar([...current.filter((row) => yearOf(row) !== input.year), ...entries]);
    await tx.holiday.deleteMany({
      where: { date: { gte: dateColumn(`${input.year}-01-01`), lte: dateColumn(`${input.year}-12-31`) } },
    });
    await tx.holiday.createMany({
      data: entries.map((entry) => ({ date: dateColumn(entry.date), kind: entry.kind, name: entry.name })),
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'holiday.import',
      entityType: 'Holiday',
      entityId: String(input.year),
      before: { entries: replaced },
      after: { source: input.source, entries },
    });
    const recomputedDeadlines = await recomputeAfterCalendarChange(tx, actor, String(input.year));
    return { imported: entries.length, replaced: replaced.length, recomputedDeadlines };
  });
}

function entriesToImport(input: ImportHolidaysInput): CalendarEntry[] {
  if (input.source === 'CHINESE_DAYS') {
    const entries = chineseDaysHolidayEntries({ fromYear: input.year, toYear: input.year });
    if (entries.length === 0) {
      throw new AppError({ code: 'RULE_VIOLATION', userMessage: messages.calendar.noPackageData(input.year) });
    }
    return entries;
  }
  const { entries, problems } = parseCalendarCsv(input.csv, input.year);
  refuseIfBlocked(toBlockers(problems.map((problem) => ({ code: 'CSV_LINE', message: problem.message }))));
  if (entries.length === 0) throw new AppError({ code: 'VALIDATION', userMessage: messages.calendar.emptyCsv });
  return entries;
}
