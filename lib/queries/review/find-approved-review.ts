import 'server-only';
import type { Db, Tx } from '@/lib/db';
import type { ReviewSubjectType } from '@/lib/generated/prisma/enums';

export type ReviewedVersion = { subjectType: ReviewSubjectType; subjectId: string; contentHash: string };

/**
 * The gate other services call (publish, decide, sign): true only when an APPROVED round covers
 * exactly this content. Any edit changes the hash, so an approval never outlives the text it read.
 */
export async function hasApprovedReview(tx: Db | Tx, version: ReviewedVersion): Promise<boolean> {
  return (await findApprovedReview(tx, version)) !== null;
}

export async function findApprovedReview(tx: Db | Tx, version: ReviewedVersion) {
  if (version.contentHash === '') return null;
  return tx.legalReview.findFirst({
    where: { subjectType: version.subjectType, subjectId: version.subjectId, contentHash: version.contentHash, status: 'APPROVED' },
    orderBy: { round: 'desc' },
    select: { id: true, round: true, decidedAt: true, reviewerId: true },
  });
}
