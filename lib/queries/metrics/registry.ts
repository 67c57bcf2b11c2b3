import 'server-only';
import type { Db, Tx } from '@/lib/db';
import { adviserMetrics, remedyMetrics } from './defs-advisers';
import { caseMetrics } from './defs-cases';
import { disclosureMetrics } from './defs-disclosures';
import { inspectionMetrics } from './defs-inspections';
import { leadershipMetrics } from './defs-leadership';
import { peopleMetrics } from './defs-people';
import type { MetricDef } from './sql-metric';

export type { MetricDef, MetricRecord } from './sql-metric';

/**
 * The one registry of figures: the dashboard, its record lists and the annual reports all read
 * their numbers here. Each metric builds its value (an SQL aggregate) and its record list from
 * the same FROM/WHERE clause (./sql-metric.ts), so a figure always equals the length (or, for
 * a sum, the total) of the list behind it.
 */
const ALL: MetricDef[] = [...disclosureMetrics, ...peopleMetrics, ...inspectionMetrics, ...caseMetrics, ...leadershipMetrics, ...adviserMetrics, ...remedyMetrics];

export const METRICS: Record<string, MetricDef> = Object.fromEntries(ALL.map((def) => [def.key, def]));
if (Object.keys(METRICS).length !== ALL.length) throw new Error('metrics registry: duplicate key');

export function metric(key: string): MetricDef {
  const def = METRICS[key];
  if (!def) throw new Error(`unknown metric: ${key}`);
  return def;
}

export async function metricValues(db: Db | Tx, year: number, keys?: string[]): Promise<Record<string, number>> {
  const defs = (keys ?? Object.keys(METRICS)).map(metric);
  const values: Record<string, number> = {};
  // Sequential: a Tx runs one query at a time, and the pool is shared with the page's other reads.
  for (const def of defs) values[def.key] = await def.value(db, year);
  return values;
}

export function metricHref(key: string, year: number): string {
  return `/staff/dashboard/records?metric=${encodeURIComponent(key)}&year=${year}`;
}
