import { RECHECK_WORKING_DAYS } from '@/lib/domain/inspections/rectification';
import type { IsoDate } from '@/lib/domain/calendar';
import { makeTodo, type Todo, type TodoContext } from './todo';

// Rectifications for the inspectors of the inspection that found them: the re-check (回头看)
// once the entity has responded, and follow-up of a response that is due.

export type RectificationTodoFact = {
  readonly id: string;
  readonly entityName: string;
  readonly status: 'OPEN' | 'RESPONDED' | 'RECHECK_FAILED';
  readonly dueOn: IsoDate;
  readonly respondedOn: IsoDate | null;
  readonly recheckDueOn: IsoDate | null;
  readonly inspectorUserIds: readonly string[];
};

export function rectificationTodos(items: readonly RectificationTodoFact[], viewer: { readonly userId: string }, context: TodoContext): Todo[] {
  const todos: Todo[] = [];
  for (const r of items) {
    if (!r.inspectorUserIds.includes(viewer.userId)) continue;
    const href = `/staff/inspections/rectifications/${r.id}`;
    if (r.status === 'RESPONDED' && r.recheckDueOn) {
      const howComputed = `${r.respondedOn ?? ''}收到整改反馈，${RECHECK_WORKING_DAYS}个工作日内复查（回头看），截止${r.recheckDueOn}`;
      todos.push(
        makeTodo(
          {
            key: `rectification:${r.id}:recheck`,
            area: 'INSPECTION',
            action: '整改复查（回头看）',
            title: r.entityName,
            href,
            start: r.respondedOn,
            due: r.recheckDueOn,
            howComputed,
          },
          context,
        ),
      );
    } else if (r.status !== 'RESPONDED') {
      todos.push(
        makeTodo(
          {
            key: `rectification:${r.id}:response`,
            area: 'INSPECTION',
            action: r.status === 'RECHECK_FAILED' ? '督促重新整改' : '督促整改反馈',
            title: r.entityName,
            href,
            due: r.dueOn,
            howComputed: `检查时责令的整改期限，截止${r.dueOn}`,
          },
          context,
        ),
      );
    }
  }
  return todos;
}
