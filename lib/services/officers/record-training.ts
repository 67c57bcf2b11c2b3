import 'server-only';
import type { Db } from '@/lib/db';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import { AppError } from '@/lib/errors';
import { isoToDbDate } from '@/lib/queries/officers/certificate-facts';
import { recordTrainingSchema, type RecordTrainingInput } from '@/lib/schemas/officers';
import { parseOrThrow } from '@/lib/validation';

// A training session with the officers who attended it.
export async function recordTraining(db: Db, actor: Actor, input: RecordTrainingInput) {
  assertCan(actor, 'officers.manage');
  const { officerIds, heldOn, ...data } = parseOrThrow(recordTrainingSchema, input);
  const attendees = [...new Set(officerIds)];
  return db.$transaction(async (tx) => {
    const found = await tx.officer.count({ where: { id: { in: attendees } } });
    if (found !== attendees.length) {
      throw new AppError({ code: 'VALIDATION', userMessage: '所选参训人员不存在。', fieldErrors: { officerIds: ['所选参训人员不存在'] } });
    }
    const training = await tx.training.create({
      data: { ...data, heldOn: isoToDbDate(heldOn), attendances: { create: attendees.map((officerId) => ({ officerId, attended: true })) } },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'training.record',
      entityType: 'Training',
      entityId: training.id,
      after: { ...data, heldOn, officerIds: attendees },
    });
    return training;
  });
}
