import 'server-only';
import type { Db } from '@/lib/db';
import { compareYears, rate, type Comparison } from '@/lib/domain/dashboard/compare';
import { METRICS, metric, metricHref, metricValues } from '@/lib/queries/metrics/registry';
import { yearRange } from '@/lib/queries/metrics/sql-metric';
import { DASHBOARD_AREAS } from './layout';

export type DashboardFigure = { key: string; label: string; unit: string; source: string; comparison: Comparison; href: string; previousHref: string };
export type DashboardChart = { id: string; title: string; rows: { label: string; current: number; previous: number; currentHref: string; previousHref: string }[] };
export type DashboardArea = { id: string; title: string; figures: DashboardFigure[]; charts: DashboardChart[] };
export type Dashboard = {
  year: number;
  areas: DashboardArea[];
  derived: { onTimeRate: number | null; coverageRate: number | null; averageDecisionDays: number | null };
};

// Chart categories drop the area prefix of their metric's label ("执法案件：行政处罚" → "行政处罚").
const shortLabel = (label: string) => label.replace(/^[^：]*：/, '');

/** Every dashboard figure for `year` and the year before, from the metrics registry. */
export async function getDashboard(db: Db, year: number): Promise<Dashboard> {
  const keys = [...new Set(DASHBOARD_AREAS.flatMap((area) => [...area.figures, ...area.charts.flatMap((chart) => chart.keys)]))];
  const current = await metricValues(db, year, keys);
  const previous = await metricValues(db, year - 1, keys);
  const figure = (key: string): DashboardFigure => {
    const def = metric(key);
    return {
      key,
      label: def.label,
      unit: def.unit,
      source: def.source,
      comparison: compareYears(current[key] ?? 0, previous[key] ?? 0),
      href: metricHref(key, year),
      previousHref: metricHref(key, year - 1),
    };
  };
  const areas = DASHBOARD_AREAS.map((area) => ({
    id: area.id,
    title: area.title,
    figures: area.figures.map(figure),
    charts: area.charts.map((chart) => ({
      id: chart.id,
      title: chart.title,
      rows: chart.keys.map((key) => ({
        label: shortLabel(METRICS[key]!.label),
        current: current[key] ?? 0,
        previous: previous[key] ?? 0,
        currentHref: metricHref(key, year),
        previousHref: metricHref(key, year - 1),
      })),
    })),
  }));
  return {
    year,
    areas,
    derived: {
      onTimeRate: rate(current['reviews.onTime'] ?? 0, current['reviews.decided'] ?? 0),
      coverageRate: rate(current['inspections.jointElderlyCareInstitutions'] ?? 0, current['entities.elderlyCare'] ?? 0),
      averageDecisionDays: await averageDecisionDays(db, year),
    },
  };
}

/** Mean days from filing to decision of the penalty cases decided in the year (the records of cases.decided). */
export async function averageDecisionDays(db: Db, year: number): Promise<number | null> {
  const r = yearRange(year);
  const rows = await db.$queryRaw<{ days: number | null }[]>`
    SELECT ROUND(AVG(k."decidedOn" - k."filedOn"), 1)::float AS days FROM "EnforcementCase" k
     WHERE k."decidedOn" BETWEEN ${r.start}::date AND ${r.end}::date AND k."type" = 'PENALTY'`;
  return rows[0]?.days ?? null;
}
