import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { TODO_AREA_LABELS, TODO_URGENCY_LABELS, type Todo } from '@/lib/domain/workbench';
import { messages } from '@/lib/i18n/messages';
import { workbenchOf } from '@/lib/queries/workbench/load-workbench';

export const metadata: Metadata = { title: messages.nav.dashboard };

const URGENCY_STYLES = {
  overdue: 'bg-red-100 text-red-800',
  'due-soon': 'bg-amber-100 text-amber-900',
  ok: 'bg-green-50 text-green-800',
  provisional: 'bg-stone-100 text-stone-700',
} as const;

function remaining(todo: Todo): string {
  if (todo.urgency === 'overdue') return todo.remainingWorkingDays < 0 ? `逾期${-todo.remainingWorkingDays}个工作日` : '已过截止日';
  return todo.remainingWorkingDays === 0 ? '今日截止' : `剩余${todo.remainingWorkingDays}个工作日`;
}

// The person's work: every item waiting for them across areas, hand-offs first, then overdue
// first, each with its due date and how it was computed (ADR 0025).
export default async function StaffHomePage() {
  const actor = await requireStaffPage({ path: '/staff' });
  const { todos, provisionalCount } = await workbenchOf(actor);
  const roles = actor.roles.map((role) => messages.roles[role]).join('、');
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{messages.staff.welcome(actor.name)}</h1>
        <p className="mt-1 text-sm text-stone-600">
          {messages.staff.yourRoles}：<span>{roles}</span>
        </p>
      </div>
      <section className="rounded-lg bg-white p-5 shadow-sm" aria-labelledby="todo-heading">
        <h2 id="todo-heading" className="font-semibold">
          待办事项（{todos.length}）
        </h2>
        <p className="mt-1 text-sm text-stone-600">移交给您的事项在前，其余逾期在前、按截止日期排列；期限按工作日历计算。</p>
        {provisionalCount > 0 ? (
          <p className="mt-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" role="note">
            标为“暂定”的期限所在年度尚未录入节假日安排，录入后可能变化。
          </p>
        ) : null}
        {todos.length === 0 ? (
          <p className="mt-3 text-sm text-stone-700">目前没有等待您办理的事项。</p>
        ) : (
          <ol className="mt-3 divide-y divide-stone-200" data-testid="todo-list">
            {todos.map((todo) => (
              <li key={todo.key} className="py-3" data-testid="todo">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <p>
                    <span className="mr-2 rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-700">{TODO_AREA_LABELS[todo.area]}</span>
                    <span className="font-medium">{todo.action}</span>：
                    <Link className="text-brand-700 hover:underline" href={todo.href}>
                      {todo.title}
                    </Link>
                    {todo.handedOverBy ? <span className="ml-2 text-sm text-stone-600">（{todo.handedOverBy}移交）</span> : null}
                  </p>
                  <p className="text-sm">
                    <span>
                      截止{' '}
                      <time dateTime={todo.due} data-testid="todo-due">
                        {todo.due}
                      </time>
                    </span>
                    <span className={`ml-2 rounded px-1.5 py-0.5 text-xs ${URGENCY_STYLES[todo.urgency]}`}>{TODO_URGENCY_LABELS[todo.urgency]}</span>
                    <span className="ml-2 text-stone-600">{remaining(todo)}</span>
                  </p>
                </div>
                <p className="mt-1 text-xs text-stone-600">期限计算：{todo.howComputed}</p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
