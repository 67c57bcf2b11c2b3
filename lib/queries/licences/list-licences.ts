import 'server-only';
import type { Db } from '@/lib/db';
import { isoOfDateColumn, toDateColumn } from '@/lib/domain/calendar/date-column';

export type LicenceRow = { id: string; decidedOn: string; matter: string; applicant: string; granted: boolean };

/** The licence decisions of one calendar year, in the order they were decided. */
export async function listLicenceDecisions(db: Db, year: number): Promise<LicenceRow[]> {
  const rows = await db.licenceDecision.findMany({
    where: { decidedOn: { gte: toDateColumn(`${year}-01-01`), lte: toDateColumn(`${year}-12-31`) } },
    orderBy: [{ decidedOn: 'asc' }, { id: 'asc' }],
    select: { id: true, decidedOn: true, matter: true, applicant: true, granted: true },
  });
  return rows.map((row) => ({ ...row, decidedOn: isoOfDateColumn(row.decidedOn) }));
}
