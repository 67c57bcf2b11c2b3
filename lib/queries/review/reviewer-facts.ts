import 'server-only';
import type { Db, Tx } from '@/lib/db';
import type { ReviewerFacts } from '@/lib/domain/review/can-decide';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';

/** The reviewer as the rules see them, read from the database (roles may have changed mid-session). */
export async function loadReviewerFacts(tx: Db | Tx, userId: string): Promise<ReviewerFacts> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, roles: true, legalQualificationNo: true } });
  if (!user) throw new AppError({ code: 'NOT_FOUND', userMessage: messages.errors.notFound });
  const decided = await tx.legalReview.count({
    where: { reviewerId: userId, status: { in: ['APPROVED', 'RETURNED', 'REFERRED'] } },
  });
  return { id: user.id, roles: user.roles, legalQualificationNo: user.legalQualificationNo, hasDecidedBefore: decided > 0 };
}
