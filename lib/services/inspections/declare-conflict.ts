import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { messages } from '@/lib/i18n/messages';
import type { DeclareConflictInput } from '@/lib/schemas/inspections';
import { notFound } from './shared';

// Records an officer's declared conflict of interest with an entity (回避): from then on the
// officer is never drawn for it and cannot be named on its inspections.
export async function declareConflict(db: Db, actor: Actor, input: DeclareConflictInput, now: Date = new Date()) {
  assertCan(actor, 'inspection.record');
  const t = messages.inspections.errors;
  try {
    return await db.$transaction(async (tx) => {
      const [entity, officer] = await Promise.all([
        tx.supervisedEntity.findUnique({ where: { id: input.entityId }, select: { id: true } }),
        tx.officer.findUnique({ where: { id: input.officerId }, select: { id: true, name: true } }),
      ]);
      if (!entity) notFound(t.entityNotFound);
      if (!officer) notFound(t.officerNotFound);
      const row = await tx.officerConflict.create({
        data: { officerId: input.officerId, entityId: input.entityId, reason: input.conflictReason, createdAt: now },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'inspection.declareConflict',
        entityType: 'SupervisedEntity',
        entityId: input.entityId,
        after: { officerId: officer.id, officerName: officer.name, reason: input.conflictReason },
      });
      return row;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError({ code: 'CONFLICT', userMessage: t.conflictExists, fieldErrors: { officerId: [t.conflictExists] } });
    }
    throw error;
  }
}
