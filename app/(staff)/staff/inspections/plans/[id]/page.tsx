import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { can } from '@/lib/domain/auth/permissions';
import { messages } from '@/lib/i18n/messages';
import { getPlan } from '@/lib/queries/inspections/plans';
import { Section } from '../../_components/controls';
import { SubNav } from '../../_components/sub-nav';
import { RunDrawForm } from '../plan-forms';

const t = messages.inspections;
export const metadata: Metadata = { title: t.plans.title };

export default async function PlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireStaffPage({ path: `/staff/inspections/plans/${id}` });
  const plan = await getPlan(getDb(), id);
  if (!plan) notFound();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">
        {plan.title}（{plan.year}）
      </h1>
      <SubNav current="/staff/inspections/plans" />
      {can(actor.roles, 'inspection.record') ? (
        <Section id="draw" title={t.plans.drawTitle}>
          <RunDrawForm planId={plan.id} />
        </Section>
      ) : null}
      <Section id="draws" title={t.plans.draws}>
        {plan.draws.length === 0 ? (
          <p className="text-sm text-stone-700">{t.plans.noDraws}</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b">
                <th className="py-2">{t.plans.drawnAt}</th>
                <th>{t.fields.seed}</th>
                <th>{t.plans.picks}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {plan.draws.map((draw) => (
                <tr key={draw.id} className="border-b" data-testid="draw-row">
                  <td className="py-2">{draw.drawnOn}</td>
                  <td className="font-mono break-all">{draw.seed}</td>
                  <td>{draw.picks}</td>
                  <td>
                    <Link className="text-brand-700 hover:underline" href={`/staff/inspections/draws/${draw.id}`}>
                      {t.plans.view}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
      <Section id="plan-inspections" title={`${t.plans.inspections}（${plan.inspections}）`}>
        <ul className="list-disc pl-5 text-sm">
          {plan.inspectionList.map((i) => (
            <li key={i.id}>
              <Link className="text-brand-700 hover:underline" href={`/staff/inspections/records/${i.id}`}>
                {i.inspectedOn}
              </Link>{' '}
              {i.entityName} · {t.inspectionKinds[i.kind]}
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
