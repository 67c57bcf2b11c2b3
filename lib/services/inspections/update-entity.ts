import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar/date-string';
import { messages } from '@/lib/i18n/messages';
import { isoDayOrNull } from '@/lib/queries/inspections/shared';
import type { UpdateEntityInput } from '@/lib/schemas/inspections';
import { notFound, refuseFutureDates } from './shared';
import { toDateColumn } from '@/lib/domain/calendar/date-column';

type EntityRow = {
  kind: string;
  name: string;
  address: string;
  licenceNo: string | null;
  registeredOn: Date | null;
  filedOn: Date | null;
  active: boolean;
  closedOn: Date | null;
};

const snapshot = (row: EntityRow) => ({
  entityKind: row.kind,
  entityName: row.name,
  address: row.address,
  licenceNo: row.licenceNo,
  registeredOn: isoDayOrNull(row.registeredOn),
  filedOn: isoDayOrNull(row.filedOn),
  active: row.active,
  closedOn: isoDayOrNull(row.closedOn),
});

export async function updateSupervisedEntity(db: Db, actor: Actor, input: UpdateEntityInput, now: Date = new Date()) {
  assertCan(actor, 'inspection.record');
  refuseFutureDates({ registeredOn: input.registeredOn, filedOn: input.filedOn }, now);
  return db.$transaction(async (tx) => {
    const before = await tx.supervisedEntity.findUnique({ where: { id: input.entityId } });
    if (!before) notFound(messages.inspections.errors.entityNotFound);
    const entity = await tx.supervisedEntity.update({
      where: { id: input.entityId },
      data: {
        kind: input.entityKind,
        name: input.entityName,
        address: input.address,
        licenceNo: input.licenceNo ?? null,
        registeredOn: input.registeredOn ? toDateColumn(input.registeredOn) : null,
        filedOn: input.filedOn ? toDateColumn(input.filedOn) : null,
        active: input.active,
        // Closing dates it (past years' figures read closedOn); reopening one closed by mistake clears it.
        closedOn: input.active ? null : (before.closedOn ?? toDateColumn(toShanghaiDate(now))),
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'inspection.updateEntity',
      entityType: 'SupervisedEntity',
      entityId: entity.id,
      before: snapshot(before),
      after: snapshot(entity),
    });
    return entity;
  });
}
