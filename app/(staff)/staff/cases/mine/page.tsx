import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { listMyCases } from '@/lib/queries/enforcement/cases';
import { CasesNav } from '../_components/sub-nav';

const t = messages.enforcement.ui.mine;
const status = messages.enforcement.deadlineStatus;
export const metadata: Metadata = { title: t.title };

export default async function MyCasesPage() {
  const actor = await requireStaffPage({ path: '/staff/cases/mine' });
  const cases = await listMyCases(getDb(), actor);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <CasesNav current="/staff/cases/mine" />
      <p className="text-sm text-stone-700">{t.intro}</p>
      {cases.length === 0 ? (
        <p className="text-sm text-stone-700">{t.none}</p>
      ) : (
        <ol className="space-y-2">
          {cases.map((c) => {
            const overdue = c.nearest?.status === 'overdue';
            return (
              <li
                key={c.id}
                data-testid="my-case"
                data-overdue={overdue ? 'true' : 'false'}
                className={`rounded-md border p-3 text-sm ${overdue ? 'border-red-300 bg-red-50' : 'border-stone-200 bg-white'}`}
              >
                <Link className="font-medium text-brand-700 hover:underline" href={`/staff/cases/${c.id}`}>
                  {c.caseNumber} {c.title}
                </Link>
                <p className="text-stone-700">
                  {c.typeName} · {c.stateLabel} · {t.role}：{c.role}
                </p>
                <p className={overdue ? 'font-semibold text-red-800' : 'text-stone-800'}>
                  {c.nearest
                    ? `${t.deadline}：${c.nearest.label}，${t.due} ${c.nearest.due}（${status[c.nearest.status]}）${c.nearest.needsExtension ? '，须申请延长' : ''}`
                    : t.noDeadline}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
