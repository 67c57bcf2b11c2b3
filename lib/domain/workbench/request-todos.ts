import { computeRequestClock, type RequestClockInput } from '@/lib/domain/requests/clock';
import { makeTodo, type Todo, type TodoContext } from './todo';

// Information requests to answer on the statutory working-day clock (《政府信息公开条例》第三十三条).
// A paused clock (waiting for the applicant's correction or a third party) has no due date and
// waits for someone else, so it is not listed.

export type RequestTodoFact = Omit<RequestClockInput, 'calendar'> & { readonly id: string; readonly subject: string };

export function requestTodos(requests: readonly RequestTodoFact[], context: TodoContext): Todo[] {
  const todos: Todo[] = [];
  for (const { id, subject, ...input } of requests) {
    const clock = computeRequestClock({ ...input, calendar: context.calendar });
    if (clock.state !== 'RUNNING') continue;
    todos.push(
      makeTodo(
        {
          key: `request:${id}`,
          area: 'REQUEST',
          action: '答复政府信息公开申请',
          title: subject,
          href: `/staff/requests#request-${id}`,
          start: clock.start,
          due: clock.due,
          howComputed: clock.steps.join('；'),
          warnWithinWorkingDays: 5,
        },
        context,
      ),
    );
  }
  return todos;
}
