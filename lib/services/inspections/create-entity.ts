import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import type { CreateEntityInput } from '@/lib/schemas/inspections';
import { refuseFutureDates } from './shared';
import { toDateColumn } from '@/lib/domain/calendar/date-column';

// Registers a supervised entity (监管对象): an elderly-care institution, social organisation or
// funeral business.
export async function createSupervisedEntity(db: Db, actor: Actor, input: CreateEntityInput, now: Date = new Date()) {
  assertCan(actor, 'inspection.record');
  refuseFutureDates({ registeredOn: input.registeredOn, filedOn: input.filedOn }, now);
  return db.$transaction(async (tx) => {
    const entity = await tx.supervisedEntity.create({
      data: {
        kind: input.entityKind,
        name: input.entityName,
        address: input.address,
        licenceNo: input.licenceNo ?? null,
        registeredOn: input.registeredOn ? toDateColumn(input.registeredOn) : null,
        filedOn: input.filedOn ? toDateColumn(input.filedOn) : null,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'inspection.createEntity',
      entityType: 'SupervisedEntity',
      entityId: entity.id,
      after: {
        entityKind: input.entityKind,
        entityName: input.entityName,
        address: input.address,
        licenceNo: input.licenceNo ?? null,
        registeredOn: input.registeredOn ?? null,
        filedOn: input.filedOn ?? null,
      },
    });
    return entity;
  });
}
