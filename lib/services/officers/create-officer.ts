import 'server-only';
import type { Db } from '@/lib/db';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import { AppError } from '@/lib/errors';
import { createOfficerSchema, type CreateOfficerInput } from '@/lib/schemas/officers';
import { parseOrThrow } from '@/lib/validation';
import { syncOfficerPeriods } from './officer-periods';
import { assertUserLinkable, isUniqueViolation } from './officer-user-link';

export async function createOfficer(db: Db, actor: Actor, input: CreateOfficerInput, now: Date = new Date()) {
  assertCan(actor, 'officers.manage');
  const data = parseOrThrow(createOfficerSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      await assertUserLinkable(tx, data.userId);
      const officer = await tx.officer.create({ data });
      await syncOfficerPeriods(tx, officer.id, null, officer, now);
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'officer.create',
        entityType: 'Officer',
        entityId: officer.id,
        after: { ...data },
      });
      return officer;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError({ code: 'CONFLICT', userMessage: '该用户已关联其他执法人员。', fieldErrors: { userId: ['该用户已关联其他执法人员'] } });
    }
    throw error;
  }
}
