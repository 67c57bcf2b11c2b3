import 'server-only';
import { randomBytes } from 'node:crypto';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar';
import { canonicalPools, drawBlockers, runDraw } from '@/lib/domain/inspections';
import { messages } from '@/lib/i18n/messages';
import { listAssignableInspectors } from '@/lib/queries/inspections/inspectors';
import { refuseIfBlocked } from '@/lib/rule-error';
import type { RunDrawInput } from '@/lib/schemas/inspections';
import { createDrawDisclosureDraft } from './draw-disclosure';
import { notFound } from './shared';

/**
 * The random draw (双随机) for a plan: the entity pool is every active entity of the chosen kind,
 * the inspector pool every officer qualified today, each with the entities they declared a
 * conflict with. Seed, both pools and the result are stored (and published as a disclosure draft),
 * so anyone can reproduce the draw. Without a seed, one is generated with a cryptographic RNG.
 */
export async function runRandomDraw(db: Db, actor: Actor, input: RunDrawInput, now: Date = new Date()) {
  assertCan(actor, 'inspection.record');
  const seed = input.seed ?? randomBytes(16).toString('hex');
  const today = toShanghaiDate(now);
  return db.$transaction(async (tx) => {
    const plan = await tx.inspectionPlan.findUnique({ where: { id: input.planId } });
    if (!plan) notFound(messages.inspections.errors.planNotFound);
    const entities = await tx.supervisedEntity.findMany({
      where: { kind: input.entityKind, active: true },
      select: { id: true, name: true },
    });
    const officers = await listAssignableInspectors(tx, { on: today });
    const conflicts = await tx.officerConflict.findMany({
      where: { officerId: { in: officers.map((o) => o.id) }, entityId: { in: entities.map((e) => e.id) } },
      select: { officerId: true, entityId: true },
    });
    const pools = canonicalPools({
      entities,
      inspectors: officers.map((officer) => ({
        id: officer.id,
        name: officer.name,
        excludedEntityIds: conflicts.filter((c) => c.officerId === officer.id).map((c) => c.entityId),
      })),
    });
    const drawInput = { seed, ...pools, entityCount: input.entityCount };
    refuseIfBlocked(drawBlockers(drawInput));
    const result = runDraw(drawInput);
    const draw = await tx.randomDraw.create({
      data: {
        planId: plan.id,
        seed,
        entityPool: pools.entities,
        inspectorPool: pools.inspectors.map((i) => ({ ...i, excludedEntityIds: [...i.excludedEntityIds] })),
        result: { ...result, picks: result.picks.map((p) => ({ entityId: p.entityId, inspectorIds: [...p.inspectorIds] })) },
        drawnById: actor.id,
        drawnAt: now,
      },
    });
    const disclosure = await createDrawDisclosureDraft(tx, {
      authorId: actor.id,
      drawId: draw.id,
      publication: { planTitle: plan.title, year: plan.year, drawnOn: today, seed, entityPool: pools.entities, inspectorPool: pools.inspectors, result },
    });
    await tx.randomDraw.update({ where: { id: draw.id }, data: { result: { ...(draw.result as object), disclosureId: disclosure.id } } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'inspection.runDraw',
      entityType: 'RandomDraw',
      entityId: draw.id,
      after: {
        planId: plan.id,
        seed,
        entityKind: input.entityKind,
        entityPool: pools.entities.length,
        inspectorPool: pools.inspectors.length,
        picks: result.picks.map((p) => ({ entityId: p.entityId, inspectorIds: [...p.inspectorIds] })),
        disclosureId: disclosure.id,
      },
    });
    return { id: draw.id, seed, result, disclosureId: disclosure.id };
  });
}
