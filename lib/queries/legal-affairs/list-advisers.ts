import 'server-only';
import type { Db } from '@/lib/db';
import type { IsoDate } from '@/lib/domain/calendar';
import type { AdviserWorkKind } from '@/lib/generated/prisma/enums';
import { isoOfDateColumn } from '@/lib/domain/calendar/date-column';

export type AdviserWorkView = {
  id: string;
  kind: AdviserWorkKind;
  title: string;
  occurredOn: IsoDate;
  caseNumber: string | null;
  courtOrOrgan: string | null;
  caseStatus: string | null;
  outcome: string | null;
  reviewId: string | null;
  notes: string;
};

export type AdviserView = { id: string; name: string; firm: string; termFrom: IsoDate; termTo: IsoDate; work: AdviserWorkView[] };

/** The adviser register with each adviser's work log, newest first. */
export async function listAdvisers(db: Db): Promise<AdviserView[]> {
  const rows = await db.legalAdviser.findMany({
    orderBy: [{ termTo: 'desc' }, { name: 'asc' }],
    include: { work: { orderBy: { occurredOn: 'desc' } } },
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    firm: row.firm,
    termFrom: isoOfDateColumn(row.termFrom),
    termTo: isoOfDateColumn(row.termTo),
    work: row.work.map((w) => ({
      id: w.id,
      kind: w.kind,
      title: w.title,
      occurredOn: isoOfDateColumn(w.occurredOn),
      caseNumber: w.caseNumber,
      courtOrOrgan: w.courtOrOrgan,
      caseStatus: w.caseStatus,
      outcome: w.outcome,
      reviewId: w.reviewId,
      notes: w.notes,
    })),
  }));
}

/** Contract reviews an adviser's work entry can point to. */
export async function listContractReviews(db: Db): Promise<{ id: string; label: string }[]> {
  const rows = await db.legalReview.findMany({
    where: { subjectType: 'ADMIN_CONTRACT' },
    orderBy: { submittedAt: 'desc' },
    take: 100,
    select: { id: true, title: true, round: true },
  });
  return rows.map((row) => ({ id: row.id, label: `${row.title}（第${row.round}轮）` }));
}
