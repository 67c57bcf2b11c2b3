import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { can } from '@/lib/domain/auth/permissions';
import { messages } from '@/lib/i18n/messages';
import { listPlanTasks } from '@/lib/queries/leadership/get-register';
import { chosenYear } from '../../dashboard/year';
import { PlanTaskForm, PlanTaskUpdateForm } from '../_components/forms';

const t = messages.dashboard.leadership;
export const metadata: Metadata = { title: t.planTitle };

export default async function PlanPage({ searchParams }: { searchParams: Promise<{ year?: string | string[] }> }) {
  const actor = await requireStaffPage({ path: '/staff/leadership/plan', permission: 'dashboard.view' });
  const raw = (await searchParams).year;
  const year = raw === undefined ? chosenYear(undefined) + 1 : chosenYear(raw);
  const tasks = await listPlanTasks(getDb(), year);
  const editable = can(actor.roles, 'leadership.record');
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">
        {t.planTitle} · {year}年
      </h1>
      <p className="text-sm">
        <Link className="text-brand-700 hover:underline" href={`/staff/leadership?year=${year - 1}`}>
          {t.registerLink}
        </Link>
      </p>
      <form method="get" className="flex items-end gap-3">
        <div className="space-y-1">
          <label htmlFor="plan-year" className="block text-sm font-medium">
            {t.yearLabel}
          </label>
          <input id="plan-year" name="year" type="number" defaultValue={year} className="w-28 rounded-md border border-stone-300 px-3 py-2" />
        </div>
        <button type="submit" className="rounded-md border border-stone-300 bg-white px-4 py-2 text-sm font-medium hover:bg-stone-100">
          {t.show}
        </button>
      </form>
      {tasks.length === 0 ? (
        <p className="text-sm text-stone-700">{t.none}</p>
      ) : (
        <ol className="space-y-3">
          {tasks.map((task) => (
            <li key={task.id} id={`task-${task.id}`} className="rounded-md border border-stone-200 bg-white p-3 text-sm">
              <p className="font-medium">
                {task.heading}：{task.task}
              </p>
              <p>
                {t.labels.owner}：{task.owner}　{t.labels.dueOn}：{task.dueOn ?? '—'}　{t.labels.status}：{t.statuses[task.status]}
                {task.outcome ? `（${task.outcome}）` : ''}
              </p>
              {editable && (task.status === 'PLANNED' || task.status === 'IN_PROGRESS') ? (
                <PlanTaskUpdateForm taskId={task.id} status={task.status} outcome={task.outcome} />
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {editable ? (
        <details className="rounded-md border border-stone-200 bg-white p-3">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">{t.add}</summary>
          <div className="mt-3">
            <PlanTaskForm year={year} />
          </div>
        </details>
      ) : null}
    </div>
  );
}
