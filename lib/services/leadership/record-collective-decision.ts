import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { recordCollectiveDecisionSchema, type RecordCollectiveDecisionInput } from '@/lib/schemas/leadership';
import { parseOrThrow } from '@/lib/validation';
import { refuseFutureDate } from './shared';
import { toDateColumn } from '@/lib/domain/calendar/date-column';

/** A major matter (三重一大) decided collectively: date, attendees, outcome and its publicity. */
export async function recordCollectiveDecision(db: Db, actor: Actor, input: RecordCollectiveDecisionInput, now: Date = new Date()) {
  assertCan(actor, 'leadership.record');
  const data = parseOrThrow(recordCollectiveDecisionSchema, input);
  refuseFutureDate(data.heldOn, now, '会议日期');
  return db.$transaction(async (tx) => {
    const row = await tx.collectiveDecision.create({
      data: { ...data, publicityNote: data.publicised ? data.publicityNote : '', heldOn: toDateColumn(data.heldOn), createdById: actor.id, createdAt: now },
    });
    await recordAudit(tx, { actorId: actor.id, action: 'leadership.recordDecision', entityType: 'CollectiveDecision', entityId: row.id, after: { ...data } });
    return row;
  });
}
