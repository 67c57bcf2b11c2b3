import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar';
import { canSubmitReview, staleRounds } from '@/lib/domain/review/can-submit';
import { reviewDueDate } from '@/lib/domain/review/due-date';
import { SETTING_DEFAULTS } from '@/lib/domain/settings/defaults';
import { Prisma } from '@/lib/generated/prisma/client';
import { loadWorkingCalendar } from '@/lib/queries/calendar/load-calendar';
import { readSetting } from '@/lib/queries/settings/read-setting';
import { refuseIfBlocked } from '@/lib/rule-error';
import type { SubmitForReviewInput } from '@/lib/schemas/review';
import { loadReviewContent } from '@/lib/queries/review/subject-content';
import { loadReviewSubject } from '@/lib/queries/review/subjects';
import { reviewAdapterFor } from './registry';
import { conflict, positiveDays } from './support';
import { toDateColumn } from '@/lib/domain/calendar/date-column';

/**
 * Sends a subject for legal review: a new round (n+1) recording the title, authors and content
 * hash of the version submitted, due `review.workingDays` working days after today (Asia/Shanghai).
 * A pending round of older content is superseded: nobody may decide it any more.
 */
export async function submitForReview(db: Db, actor: Actor, input: SubmitForReviewInput, now = new Date()) {
  assertCan(actor, 'review.submit');
  const adapter = reviewAdapterFor(input.subjectType);
  const subjectKey = { subjectType: input.subjectType, subjectId: input.subjectId };
  try {
    return await db.$transaction(async (tx) => {
      const subject = await loadReviewSubject(tx, input.subjectType, input.subjectId, actor);
      const rounds = await tx.legalReview.findMany({
        where: subjectKey,
        select: { id: true, round: true, status: true, contentHash: true },
        orderBy: { round: 'desc' },
      });
      const pending = rounds.filter((round) => round.status === 'PENDING');
      refuseIfBlocked(
        canSubmitReview({
          subjectBlockers: subject.submitBlockers,
          currentHash: subject.contentHash,
          pendingHashes: pending.map((round) => round.contentHash),
          approvedHashes: rounds.filter((round) => round.status === 'APPROVED').map((round) => round.contentHash),
        }),
      );
      for (const stale of staleRounds(pending, subject.contentHash)) {
        const written = await tx.legalReview.updateMany({ where: { id: stale.id, status: 'PENDING' }, data: { status: 'SUPERSEDED' } });
        if (written.count !== 1) conflict();
        await recordAudit(tx, {
          actorId: actor.id,
          action: 'review.supersede',
          entityType: 'LegalReview',
          entityId: stale.id,
          before: { status: 'PENDING', contentHash: stale.contentHash },
          after: { status: 'SUPERSEDED' },
        });
      }

      const workingDays = positiveDays(await readSetting(tx, 'review.workingDays'), SETTING_DEFAULTS['review.workingDays'].value);
      const calendar = await loadWorkingCalendar(tx);
      const { due, explanation } = reviewDueDate({ submittedOn: toShanghaiDate(now), workingDays, calendar });
      const round = (rounds[0]?.round ?? 0) + 1;
      const review = await tx.legalReview.create({
        data: {
          ...subjectKey,
          title: subject.title,
          subjectAuthorIds: subject.authorIds,
          round,
          contentHash: subject.contentHash,
          checklist: subject.checklist,
          snapshot: (await loadReviewContent(tx, input.subjectType, input.subjectId)) as unknown as Prisma.InputJsonValue,
          submittedById: actor.id,
          submittedAt: now,
          dueOn: toDateColumn(due),
          dueExplanation: explanation as unknown as Prisma.InputJsonValue,
        },
      });
      await adapter.onSubmitted(tx, input.subjectId);
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'review.submit',
        entityType: 'LegalReview',
        entityId: review.id,
        after: { ...subjectKey, round, title: subject.title, contentHash: subject.contentHash, dueOn: due },
      });
      return review;
    });
  } catch (error) {
    // Two submissions of the same subject at once: the (subject, round) key lets only one through.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') conflict();
    throw error;
  }
}
