import 'server-only';
import type { Db } from '@/lib/db';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import { deleteActivitySchema, type DeleteActivityInput } from '@/lib/schemas/publicity';
import { parseOrThrow } from '@/lib/validation';
import { isoOfDateColumn } from '@/lib/domain/calendar/date-column';

// Removes a mistaken ledger entry; the audit row keeps what it said.
export async function deletePublicityActivity(db: Db, actor: Actor, input: DeleteActivityInput) {
  assertCan(actor, 'publicity.manage');
  const { activityId } = parseOrThrow(deleteActivitySchema, input);
  return db.$transaction(async (tx) => {
    const row = await tx.publicityActivity.findUnique({ where: { id: activityId } });
    if (!row) throw new AppError({ code: 'NOT_FOUND', userMessage: messages.errors.notFound });
    const { count } = await tx.publicityActivity.deleteMany({ where: { id: activityId } });
    if (count !== 1) throw new AppError({ code: 'CONFLICT', userMessage: messages.errors.conflict });
    const { id: _id, createdAt: _createdAt, heldOn, ...rest } = row;
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'publicity.deleteActivity',
      entityType: 'PublicityActivity',
      entityId: activityId,
      before: { ...rest, heldOn: isoOfDateColumn(heldOn) },
    });
  });
}
