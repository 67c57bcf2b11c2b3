import 'server-only';
import type { Db } from '@/lib/db';
import type { Blocker } from '@/lib/domain/blockers';
import { canSubmitReview } from '@/lib/domain/review/can-submit';
import type { ReviewSubjectType } from '@/lib/generated/prisma/enums';
import { hasApprovedReview } from '@/lib/queries/review/find-approved-review';
import { loadSubjectOrNull } from '@/lib/queries/review/subjects';

export type SubmitState = {
  contentHash: string;
  // Why "送法制审核" is disabled (empty when it is not): the rule submit-for-review re-checks.
  submitBlockers: Blocker[];
  // Whether an approved review covers exactly the current content.
  approvedCurrent: boolean;
};

export async function reviewSubmitState(db: Db, subject: { subjectType: ReviewSubjectType; subjectId: string }): Promise<SubmitState | null> {
  return db.$transaction(async (tx) => {
    const snapshot = await loadSubjectOrNull(tx, subject.subjectType, subject.subjectId);
    if (!snapshot) return null;
    const rounds = await tx.legalReview.findMany({ where: subject, select: { status: true, contentHash: true } });
    const approvedCurrent = await hasApprovedReview(tx, { ...subject, contentHash: snapshot.contentHash });
    return {
      contentHash: snapshot.contentHash,
      submitBlockers: canSubmitReview({
        subjectBlockers: snapshot.submitBlockers,
        currentHash: snapshot.contentHash,
        pendingHashes: rounds.filter((r) => r.status === 'PENDING').map((r) => r.contentHash),
        approvedHashes: rounds.filter((r) => r.status === 'APPROVED').map((r) => r.contentHash),
      }),
      approvedCurrent,
    };
  });
}
