import type { Role } from '@/lib/domain/auth/permissions';
import type { IsoDate } from '@/lib/domain/calendar';
import { makeTodo, type Todo, type TodoContext } from './todo';

// Legal reviews waiting for a decision: every pending round, for each legal reviewer who may
// decide it (nobody reviews what they wrote or submitted).

export type PendingReviewFact = {
  readonly id: string;
  readonly title: string;
  readonly subjectLabel: string;
  readonly submittedOn: IsoDate;
  readonly dueOn: IsoDate;
  /** describeReviewDue of the stored explanation. */
  readonly howComputed: string;
  readonly submittedById: string;
  readonly subjectAuthorIds: readonly string[];
};

export function reviewTodos(reviews: readonly PendingReviewFact[], viewer: { readonly userId: string; readonly roles: readonly Role[] }, context: TodoContext): Todo[] {
  if (!viewer.roles.includes('LEGAL_REVIEWER')) return [];
  return reviews
    .filter((r) => r.submittedById !== viewer.userId && !r.subjectAuthorIds.includes(viewer.userId))
    .map((r) =>
      makeTodo(
        {
          key: `review:${r.id}`,
          area: 'REVIEW',
          action: `审核${r.subjectLabel}`,
          title: r.title,
          href: `/staff/reviews/${r.id}`,
          start: r.submittedOn,
          due: r.dueOn,
          howComputed: r.howComputed,
          warnWithinWorkingDays: 2,
        },
        context,
      ),
    );
}
