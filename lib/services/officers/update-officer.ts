import 'server-only';
import type { Db } from '@/lib/db';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import { updateOfficerSchema, type UpdateOfficerInput } from '@/lib/schemas/officers';
import { parseOrThrow } from '@/lib/validation';
import { syncOfficerPeriods } from './officer-periods';
import { assertUserLinkable, isUniqueViolation } from './officer-user-link';

const fields = { name: true, unit: true, isLegalStaff: true, legalQualificationNo: true, userId: true, active: true } as const;

// Deactivating an officer (active = false) removes them from every assignable list at once; the
// dated periods keep what held before (past years' figures read those).
export async function updateOfficer(db: Db, actor: Actor, input: UpdateOfficerInput, now: Date = new Date()) {
  assertCan(actor, 'officers.manage');
  const { officerId, ...data } = parseOrThrow(updateOfficerSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.officer.findUnique({ where: { id: officerId }, select: fields });
      if (!before) throw new AppError({ code: 'NOT_FOUND', userMessage: messages.errors.notFound });
      await assertUserLinkable(tx, data.userId, officerId);
      const officer = await tx.officer.update({ where: { id: officerId }, data, select: { id: true, ...fields } });
      await syncOfficerPeriods(tx, officerId, before, officer, now);
      const { id: _id, ...after } = officer;
      await recordAudit(tx, { actorId: actor.id, action: 'officer.update', entityType: 'Officer', entityId: officerId, before, after });
      return officer;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError({ code: 'CONFLICT', userMessage: '该用户已关联其他执法人员。', fieldErrors: { userId: ['该用户已关联其他执法人员'] } });
    }
    throw error;
  }
}
