import 'server-only';
import type { Db, Tx } from '@/lib/db';
import { APPROVED, approvalOfContent } from '@/lib/domain/review/approval';
import type { ReviewSubjectType } from '@/lib/generated/prisma/enums';

export type ReviewedVersion = { subjectType: ReviewSubjectType; subjectId: string; contentHash: string };

/**
 * The gate other services call (publish, decide, sign): true only when an APPROVED round covers
 * exactly this content (lib/domain/review/approval.ts says what covers means).
 */
export async function hasApprovedReview(tx: Db | Tx, version: ReviewedVersion): Promise<boolean> {
  return (await findApprovedReview(tx, version)) !== null;
}

export async function findApprovedReview(tx: Db | Tx, version: ReviewedVersion) {
  if (version.contentHash === '') return null;
  // The where narrows the rows read; the domain's predicate decides.
  const rounds = await tx.legalReview.findMany({
    where: { subjectType: version.subjectType, subjectId: version.subjectId, contentHash: version.contentHash, status: APPROVED },
    orderBy: { round: 'desc' },
    select: { id: true, round: true, decidedAt: true, reviewerId: true, status: true, contentHash: true },
  });
  const approval = approvalOfContent(rounds, version.contentHash);
  return approval ? { id: approval.id, round: approval.round, decidedAt: approval.decidedAt, reviewerId: approval.reviewerId } : null;
}
