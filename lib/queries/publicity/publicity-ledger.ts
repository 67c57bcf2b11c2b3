import 'server-only';
import type { Db } from '@/lib/db';
import { ledgerTotals, type ActivityKind, type LedgerTotals } from '@/lib/domain/publicity/activities';
import { isoToDbDate } from '@/lib/queries/officers/certificate-facts';
import { isoOfDateColumn } from '@/lib/domain/calendar/date-column';

export type LedgerEntry = {
  id: string;
  kind: ActivityKind;
  title: string;
  heldOn: string;
  place: string | null;
  audience: string | null;
  leaflets: number;
  channel: string | null;
  link: string | null;
  reach: number;
  festival: string | null;
};

export type PublicityLedger = { year: number; entries: LedgerEntry[]; totals: LedgerTotals };

const yearRange = (year: number) => ({ gte: isoToDbDate(`${year}-01-01`), lte: isoToDbDate(`${year}-12-31`) });

// The year's ledger (台账): every activity in date order with the totals the annual report quotes
// ("4场活动、发放宣传资料1.5万余份").
export async function getPublicityLedger(db: Db, options: { year: number }): Promise<PublicityLedger> {
  const rows = await db.publicityActivity.findMany({
    where: { heldOn: yearRange(options.year) },
    orderBy: [{ heldOn: 'asc' }, { createdAt: 'asc' }],
  });
  const entries = rows.map(({ createdAt: _createdAt, heldOn, ...row }) => ({ ...row, heldOn: isoOfDateColumn(heldOn) }));
  return { year: options.year, entries, totals: ledgerTotals(entries) };
}

export async function getPublicityFigures(db: Db, options: { year: number }): Promise<LedgerTotals> {
  return (await getPublicityLedger(db, options)).totals;
}

export type ResponsibilityRow = { id: string; year: number; unit: string; laws: string; audience: string; dueOn: string };

export async function listResponsibilities(db: Db, options: { year: number }): Promise<ResponsibilityRow[]> {
  const rows = await db.publicityResponsibility.findMany({ where: { year: options.year }, orderBy: [{ unit: 'asc' }, { dueOn: 'asc' }] });
  return rows.map((row) => ({ ...row, dueOn: isoOfDateColumn(row.dueOn) }));
}

// Years that have a plan or activities, for the year picker (always including `current`).
export async function listPublicityYears(db: Db, current: number): Promise<number[]> {
  const [plans, activities] = await Promise.all([
    db.publicityResponsibility.findMany({ distinct: ['year'], select: { year: true } }),
    db.$queryRaw<{ year: number }[]>`SELECT DISTINCT EXTRACT(YEAR FROM "heldOn")::int AS year FROM "PublicityActivity"`,
  ]);
  const years = new Set<number>([current, ...plans.map((row) => row.year), ...activities.map((row) => Number(row.year))]);
  return [...years].sort((a, b) => b - a);
}
