import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { addWorkingDays, toShanghaiDate } from '@/lib/domain/calendar';
import { RECHECK_WORKING_DAYS, respondBlockers } from '@/lib/domain/inspections';
import { messages } from '@/lib/i18n/messages';
import { loadWorkingCalendar } from '@/lib/queries/calendar/load-calendar';
import { refuseIfBlocked } from '@/lib/rule-error';
import type { RecordResponseInput } from '@/lib/schemas/inspections';
import { conflict, notFound } from './shared';
import { isoOfDateColumn, toDateColumn } from '@/lib/domain/calendar/date-column';

/**
 * Records the entity's report of what it rectified (整改反馈), received today, and schedules the
 * re-check (回头看) RECHECK_WORKING_DAYS working days later.
 */
export async function recordRectificationResponse(db: Db, actor: Actor, input: RecordResponseInput, now: Date = new Date()) {
  assertCan(actor, 'inspection.record');
  const today = toShanghaiDate(now);
  return db.$transaction(async (tx) => {
    const before = await tx.rectification.findUnique({ where: { id: input.rectificationId } });
    if (!before) notFound(messages.inspections.errors.rectificationNotFound);
    refuseIfBlocked(respondBlockers(before.status));
    const calendar = await loadWorkingCalendar(tx);
    const recheckDueOn = addWorkingDays({ start: today, days: RECHECK_WORKING_DAYS, calendar }).due;
    const { count } = await tx.rectification.updateMany({
      where: { id: before.id, status: before.status },
      data: { status: 'RESPONDED', response: input.response, respondedAt: now, recheckDueOn: toDateColumn(recheckDueOn) },
    });
    if (count !== 1) conflict();
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'rectification.respond',
      entityType: 'Rectification',
      entityId: before.id,
      before: { status: before.status, response: before.response, dueOn: isoOfDateColumn(before.dueOn) },
      after: { status: 'RESPONDED', response: input.response, respondedOn: today, recheckDueOn },
    });
    return { id: before.id, recheckDueOn };
  });
}
