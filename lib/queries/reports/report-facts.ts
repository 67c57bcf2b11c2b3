import 'server-only';
import type { Db, Tx } from '@/lib/db';
import type { PlanTaskFact, ReportFacts } from '@/lib/domain/reports/facts';
import type { ReportFigure } from '@/lib/domain/reports/model';
import { METRICS, metricHref, metricValues } from '@/lib/queries/metrics/registry';
import { getLegalStaffRatio } from '@/lib/queries/officers/officer-figures';
import { readSetting } from '@/lib/queries/settings/read-setting';

// Every figure of the metric registry for the year, with its label, unit, source and records link:
// the report's only source of numbers.
export async function loadFigures(db: Db | Tx, year: number): Promise<Record<string, ReportFigure>> {
  const values = await metricValues(db, year);
  return Object.fromEntries(
    Object.values(METRICS).map((def) => [
      def.key,
      { key: def.key, label: def.label, unit: def.unit, source: def.source, href: metricHref(def.key, year), value: values[def.key] ?? 0 },
    ]),
  );
}

const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

async function planTasks(db: Db | Tx, year: number): Promise<PlanTaskFact[]> {
  const rows = await db.planTask.findMany({ where: { year }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  return rows.map((row) => ({ heading: row.heading, task: row.task, owner: row.owner, dueOn: isoDay(row.dueOn), status: row.status, outcome: row.outcome }));
}

export async function loadReportFacts(db: Db | Tx, year: number): Promise<ReportFacts> {
  const figures = await loadFigures(db, year);
  const yearStart = new Date(`${year}-01-01T00:00:00.000Z`);
  const yearEnd = new Date(`${year}-12-31T00:00:00.000Z`);
  const [bureau, complaintLine, responsibilities, assessmentItems, planNext, planThisYear, advisers, legalStaff] = await Promise.all([
    readSetting(db, 'bureau.name'),
    readSetting(db, 'bureau.complaintLine'),
    db.ruleOfLawResponsibility.findMany({ where: { year }, orderBy: [{ level: 'asc' }, { createdAt: 'asc' }] }),
    db.assessmentItem.findMany({ where: { year }, orderBy: [{ createdAt: 'asc' }] }),
    planTasks(db, year + 1),
    planTasks(db, year),
    // Advisers by their term (the same rule as the advisers.retained figure).
    db.legalAdviser.findMany({
      where: { termFrom: { lte: yearEnd }, termTo: { gte: yearStart } },
      select: { name: true, firm: true },
      orderBy: [{ termFrom: 'asc' }, { name: 'asc' }],
    }),
    // The officers page's ratio, as it stood on 31 December (noon UTC is that day in Shanghai).
    getLegalStaffRatio(db, { on: new Date(`${year}-12-31T04:00:00.000Z`) }),
  ]);
  return {
    year,
    bureau,
    figures,
    leaders: {
      responsibilities: responsibilities.map((r) => ({ level: r.level, personName: r.personName, post: r.post, duties: r.duties })),
      assessmentItems: assessmentItems.map((a) => ({ item: a.item, weight: a.weight, result: a.result })),
      complaintLine,
    },
    planNext,
    planThisYear,
    advisers,
    legalStaff,
  };
}
