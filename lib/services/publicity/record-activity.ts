import 'server-only';
import type { Db } from '@/lib/db';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import { isoToDbDate } from '@/lib/queries/officers/certificate-facts';
import { recordActivitySchema, type RecordActivityInput } from '@/lib/schemas/publicity';
import { parseOrThrow } from '@/lib/validation';

// One ledger entry: an offline event, an online publication or a festival campaign.
export async function recordPublicityActivity(db: Db, actor: Actor, input: RecordActivityInput) {
  assertCan(actor, 'publicity.manage');
  const data = parseOrThrow(recordActivitySchema, input);
  return db.$transaction(async (tx) => {
    const activity = await tx.publicityActivity.create({ data: { ...data, heldOn: isoToDbDate(data.heldOn) } });
    await recordAudit(tx, { actorId: actor.id, action: 'publicity.recordActivity', entityType: 'PublicityActivity', entityId: activity.id, after: { ...data } });
    return activity;
  });
}
