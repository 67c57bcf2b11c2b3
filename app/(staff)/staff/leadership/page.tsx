import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { can } from '@/lib/domain/auth/permissions';
import { messages } from '@/lib/i18n/messages';
import { getLeadershipRegister } from '@/lib/queries/leadership/get-register';
import { chosenYear } from '../dashboard/year';
import { ActivityForm, AssessmentForm, DecisionForm, DeleteEntryForm, ResponsibilityForm } from './_components/forms';

const t = messages.dashboard.leadership;
export const metadata: Metadata = { title: t.title };

function Block({ id, title, count, children, form }: { id: string; title: string; count: number; children: ReactNode; form: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="space-y-3">
      <h2 id={`${id}-title`} className="border-b border-stone-200 pb-1 text-xl font-semibold">
        {title}（{count}）
      </h2>
      {count === 0 ? <p className="text-sm text-stone-700">{t.none}</p> : children}
      {form}
    </section>
  );
}

export default async function LeadershipPage({ searchParams }: { searchParams: Promise<{ year?: string | string[] }> }) {
  const actor = await requireStaffPage({ path: '/staff/leadership', permission: 'dashboard.view' });
  const year = chosenYear((await searchParams).year);
  const register = await getLeadershipRegister(getDb(), year);
  const editable = can(actor.roles, 'leadership.record');
  const form = (node: ReactNode) =>
    editable ? (
      <details className="rounded-md border border-stone-200 bg-white p-3">
        <summary className="cursor-pointer text-sm font-medium text-brand-700">{t.add}</summary>
        <div className="mt-3">{node}</div>
      </details>
    ) : null;
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">
          {t.title} · {year}年
        </h1>
        <p className="text-sm">
          <Link className="text-brand-700 hover:underline" href={`/staff/leadership/plan?year=${year + 1}`}>
            {t.planLink}
          </Link>
        </p>
        <form method="get" className="flex items-end gap-3">
          <div className="space-y-1">
            <label htmlFor="leadership-year" className="block text-sm font-medium">
              {t.yearLabel}
            </label>
            <input id="leadership-year" name="year" type="number" defaultValue={year} className="w-28 rounded-md border border-stone-300 px-3 py-2" />
          </div>
          <button type="submit" className="rounded-md border border-stone-300 bg-white px-4 py-2 text-sm font-medium hover:bg-stone-100">
            {t.show}
          </button>
        </form>
      </div>
      <Block id="decisions" title={t.decisions} count={register.decisions.length} form={form(<DecisionForm />)}>
        <ul className="space-y-2 text-sm">
          {register.decisions.map((d) => (
            <li key={d.id} id={`decision-${d.id}`} className="rounded-md border border-stone-200 bg-white p-3">
              <p className="font-medium">
                {d.heldOn} · {t.categories[d.category]} · {d.topic}
              </p>
              <p>
                {t.labels.attendees.replace(/（.*）/, '')}：{d.attendees.join('、')}
              </p>
              <p>
                {t.labels.outcome}：{d.outcome}
              </p>
              <p>{d.publicised ? `${t.publicisedYes}：${d.publicityNote}` : t.publicisedNo}</p>
              {editable ? <DeleteEntryForm entry="decision" id={d.id} label={d.topic} /> : null}
            </li>
          ))}
        </ul>
      </Block>
      <Block id="activities" title={t.activities} count={register.activities.length} form={form(<ActivityForm />)}>
        <ul className="space-y-2 text-sm">
          {register.activities.map((a) => (
            <li key={a.id} id={`activity-${a.id}`} className="rounded-md border border-stone-200 bg-white p-3">
              <p className="font-medium">
                {a.heldOn} · {t.kinds[a.kind]} · {a.title}
              </p>
              <p>
                {a.attendees.join('、')}
                {a.summary ? `；${a.summary}` : ''}
              </p>
              {editable ? <DeleteEntryForm entry="activity" id={a.id} label={a.title} /> : null}
            </li>
          ))}
        </ul>
      </Block>
      <Block id="responsibilities" title={t.responsibilities} count={register.responsibilities.length} form={form(<ResponsibilityForm year={year} />)}>
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b">
              <th className="py-1">{t.labels.level}</th>
              <th>{t.labels.personName}</th>
              <th>{t.labels.post}</th>
              <th>{t.labels.duties}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {register.responsibilities.map((r) => (
              <tr key={r.id} id={`responsibility-${r.id}`} className="border-b">
                <td className="py-1">{t.levels[r.level]}</td>
                <td>{r.personName}</td>
                <td>{r.post}</td>
                <td>{r.duties}</td>
                <td>{editable ? <DeleteEntryForm entry="responsibility" id={r.id} label={r.personName} /> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Block>
      <Block id="assessments" title={t.assessments} count={register.assessments.length} form={form(<AssessmentForm year={year} />)}>
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b">
              <th className="py-1">{t.labels.item}</th>
              <th>{t.labels.weight}</th>
              <th>{t.labels.result}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {register.assessments.map((a) => (
              <tr key={a.id} id={`assessment-${a.id}`} className="border-b">
                <td className="py-1">{a.item}</td>
                <td>{a.weight}</td>
                <td>{a.result}</td>
                <td>{editable ? <DeleteEntryForm entry="assessment" id={a.id} label={a.item} /> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Block>
      <section aria-labelledby="complaint-line" className="space-y-1">
        <h2 id="complaint-line" className="border-b border-stone-200 pb-1 text-xl font-semibold">
          {t.complaintLine}
        </h2>
        <p className="text-lg font-bold" data-testid="complaint-line">
          {register.complaintLine}
        </p>
        <p className="text-sm text-stone-700">
          {t.complaintLineHint}
          {can(actor.roles, 'settings.manage') ? (
            <>
              ，
              <Link className="text-brand-700 hover:underline" href="/staff/admin/settings">
                {t.settingsLink}
              </Link>
            </>
          ) : null}
        </p>
      </section>
    </div>
  );
}
