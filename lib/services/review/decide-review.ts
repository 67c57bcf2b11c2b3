import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { canDecideReview } from '@/lib/domain/review/can-decide';
import { CHECKLISTS } from '@/lib/domain/review/checkpoints';
import { refuseIfBlocked } from '@/lib/rule-error';
import type { DecideReviewInput } from '@/lib/schemas/review';
import { loadReviewerFacts } from '@/lib/queries/review/reviewer-facts';
import { loadSubjectOrNull } from '@/lib/queries/review/subjects';
import { reviewAdapterFor } from './registry';
import { conflict, notFound } from './support';

/**
 * Records a reviewer's decision on a pending round: the nine checkpoints with notes, the outcome
 * (APPROVED / RETURNED / REFERRED) and the opinion; the subject moves with it. The round is
 * updated only while still PENDING, so of two reviewers deciding at once exactly one wins.
 */
export async function decideReview(db: Db, actor: Actor, input: DecideReviewInput, now = new Date()) {
  assertCan(actor, 'review.decide');
  return db.$transaction(async (tx) => {
    // Of two reviewers at once, the second waits here and then reads the decided round.
    await tx.$queryRaw`SELECT 1 FROM "LegalReview" WHERE id = ${input.reviewId} FOR UPDATE`;
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
    // Checkpoints first, while the round is pending (the row lock above keeps it so): the database
    // accepts a decision only over a complete set, and no checkpoint once the round is decided.
    const points = new Set<string>(CHECKLISTS[review.checklist]);
    await tx.reviewCheckpoint.createMany({
      data: input.checkpoints.filter((entry) => points.has(entry.key)).map((entry) => ({ reviewId: review.id, key: entry.key, passed: entry.passed === true, note: entry.note })),
    });
    const written = await tx.legalReview.updateMany({
      where: { id: review.id, status: 'PENDING' },
      data: { status: input.outcome, reviewerId: actor.id, decidedAt: now, opinion: input.opinion === '' ? null : input.opinion },
    });
    if (written.count !== 1) conflict('该审核已由他人办结，请刷新后查看。');
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
        checklist: review.checklist,
        failedCheckpoints: input.checkpoints.filter((entry) => points.has(entry.key) && entry.passed === false).map((entry) => entry.key),
      },
    });
    return { id: review.id, status: input.outcome };
  });
}
