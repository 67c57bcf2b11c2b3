import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { recordLeadershipActivitySchema, type RecordLeadershipActivityInput } from '@/lib/schemas/leadership';
import { parseOrThrow } from '@/lib/validation';
import { refuseFutureDate } from './shared';
import { toDateColumn } from '@/lib/domain/calendar/date-column';

/** A meeting that heard a rule-of-law work report, a study session, or a year-end 述法. */
export async function recordLeadershipActivity(db: Db, actor: Actor, input: RecordLeadershipActivityInput, now: Date = new Date()) {
  assertCan(actor, 'leadership.record');
  const data = parseOrThrow(recordLeadershipActivitySchema, input);
  refuseFutureDate(data.heldOn, now, '日期');
  return db.$transaction(async (tx) => {
    const row = await tx.leadershipActivity.create({ data: { ...data, heldOn: toDateColumn(data.heldOn), createdById: actor.id, createdAt: now } });
    await recordAudit(tx, { actorId: actor.id, action: 'leadership.recordActivity', entityType: 'LeadershipActivity', entityId: row.id, after: { ...data } });
    return row;
  });
}
