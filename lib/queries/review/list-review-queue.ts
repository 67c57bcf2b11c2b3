import 'server-only';
import type { Db } from '@/lib/db';
import type { ReviewSubjectType } from '@/lib/generated/prisma/enums';
import { loadWorkingCalendar } from '@/lib/queries/calendar/load-calendar';
import { dueView, type ReviewDueView } from './due-view';

export type ReviewQueueItem = ReviewDueView & {
  id: string;
  subjectType: ReviewSubjectType;
  subjectId: string;
  title: string;
  round: number;
  submitterName: string;
  submittedAt: Date;
};

/** The reviewers' queue: every pending round of every subject kind, soonest due first. */
export async function listReviewQueue(db: Db, options: { now?: Date } = {}): Promise<ReviewQueueItem[]> {
  const now = options.now ?? new Date();
  const [rows, calendar] = await Promise.all([
    db.legalReview.findMany({
      where: { status: 'PENDING' },
      orderBy: [{ dueOn: 'asc' }, { submittedAt: 'asc' }],
      include: { submittedBy: { select: { name: true } } },
    }),
    loadWorkingCalendar(db),
  ]);
  return rows.map((row) => ({
    id: row.id,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    title: row.title,
    round: row.round,
    submitterName: row.submittedBy.name,
    submittedAt: row.submittedAt,
    ...dueView(row, { now, calendar }),
  }));
}
