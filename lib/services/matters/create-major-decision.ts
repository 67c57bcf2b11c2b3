import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import type { CreateMajorDecisionInput } from '@/lib/schemas/legal-affairs';
import { majorDecisionHash, MATTER_ENTITY } from '@/lib/queries/matters/matter-record';

/** Drafts a major administrative decision (重大行政决策); it is sent for legal review separately. */
export async function createMajorDecision(db: Db, actor: Actor, input: CreateMajorDecisionInput) {
  assertCan(actor, 'matters.draft');
  return db.$transaction(async (tx) => {
    const decision = await tx.majorAdminDecision.create({
      data: { title: input.title, description: input.description, status: 'DRAFT', createdById: actor.id },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'decision.create',
      entityType: MATTER_ENTITY.MAJOR_ADMIN_DECISION,
      entityId: decision.id,
      after: { title: decision.title, status: decision.status, contentHash: majorDecisionHash(decision) },
    });
    return decision;
  });
}
