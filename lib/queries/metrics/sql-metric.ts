import 'server-only';
import type { Db, Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';

export type MetricRecord = { id: string; title: string; date: string | null; href?: string; amount?: number };

export type MetricDef = {
  key: string;
  label: string;
  unit: string;
  area: string;
  kind: 'count' | 'sum';
  source: string;
  records(db: Db | Tx, year: number): Promise<MetricRecord[]>;
  value(db: Db | Tx, year: number): Promise<number>;
};

/**
 * One year in the bureau's calendar. `start`/`end` are `YYYY-MM-DD` for @db.Date columns;
 * `startTs`/`endTs` are the UTC wall-clock strings of Asia/Shanghai midnights (timestamps are
 * stored as UTC without a zone), so `col >= startTs AND col < endTs` keeps index scans.
 */
export type YearRange = { year: number; start: string; end: string; startTs: string; endTs: string };

const utcWallClock = (ms: number) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '');
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

export function yearRange(year: number): YearRange {
  if (!Number.isInteger(year) || year < 1900 || year > 9999) throw new RangeError(`year must be an integer year, got ${year}`);
  return {
    year,
    start: `${year}-01-01`,
    end: `${year}-12-31`,
    startTs: utcWallClock(Date.UTC(year, 0, 1) - SHANGHAI_OFFSET_MS),
    endTs: utcWallClock(Date.UTC(year + 1, 0, 1) - SHANGHAI_OFFSET_MS),
  };
}

/** SQL pieces for year bounds: `${d(r.start)}` → a date parameter, `${ts(r.startTs)}` → a timestamp one. */
export const d = (day: string) => Prisma.sql`${day}::date`;
export const ts = (wallClock: string) => Prisma.sql`${wallClock}::timestamp`;
/** Timestamp column → its Asia/Shanghai calendar date. */
export const shanghaiDay = (column: Prisma.Sql) => Prisma.sql`(${column} + interval '8 hours')::date`;
/** Today in Asia/Shanghai, from the database clock. */
export const today = Prisma.sql`(now() AT TIME ZONE 'Asia/Shanghai')::date`;

type Row = { id: string; title: string; date: string | null; amount: number | null; link: string | null };

export type SqlMetricSpec = Omit<MetricDef, 'records' | 'value' | 'kind'> & {
  kind?: 'count' | 'sum';
  /** `FROM … WHERE …` for the year: the ONE place the figure's records are chosen. */
  from: (r: YearRange) => Prisma.Sql;
  /** Selects text columns id, title, date (YYYY-MM-DD or NULL), and optionally amount (int) and link (text). */
  columns: Prisma.Sql;
  /** Expression summed by a 'sum' metric (same expression as the `amount` column). */
  amount?: Prisma.Sql;
  href?: (row: { id: string; link: string | null }) => string | undefined;
};

const VALUE_SQL = new Map<string, (year: number) => Prisma.Sql>();

/** The aggregate statement behind a metric's value (for the benchmark: the same SQL run through pg). */
export function metricValueSql(key: string, year: number): Prisma.Sql {
  const build = VALUE_SQL.get(key);
  if (!build) throw new Error(`unknown metric: ${key}`);
  return build(year);
}

/** Builds value() and records() from one FROM/WHERE clause, so they cannot disagree. */
export function sqlMetric(spec: SqlMetricSpec): MetricDef {
  const { from, columns, amount, href, kind = 'count', ...info } = spec;
  if (kind === 'sum' && !amount) throw new Error(`metric ${spec.key}: a sum metric needs an amount expression`);
  const aggregate = kind === 'sum' ? Prisma.sql`COALESCE(SUM(${amount}), 0)::int` : Prisma.sql`COUNT(*)::int`;
  const valueSql = (year: number) => Prisma.sql`SELECT ${aggregate} AS value ${from(yearRange(year))}`;
  VALUE_SQL.set(spec.key, valueSql);
  return {
    ...info,
    kind,
    async value(db, year) {
      const rows = await db.$queryRaw<{ value: number }[]>(valueSql(year));
      return rows[0]?.value ?? 0;
    },
    async records(db, year) {
      const rows = await db.$queryRaw<Row[]>`SELECT * FROM (SELECT ${columns} ${from(yearRange(year))}) AS r ORDER BY r.date NULLS LAST, r.title, r.id`;
      return rows.map((row) => {
        const link = href?.({ id: row.id, link: row.link ?? null });
        return {
          id: row.id,
          title: row.title,
          date: row.date,
          ...(link ? { href: link } : {}),
          ...(kind === 'sum' ? { amount: Number(row.amount ?? 0) } : {}),
        };
      });
    },
  };
}
