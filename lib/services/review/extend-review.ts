import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar';
import { conflictBlockers } from '@/lib/domain/review/can-decide';
import { canExtendReview } from '@/lib/domain/review/can-extend';
import { extendReviewDue, parseDueExplanation, reviewDueDate } from '@/lib/domain/review/due-date';
import { SETTING_DEFAULTS } from '@/lib/domain/settings/defaults';
import type { Prisma } from '@/lib/generated/prisma/client';
import { loadWorkingCalendar } from '@/lib/queries/calendar/load-calendar';
import { readSetting } from '@/lib/queries/settings/read-setting';
import { refuseIfBlocked } from '@/lib/rule-error';
import type { ExtendReviewInput } from '@/lib/schemas/review';
import { conflict, notFound, positiveDays } from './support';
import { isoOfDateColumn, toDateColumn } from '@/lib/domain/calendar/date-column';

/** Extends a pending round once, by `review.extensionWorkingDays` working days, with a reason. */
export async function extendReview(db: Db, actor: Actor, input: ExtendReviewInput, _now = new Date()) {
  assertCan(actor, 'review.decide');
  return db.$transaction(async (tx) => {
    const review = await tx.legalReview.findUnique({ where: { id: input.reviewId } });
    if (!review) notFound();
    const extensionDays = await readSetting(tx, 'review.extensionWorkingDays');
    refuseIfBlocked([
      ...conflictBlockers(review, actor.id),
      ...canExtendReview({ status: review.status, extendedDays: review.extendedDays, extensionDays, reason: input.extensionReason }),
    ]);
    const calendar = await loadWorkingCalendar(tx);
    // A stored explanation that cannot be read is recounted from the submission day.
    const stored =
      parseDueExplanation(review.dueExplanation) ??
      reviewDueDate({
        submittedOn: toShanghaiDate(review.submittedAt),
        workingDays: positiveDays(await readSetting(tx, 'review.workingDays'), SETTING_DEFAULTS['review.workingDays'].value),
        calendar,
      }).explanation;
    const { due, explanation } = extendReviewDue({ explanation: stored, extensionDays, calendar });
    const written = await tx.legalReview.updateMany({
      where: { id: review.id, status: 'PENDING', extendedDays: 0 },
      data: {
        dueOn: toDateColumn(due),
        dueExplanation: explanation as unknown as Prisma.InputJsonValue,
        extendedDays: extensionDays,
        extensionReason: input.extensionReason,
      },
    });
    if (written.count !== 1) conflict();
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'review.extend',
      entityType: 'LegalReview',
      entityId: review.id,
      before: { dueOn: isoOfDateColumn(review.dueOn), extendedDays: 0 },
      after: { dueOn: due, extendedDays: extensionDays, reason: input.extensionReason },
    });
    return { id: review.id, dueOn: due };
  });
}
