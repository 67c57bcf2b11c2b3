import 'server-only';
import { recordAudit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/guard';
import type { Tx } from '@/lib/db';
import { calendarFromEntries, validateCalendarEntries, type CalendarEntry, type CalendarProblem } from '@/lib/domain/calendar';
import type { Blocker } from '@/lib/domain/blockers';
import { refuseIfBlocked } from '@/lib/rule-error';
import { recomputeOpenDeadlinesByKind } from './recompute-open-deadlines';
import { isoOfDateColumn } from '@/lib/domain/calendar/date-column';

// Steps shared by every change to the Holiday table (upsert, delete, import), all inside the
// change's own transaction.

// Calendar changes queue behind each other, so each one validates and recomputes deadlines on a
// table that includes every change committed before it. Services computing a new due date may
// take the same key in shared mode (pg_advisory_xact_lock_shared) to never use a stale calendar.
export const CALENDAR_LOCK_KEY = 7_301_011;

export async function lockCalendar(tx: Tx): Promise<void> {
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(${CALENDAR_LOCK_KEY}::bigint)::text AS locked`;
}

export async function readCalendarEntries(tx: Tx): Promise<CalendarEntry[]> {
  const rows = await tx.holiday.findMany({ orderBy: { date: 'asc' } });
  return rows.map((row) => ({ date: isoOfDateColumn(row.date), kind: row.kind, name: row.name }));
}

const MAX_LISTED_PROBLEMS = 10;

/** Refuses (naming each date) unless the calendar the change would leave has no errors. */
export function refuseInvalidCalendar(entries: readonly CalendarEntry[]): void {
  const errors = validateCalendarEntries(entries).filter((problem) => problem.severity === 'error');
  refuseIfBlocked(toBlockers(errors));
}

export function toBlockers(problems: readonly (Pick<CalendarProblem, 'message'> & { code?: string })[]): Blocker[] {
  const listed: Blocker[] = problems.slice(0, MAX_LISTED_PROBLEMS).map((problem) => ({ code: problem.code ?? 'CALENDAR_PROBLEM', message: problem.message }));
  if (problems.length > MAX_LISTED_PROBLEMS) {
    listed.push({ code: 'MORE_PROBLEMS', message: `另有${problems.length - MAX_LISTED_PROBLEMS}处问题` });
  }
  return listed;
}

/**
 * After the table was written: recomputes every open deadline on the new calendar and audits how
 * many changed, linked to the change by `entityId` (a date or a year). Returns that count.
 */
export async function recomputeAfterCalendarChange(tx: Tx, actor: Actor, entityId: string): Promise<number> {
  const calendar = calendarFromEntries(await readCalendarEntries(tx));
  const byKind = await recomputeOpenDeadlinesByKind(tx, calendar);
  const changed = Object.values(byKind).reduce((sum, count) => sum + count, 0);
  await recordAudit(tx, {
    actorId: actor.id,
    action: 'holiday.recompute',
    entityType: 'Holiday',
    entityId,
    after: { changed, byKind },
  });
  return changed;
}
