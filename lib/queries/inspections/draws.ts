import 'server-only';
import type { Db } from '@/lib/db';
import { toShanghaiDate, type IsoDate } from '@/lib/domain/calendar';
import { DRAW_ALGORITHM, runDraw, sameDraw, type DrawPick, type DrawPoolEntity, type DrawPoolInspector } from '@/lib/domain/inspections';

export type DrawDetail = {
  id: string;
  plan: { id: string; year: number; title: string };
  seed: string;
  drawnAt: string;
  drawnOn: IsoDate;
  drawnBy: string;
  algorithm: string;
  algorithmVersion: string;
  entityCount: number;
  inspectorsPerEntity: number;
  entityPool: DrawPoolEntity[];
  inspectorPool: DrawPoolInspector[];
  picks: DrawPick[];
  disclosureId: string | null;
};

type StoredResult = { algorithm?: string; entityCount?: number; inspectorsPerEntity?: number; picks?: DrawPick[]; disclosureId?: string };

/** A stored draw exactly as published: seed, both pools, algorithm and result. */
export async function getDraw(db: Db, id: string): Promise<DrawDetail | null> {
  const draw = await db.randomDraw.findUnique({ where: { id }, include: { plan: { select: { id: true, year: true, title: true } } } });
  if (!draw) return null;
  const drawnBy = await db.user.findUnique({ where: { id: draw.drawnById }, select: { name: true } });
  const result = draw.result as unknown as StoredResult;
  return {
    id: draw.id,
    plan: draw.plan,
    seed: draw.seed,
    drawnAt: draw.drawnAt.toISOString(),
    drawnOn: toShanghaiDate(draw.drawnAt),
    drawnBy: drawnBy?.name ?? '',
    algorithm: DRAW_ALGORITHM,
    algorithmVersion: result.algorithm ?? '',
    entityCount: result.entityCount ?? 0,
    inspectorsPerEntity: result.inspectorsPerEntity ?? 2,
    entityPool: draw.entityPool as unknown as DrawPoolEntity[],
    inspectorPool: draw.inspectorPool as unknown as DrawPoolInspector[],
    picks: result.picks ?? [],
    disclosureId: result.disclosureId ?? null,
  };
}

export type DrawVerification = { consistent: boolean; recomputed: DrawPick[] };

/**
 * Recomputes a stored draw from its published seed and pools alone (the same pure function the
 * draw used) and compares it with the stored result: what anyone can do with the publication.
 */
export async function verifyDraw(db: Db, id: string): Promise<DrawVerification | null> {
  const draw = await getDraw(db, id);
  if (!draw) return null;
  try {
    const recomputed = runDraw({
      seed: draw.seed,
      entities: draw.entityPool,
      inspectors: draw.inspectorPool,
      entityCount: draw.entityCount,
      inspectorsPerEntity: draw.inspectorsPerEntity,
    });
    return { consistent: draw.algorithmVersion === recomputed.algorithm && sameDraw(recomputed, draw), recomputed: [...recomputed.picks] };
  } catch (error) {
    // Pools that no longer allow the draw (tampered with): not reproducible.
    if (error instanceof RangeError) return { consistent: false, recomputed: [] };
    throw error;
  }
}
