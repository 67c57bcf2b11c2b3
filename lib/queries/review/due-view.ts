import 'server-only';
import { toShanghaiDate, type DeadlineStatus, type IsoDate, type WorkingCalendar } from '@/lib/domain/calendar';
import { describeReviewDue, parseDueExplanation, reviewDeadlineStatus } from '@/lib/domain/review/due-date';
import { isoOfDateColumn } from '@/lib/domain/calendar/date-column';

export type ReviewDueView = {
  dueOn: IsoDate;
  // How the due date was computed (describeDueDate), for display beside it.
  dueExplanation: string;
  extendedDays: number;
  extensionReason: string | null;
  // Only for pending rounds: ok / due-soon / overdue with the working days left.
  deadline: DeadlineStatus | null;
};

export function dueView(
  review: { dueOn: Date; dueExplanation: unknown; extendedDays: number; extensionReason: string | null; status: string },
  context: { now: Date; calendar: WorkingCalendar },
): ReviewDueView {
  const dueOn = isoOfDateColumn(review.dueOn);
  const explanation = parseDueExplanation(review.dueExplanation);
  return {
    dueOn,
    dueExplanation: explanation ? describeReviewDue(explanation, review.extendedDays) : `截止${dueOn}`,
    extendedDays: review.extendedDays,
    extensionReason: review.extensionReason,
    deadline: review.status === 'PENDING' ? reviewDeadlineStatus({ due: dueOn, today: toShanghaiDate(context.now), calendar: context.calendar }) : null,
  };
}
