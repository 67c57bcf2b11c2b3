import 'server-only';
import type { Db } from '@/lib/db';
import { toShanghaiDate, type IsoDate } from '@/lib/domain/calendar';
import type { InspectionKind } from '@/lib/domain/inspections';
import { isoOfDateColumn } from '@/lib/domain/calendar/date-column';

export type PlanDrawSummary = { id: string; seed: string; drawnAt: string; drawnOn: IsoDate; picks: number };
export type PlanRow = { id: string; year: number; title: string; inspections: number; draws: PlanDrawSummary[] };

function pickCount(result: unknown): number {
  const picks = (result as { picks?: unknown } | null)?.picks;
  return Array.isArray(picks) ? picks.length : 0;
}

function toDrawSummary(draw: { id: string; seed: string; drawnAt: Date; result: unknown }): PlanDrawSummary {
  return { id: draw.id, seed: draw.seed, drawnAt: draw.drawnAt.toISOString(), drawnOn: toShanghaiDate(draw.drawnAt), picks: pickCount(draw.result) };
}

/** Inspection plans, newest year first, with their draws. */
export async function listPlans(db: Db): Promise<PlanRow[]> {
  const plans = await db.inspectionPlan.findMany({
    orderBy: [{ year: 'desc' }, { createdAt: 'desc' }],
    include: { _count: { select: { inspections: true } }, draws: { orderBy: { drawnAt: 'desc' } } },
  });
  return plans.map((plan) => ({
    id: plan.id,
    year: plan.year,
    title: plan.title,
    inspections: plan._count.inspections,
    draws: plan.draws.map(toDrawSummary),
  }));
}

export type PlanDetail = PlanRow & {
  inspectionList: { id: string; entityName: string; kind: InspectionKind; inspectedOn: IsoDate }[];
};

export async function getPlan(db: Db, id: string): Promise<PlanDetail | null> {
  const plan = await db.inspectionPlan.findUnique({
    where: { id },
    include: {
      draws: { orderBy: { drawnAt: 'desc' } },
      inspections: { orderBy: { inspectedOn: 'desc' }, include: { entity: { select: { name: true } } } },
    },
  });
  if (!plan) return null;
  return {
    id: plan.id,
    year: plan.year,
    title: plan.title,
    inspections: plan.inspections.length,
    draws: plan.draws.map(toDrawSummary),
    inspectionList: plan.inspections.map((i) => ({ id: i.id, entityName: i.entity.name, kind: i.kind, inspectedOn: isoOfDateColumn(i.inspectedOn) })),
  };
}
