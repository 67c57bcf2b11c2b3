import 'server-only';
import type { Db } from '@/lib/db';

export type LegalReviewerView = { id: string; name: string; email: string; legalQualificationNo: string | null; decidedCount: number };

/** Legal reviewers with their qualification and how many reviews each has decided. */
export async function listLegalReviewers(db: Db): Promise<LegalReviewerView[]> {
  const [users, counts] = await Promise.all([
    db.user.findMany({
      where: { roles: { has: 'LEGAL_REVIEWER' }, active: true },
      orderBy: { name: 'asc' },
      select: { id: true, name: true, email: true, legalQualificationNo: true },
    }),
    db.legalReview.groupBy({
      by: ['reviewerId'],
      where: { status: { in: ['APPROVED', 'RETURNED', 'REFERRED'] } },
      _count: { _all: true },
    }),
  ]);
  return users.map((user) => ({ ...user, decidedCount: counts.find((c) => c.reviewerId === user.id)?._count._all ?? 0 }));
}
