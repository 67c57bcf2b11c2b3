import 'server-only';
import type { Db } from '@/lib/db';
import type { ReviewStatus, ReviewSubjectType } from '@/lib/generated/prisma/enums';

export type MyDecision = {
  id: string;
  subjectType: ReviewSubjectType;
  title: string;
  round: number;
  status: ReviewStatus;
  decidedAt: Date;
  opinion: string | null;
  failedPoints: number;
};

/** What this reviewer has decided, newest first (the history part of their queue). */
export async function listMyDecisions(db: Db, input: { reviewerId: string; take?: number }): Promise<MyDecision[]> {
  const rows = await db.legalReview.findMany({
    where: { reviewerId: input.reviewerId, status: { in: ['APPROVED', 'RETURNED', 'REFERRED'] } },
    orderBy: [{ decidedAt: 'desc' }, { id: 'asc' }],
    take: input.take ?? 50,
    select: {
      id: true,
      subjectType: true,
      title: true,
      round: true,
      status: true,
      decidedAt: true,
      opinion: true,
      _count: { select: { checkpoints: { where: { passed: false } } } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    subjectType: row.subjectType,
    title: row.title,
    round: row.round,
    status: row.status,
    decidedAt: row.decidedAt ?? new Date(0),
    opinion: row.opinion,
    failedPoints: row._count.checkpoints,
  }));
}
