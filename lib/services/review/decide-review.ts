import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { canDecideReview } from '@/lib/domain/review/can-decide';
import { refuseIfBlocked } from '@/lib/rule-error';
import { Prisma } from '@/lib/generated/prisma/client';
import type { DecideReviewInput } from '@/lib/schemas/review';
import { loadReviewerFacts } from './reviewer-facts';
import { loadSubjectOrNull, reviewAdapterFor } from './registry';
import { conflict, notFound } from './support';

const DECIDED_BY_OTHER = '该审核已由他人办结，请刷新后查看。';

/**
 * Records a reviewer's decision on a pending round: the nine checkpoints with notes, the outcome
 * (APPROVED / RETURNED / REFERRED) and the opinion; the subject moves with it. The round is
 * updated only while still PENDING, so of two reviewers deciding at once exactly one wins.
 */
export async function decideReview(db: Db, actor: Actor, input: DecideReviewInput, now = new Date()) {
  assertCan(actor, 'review.decide');
  return db.$transaction(async (tx) => {
    const review = await tx.legalReview.findUnique({ where: { id: input.reviewId } });
    if (!review) notFound();
    const reviewer = await loadReviewerFacts(tx, actor.id);
    const subject = await loadSubjectOrNull(tx, review.subjectType, review.subjectId);
    refuseIfBlocked(
      canDecideReview({
        round: review,
        reviewer,
        currentHash: subject?.contentHash ?? null,
        decision: input,
      }),
    );
    // Checkpoints first, while the round is pending: the database accepts a decision only over a
    // complete set, and no checkpoint once the round is decided. Of two reviewers at once, the
    // second meets the first's checkpoints (a unique key) or a decided round: a conflict either way.
    try {
      await tx.reviewCheckpoint.createMany({
        data: input.checkpoints.map((entry) => ({ reviewId: review.id, key: entry.key, passed: entry.passed, note: entry.note })),
      });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') conflict(DECIDED_BY_OTHER);
      throw error;
    }
    const written = await tx.legalReview.updateMany({
      where: { id: review.id, status: 'PENDING' },
      data: { status: input.outcome, reviewerId: actor.id, decidedAt: now, opinion: input.opinion === '' ? null : input.opinion },
    });
    if (written.count !== 1) conflict(DECIDED_BY_OTHER);
    await reviewAdapterFor(review.subjectType).onDecided(tx, review.subjectId, input.outcome);
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'review.decide',
      entityType: 'LegalReview',
      entityId: review.id,
      before: { status: 'PENDING' },
      after: {
        status: input.outcome,
        subjectType: review.subjectType,
        subjectId: review.subjectId,
        round: review.round,
        contentHash: review.contentHash,
        opinion: input.opinion,
        failedCheckpoints: input.checkpoints.filter((entry) => !entry.passed).map((entry) => entry.key),
      },
    });
    return { id: review.id, status: input.outcome };
  });
}
