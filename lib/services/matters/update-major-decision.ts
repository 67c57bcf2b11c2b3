import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { matterEditBlockers, statusAfterEdit } from '@/lib/domain/review/matter-status';
import { refuseIfBlocked } from '@/lib/rule-error';
import type { UpdateMajorDecisionInput } from '@/lib/schemas/legal-affairs';
import { conflict, notFound } from '@/lib/services/review/support';
import { majorDecisionHash, MATTER_ENTITY, matterEditedBy, matterStatus } from '@/lib/queries/matters/matter-record';

/**
 * Revises a decision draft. Not while it is in review; an approved draft whose text changes is a
 * new draft, and its old approval no longer matches its content hash.
 */
export async function updateMajorDecision(db: Db, actor: Actor, input: UpdateMajorDecisionInput) {
  assertCan(actor, 'matters.draft');
  return db.$transaction(async (tx) => {
    const before = await tx.majorAdminDecision.findUnique({ where: { id: input.id } });
    if (!before) notFound();
    const status = matterStatus(before.status);
    refuseIfBlocked(matterEditBlockers(status));
    const beforeHash = majorDecisionHash(before);
    const afterHash = majorDecisionHash(input);
    const nextStatus = statusAfterEdit(status, afterHash !== beforeHash);
    const written = await tx.majorAdminDecision.updateMany({
      where: { id: before.id, status },
      data: { title: input.title, description: input.description, status: nextStatus, ...matterEditedBy(before, actor.id) },
    });
    if (written.count !== 1) conflict();
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'decision.update',
      entityType: MATTER_ENTITY.MAJOR_ADMIN_DECISION,
      entityId: before.id,
      before: { title: before.title, status, contentHash: beforeHash },
      after: { title: input.title, status: nextStatus, contentHash: afterHash },
    });
    return { id: before.id, status: nextStatus, contentHash: afterHash };
  });
}
