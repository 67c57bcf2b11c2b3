import 'server-only';
import type { Db } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar';
import { INSPECTION_KINDS, type InspectionKind } from '@/lib/domain/inspections';
import { overdueWhere } from './rectifications';

export type InspectionYearFigures = {
  year: number;
  total: number;
  byKind: Record<InspectionKind, number>;
  /** Inspections of elderly-care institutions. */
  elderlyCare: number;
  /** Joint inspections (all entity kinds), and those of elderly-care institutions. */
  joint: number;
  elderlyCareJoint: number;
  /** Distinct elderly-care institutions that had a joint inspection. */
  elderlyCareJointEntities: number;
};

const emptyByKind = (): Record<InspectionKind, number> => Object.fromEntries(INSPECTION_KINDS.map((kind) => [kind, 0])) as Record<InspectionKind, number>;

/** Inspection counts per year (for the dashboard and the annual report), oldest year first. */
export async function inspectionFiguresByYear(db: Db): Promise<InspectionYearFigures[]> {
  const rows = await db.$queryRaw<{ year: number; kind: InspectionKind; entityKind: string; count: number; entities: number }[]>`
    SELECT EXTRACT(YEAR FROM i."inspectedOn")::int AS year,
           i."kind"::text AS kind,
           e."kind"::text AS "entityKind",
           COUNT(*)::int AS count,
           COUNT(DISTINCT i."entityId")::int AS entities
      FROM "Inspection" i
      JOIN "SupervisedEntity" e ON e."id" = i."entityId"
     GROUP BY 1, 2, 3
     ORDER BY 1`;
  const byYear = new Map<number, InspectionYearFigures>();
  for (const row of rows) {
    const figures = byYear.get(row.year) ?? {
      year: row.year,
      total: 0,
      byKind: emptyByKind(),
      elderlyCare: 0,
      joint: 0,
      elderlyCareJoint: 0,
      elderlyCareJointEntities: 0,
    };
    figures.total += row.count;
    figures.byKind[row.kind] += row.count;
    if (row.kind === 'JOINT') figures.joint += row.count;
    if (row.entityKind === 'ELDERLY_CARE') {
      figures.elderlyCare += row.count;
      if (row.kind === 'JOINT') {
        figures.elderlyCareJoint += row.count;
        figures.elderlyCareJointEntities = row.entities;
      }
    }
    byYear.set(row.year, figures);
  }
  return [...byYear.values()];
}

export type InspectionFigures = InspectionYearFigures & { openRectifications: number; overdueRectifications: number };

/** One year's figures plus the rectification orders open and overdue today. */
export async function inspectionFigures(db: Db, options: { year: number; now?: Date }): Promise<InspectionFigures> {
  const today = toShanghaiDate(options.now ?? new Date());
  const [years, openRectifications, overdueRectifications] = await Promise.all([
    inspectionFiguresByYear(db),
    db.rectification.count({ where: { status: { not: 'CLOSED' } } }),
    db.rectification.count({ where: overdueWhere(today) }),
  ]);
  const year = years.find((y) => y.year === options.year) ?? {
    year: options.year,
    total: 0,
    byKind: emptyByKind(),
    elderlyCare: 0,
    joint: 0,
    elderlyCareJoint: 0,
    elderlyCareJointEntities: 0,
  };
  return { ...year, openRectifications, overdueRectifications };
}
