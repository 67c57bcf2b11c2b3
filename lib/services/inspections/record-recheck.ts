import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { addWorkingDays, toShanghaiDate } from '@/lib/domain/calendar';
import { recheckBlockers, statusAfterRecheck } from '@/lib/domain/inspections';
import { messages } from '@/lib/i18n/messages';
import { loadWorkingCalendar } from '@/lib/queries/calendar/load-calendar';
import { isoDayOrNull } from '@/lib/queries/inspections/shared';
import { readSetting } from '@/lib/queries/settings/read-setting';
import { refuseIfBlocked } from '@/lib/rule-error';
import type { RecordRecheckInput } from '@/lib/schemas/inspections';
import { conflict, notFound } from './shared';
import { isoOfDateColumn, toDateColumn } from '@/lib/domain/calendar/date-column';

/**
 * Records a re-check (回头看) of a responded order. Passed → CLOSED (the only way an order closes).
 * Failed → RECHECK_FAILED with a new period to rectify from the re-check day; the entity must
 * respond again.
 */
export async function recordRecheck(db: Db, actor: Actor, input: RecordRecheckInput, now: Date = new Date()) {
  assertCan(actor, 'inspection.record');
  return db.$transaction(async (tx) => {
    const before = await tx.rectification.findUnique({ where: { id: input.rectificationId } });
    if (!before) notFound(messages.inspections.errors.rectificationNotFound);
    refuseIfBlocked(
      recheckBlockers({
        status: before.status,
        checkedOn: input.checkedOn,
        respondedOn: before.respondedAt === null ? null : toShanghaiDate(before.respondedAt),
        today: toShanghaiDate(now),
      }),
    );
    const status = statusAfterRecheck(input.passed);
    let dueOn = isoOfDateColumn(before.dueOn);
    if (!input.passed) {
      const days = await readSetting(tx, 'inspection.rectificationWorkingDays');
      dueOn = addWorkingDays({ start: input.checkedOn, days, calendar: await loadWorkingCalendar(tx) }).due;
    }
    const { count } = await tx.rectification.updateMany({
      where: { id: before.id, status: 'RESPONDED' },
      data: input.passed ? { status, closedAt: now } : { status, dueOn: toDateColumn(dueOn), recheckDueOn: null },
    });
    if (count !== 1) conflict();
    const recheck = await tx.recheck.create({
      data: { rectificationId: before.id, checkedOn: toDateColumn(input.checkedOn), passed: input.passed, note: input.recheckNote },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'rectification.recheck',
      entityType: 'Rectification',
      entityId: before.id,
      before: { status: before.status, dueOn: isoOfDateColumn(before.dueOn), recheckDueOn: isoDayOrNull(before.recheckDueOn) },
      after: {
        status,
        recheckId: recheck.id,
        checkedOn: input.checkedOn,
        passed: input.passed,
        note: input.recheckNote,
        ...(input.passed ? {} : { dueOn }),
      },
    });
    return { id: before.id, status, dueOn };
  });
}
