import 'server-only';
import type { Db } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar';
import type { ReviewSubjectType } from '@/lib/generated/prisma/enums';
import { listReviewQueue } from './list-review-queue';

export type ReviewCounts = {
  pending: number;
  overdue: number;
  dueSoon: number;
  pendingByType: Record<ReviewSubjectType, number>;
  // Rounds decided in the current (Asia/Shanghai) calendar year, by outcome.
  decidedThisYear: { year: number; APPROVED: number; RETURNED: number; REFERRED: number };
};

/** Figures for the dashboards: the open queue and this year's outcomes. */
export async function countReviews(db: Db, options: { now?: Date } = {}): Promise<ReviewCounts> {
  const now = options.now ?? new Date();
  const year = Number(toShanghaiDate(now).slice(0, 4));
  const [queue, decided] = await Promise.all([
    listReviewQueue(db, { now }),
    db.legalReview.groupBy({
      by: ['status'],
      where: {
        status: { in: ['APPROVED', 'RETURNED', 'REFERRED'] },
        decidedAt: { gte: new Date(`${year}-01-01T00:00:00+08:00`), lt: new Date(`${year + 1}-01-01T00:00:00+08:00`) },
      },
      _count: { _all: true },
    }),
  ]);
  const outcome = (status: 'APPROVED' | 'RETURNED' | 'REFERRED') => decided.find((g) => g.status === status)?._count._all ?? 0;
  const pendingByType: Record<ReviewSubjectType, number> = { DISCLOSURE: 0, ENFORCEMENT_DECISION: 0, MAJOR_ADMIN_DECISION: 0, ADMIN_CONTRACT: 0 };
  for (const item of queue) pendingByType[item.subjectType] += 1;
  return {
    pending: queue.length,
    overdue: queue.filter((item) => item.deadline?.status === 'overdue').length,
    dueSoon: queue.filter((item) => item.deadline?.status === 'due-soon').length,
    pendingByType,
    decidedThisYear: { year, APPROVED: outcome('APPROVED'), RETURNED: outcome('RETURNED'), REFERRED: outcome('REFERRED') },
  };
}
