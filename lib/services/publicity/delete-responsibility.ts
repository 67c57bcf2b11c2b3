import 'server-only';
import type { Db } from '@/lib/db';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import { deleteResponsibilitySchema, type DeleteResponsibilityInput } from '@/lib/schemas/publicity';
import { parseOrThrow } from '@/lib/validation';
import { isoOfDateColumn } from '@/lib/domain/calendar/date-column';

export async function deleteResponsibility(db: Db, actor: Actor, input: DeleteResponsibilityInput) {
  assertCan(actor, 'publicity.manage');
  const { responsibilityId } = parseOrThrow(deleteResponsibilitySchema, input);
  return db.$transaction(async (tx) => {
    const row = await tx.publicityResponsibility.findUnique({ where: { id: responsibilityId } });
    if (!row) throw new AppError({ code: 'NOT_FOUND', userMessage: messages.errors.notFound });
    const { count } = await tx.publicityResponsibility.deleteMany({ where: { id: responsibilityId } });
    if (count !== 1) throw new AppError({ code: 'CONFLICT', userMessage: messages.errors.conflict });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'publicity.deleteResponsibility',
      entityType: 'PublicityResponsibility',
      entityId: responsibilityId,
      before: { year: row.year, unit: row.unit, laws: row.laws, audience: row.audience, dueOn: isoOfDateColumn(row.dueOn) },
    });
  });
}
