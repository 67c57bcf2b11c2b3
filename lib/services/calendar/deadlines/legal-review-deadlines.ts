import 'server-only';
import type { Tx } from '@/lib/db';
import { addWorkingDays, toShanghaiDate, type WorkingCalendar } from '@/lib/domain/calendar';
import type { Prisma } from '@/lib/generated/prisma/client';
import { readSetting } from '@/lib/queries/settings/read-setting';
import { dateColumn, sameJson, type OpenDeadlineRecomputer } from './types';
import { isoOfDateColumn } from '@/lib/domain/calendar/date-column';

// A pending legal review is due a number of working days after the Asia/Shanghai day it was
// submitted on: the period fixed when it was submitted (and extended), as stored in its
// explanation, so changing the `review.workingDays` setting later does not lengthen open reviews.
// Only when the stored explanation is unreadable is the period `review.workingDays` + extendedDays.
export const legalReviewDeadlines: OpenDeadlineRecomputer = {
  name: 'LegalReview',
  async recompute(tx: Tx, calendar: WorkingCalendar): Promise<number> {
    const workingDays = await readSetting(tx, 'review.workingDays');
    const pending = await tx.legalReview.findMany({
      where: { status: 'PENDING' },
      select: { id: true, submittedAt: true, extendedDays: true, dueOn: true, dueExplanation: true },
    });
    let changed = 0;
    for (const review of pending) {
      const { due, explanation } = addWorkingDays({
        start: toShanghaiDate(review.submittedAt),
        days: storedPeriod(review.dueExplanation) ?? workingDays + review.extendedDays,
        calendar,
      });
      if (due === isoOfDateColumn(review.dueOn) && sameJson(review.dueExplanation, explanation)) continue;
      // Only while still pending: a review decided meanwhile keeps the deadline it was decided under.
      const { count } = await tx.legalReview.updateMany({
        where: { id: review.id, status: 'PENDING' },
        data: { dueOn: dateColumn(due), dueExplanation: explanation as unknown as Prisma.InputJsonValue },
      });
      changed += count;
    }
    return changed;
  },
};

function storedPeriod(explanation: unknown): number | null {
  if (typeof explanation !== 'object' || explanation === null || Array.isArray(explanation)) return null;
  const { rule, days } = explanation as Record<string, unknown>;
  return rule === 'WORKING_DAYS' && typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= 1000 ? days : null;
}
