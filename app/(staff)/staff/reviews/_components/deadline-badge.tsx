import type { DeadlineStatus } from '@/lib/domain/calendar';
import { messages } from '@/lib/i18n/messages';

const text = messages.review.deadline;
const styles = {
  ok: 'border-green-300 bg-green-50 text-green-800',
  'due-soon': 'border-amber-300 bg-amber-50 text-amber-900',
  overdue: 'border-red-300 bg-red-50 text-red-800',
} as const;

export function DeadlineBadge({ deadline }: { deadline: DeadlineStatus }) {
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-xs ${styles[deadline.status]}`}>
      {text[deadline.status]} · {text.remaining(deadline.remainingWorkingDays)}
    </span>
  );
}
