import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import type { CreatePlanInput } from '@/lib/schemas/inspections';

// A year's inspection plan (检查计划): random draws and inspections hang off it.
export async function createInspectionPlan(db: Db, actor: Actor, input: CreatePlanInput, now: Date = new Date()) {
  assertCan(actor, 'inspection.record');
  return db.$transaction(async (tx) => {
    const plan = await tx.inspectionPlan.create({ data: { year: input.planYear, title: input.planTitle, createdAt: now } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'inspection.createPlan',
      entityType: 'InspectionPlan',
      entityId: plan.id,
      after: { year: plan.year, title: plan.title },
    });
    return plan;
  });
}
