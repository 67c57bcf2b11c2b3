import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import type { ConfigIdInput, DiscretionBandInput, NoPenaltyItemInput } from '@/lib/schemas/enforcement';

// The bureau's discretion benchmarks (裁量基准) and no-penalty list (不罚清单), 'case.configure'.

/** Creates or replaces the band of a violation type and circumstance. */
export async function saveDiscretionBand(db: Db, actor: Actor, input: DiscretionBandInput) {
  assertCan(actor, 'case.configure');
  return db.$transaction(async (tx) => {
    const key = { violationType: input.violationType, severity: input.severity };
    const before = await tx.discretionBand.findUnique({ where: { violationType_severity: key } });
    const band = await tx.discretionBand.upsert({
      where: { violationType_severity: key },
      create: input,
      update: { violationName: input.violationName, minFine: input.minFine, maxFine: input.maxFine },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'case.configureBand',
      entityType: 'DiscretionBand',
      entityId: band.id,
      ...(before ? { before: { violationName: before.violationName, minFine: before.minFine, maxFine: before.maxFine } } : {}),
      after: { ...input },
    });
    return band;
  });
}

export async function deleteDiscretionBand(db: Db, actor: Actor, input: ConfigIdInput) {
  assertCan(actor, 'case.configure');
  return db.$transaction(async (tx) => {
    const band = await tx.discretionBand.findUnique({ where: { id: input.configId } });
    if (!band) throw new AppError({ code: 'NOT_FOUND', userMessage: messages.errors.notFound });
    await tx.discretionBand.delete({ where: { id: band.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'case.configureBandDelete',
      entityType: 'DiscretionBand',
      entityId: band.id,
      before: { violationType: band.violationType, severity: band.severity, minFine: band.minFine, maxFine: band.maxFine },
    });
  });
}

export async function saveNoPenaltyItem(db: Db, actor: Actor, input: NoPenaltyItemInput) {
  assertCan(actor, 'case.configure');
  return db.$transaction(async (tx) => {
    const item = await tx.noPenaltyListItem.create({
      data: { violationType: input.violationType, title: input.itemTitle, conditions: input.conditions, outcome: input.outcome, citation: input.citation },
    });
    await recordAudit(tx, { actorId: actor.id, action: 'case.configureNoPenalty', entityType: 'NoPenaltyListItem', entityId: item.id, after: { ...input } });
    return item;
  });
}

export async function deleteNoPenaltyItem(db: Db, actor: Actor, input: ConfigIdInput) {
  assertCan(actor, 'case.configure');
  return db.$transaction(async (tx) => {
    const item = await tx.noPenaltyListItem.findUnique({ where: { id: input.configId } });
    if (!item) throw new AppError({ code: 'NOT_FOUND', userMessage: messages.errors.notFound });
    await tx.noPenaltyListItem.delete({ where: { id: item.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'case.configureNoPenaltyDelete',
      entityType: 'NoPenaltyListItem',
      entityId: item.id,
      before: { violationType: item.violationType, title: item.title, conditions: item.conditions, outcome: item.outcome },
    });
  });
}
