import type { Role } from '@/lib/domain/auth/permissions';
import { addWorkingDays, describeDueDate, type IsoDate } from '@/lib/domain/calendar';
import { PROACTIVE_CITATION } from '@/lib/domain/disclosure/timeliness';
import { secrecyCheckerBlockers } from '@/lib/domain/disclosure/separation';
import { makeTodo, type Todo, type TodoContext } from './todo';

// Disclosures waiting for a step: the secrecy check (by someone other than the writers), the
// submission to legal review, the publication. The due date is the proactive-disclosure limit
// (20 working days from formation, art. 26), or for enforcement publicity the date set when the
// decision was made (7 or 20 working days after it).

export type DisclosureTodoFact = {
  readonly id: string;
  readonly title: string;
  readonly status: 'DRAFT' | 'SECRECY_CHECKED' | 'IN_REVIEW' | 'APPROVED';
  readonly requiresReview: boolean;
  readonly authorId: string;
  readonly editorIds: readonly string[];
  readonly formedOn: IsoDate;
  /** Enforcement publicity: the decision date and the publication due date stored with it. */
  readonly publicity: { readonly decidedOn: IsoDate | null; readonly dueOn: IsoDate } | null;
};

type Viewer = { readonly userId: string; readonly roles: readonly Role[] };

function stepFor(item: DisclosureTodoFact, viewer: Viewer): string | null {
  const editor = viewer.roles.includes('EDITOR');
  if (item.status === 'DRAFT') {
    const mayCheck = viewer.roles.includes('EDITOR') || viewer.roles.includes('DIRECTOR');
    return mayCheck && secrecyCheckerBlockers(item, { userId: viewer.userId, roles: viewer.roles }).length === 0 ? '保密审查' : null;
  }
  if (item.status === 'SECRECY_CHECKED') return editor ? (item.requiresReview ? '提交法制审核' : '发布') : null;
  if (item.status === 'APPROVED') return editor ? '发布' : null;
  return null;
}

export function disclosureTodos(items: readonly DisclosureTodoFact[], viewer: Viewer, context: TodoContext & { readonly proactiveWorkingDays: number }): Todo[] {
  const todos: Todo[] = [];
  for (const item of items) {
    const action = stepFor(item, viewer);
    if (action === null) continue;
    const { due, howComputed, start } = item.publicity
      ? {
          due: item.publicity.dueOn,
          start: item.publicity.decidedOn,
          howComputed: item.publicity.decidedOn
            ? `执法决定${item.publicity.decidedOn}作出，应在公示期限内公开，截止${item.publicity.dueOn}`
            : `执法决定公示截止${item.publicity.dueOn}`,
        }
      : (() => {
          const period = addWorkingDays({ start: item.formedOn, days: context.proactiveWorkingDays, calendar: context.calendar });
          return { due: period.due, start: item.formedOn, howComputed: `${describeDueDate(period.explanation)}（${PROACTIVE_CITATION}）` };
        })();
    todos.push(
      makeTodo(
        {
          key: `disclosure:${item.id}:${item.status}`,
          area: 'DISCLOSURE',
          action,
          title: item.title,
          href: `/staff/disclosures/${item.id}`,
          start,
          due,
          howComputed,
          warnWithinWorkingDays: 5,
        },
        context,
      ),
    );
  }
  return todos;
}
