import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { can } from '@/lib/domain/auth/permissions';
import { toShanghaiDate } from '@/lib/domain/calendar';
import { messages } from '@/lib/i18n/messages';
import { listPlans } from '@/lib/queries/inspections/plans';
import { Section } from '../_components/controls';
import { SubNav } from '../_components/sub-nav';
import { CreatePlanForm } from './plan-forms';

const t = messages.inspections;
export const metadata: Metadata = { title: t.plans.title };

export default async function PlansPage() {
  const actor = await requireStaffPage({ path: '/staff/inspections/plans' });
  const plans = await listPlans(getDb());
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t.plans.title}</h1>
      <SubNav current="/staff/inspections/plans" />
      {can(actor.roles, 'inspection.record') ? (
        <Section id="create-plan" title={t.plans.create}>
          <CreatePlanForm defaultYear={Number(toShanghaiDate(new Date()).slice(0, 4))} />
        </Section>
      ) : null}
      <Section id="plan-list" title={t.plans.list}>
        {plans.length === 0 ? (
          <p className="text-sm text-stone-700">{t.plans.none}</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b">
                <th className="py-2">{t.fields.planYear}</th>
                <th>{t.fields.planTitle}</th>
                <th>{t.plans.draws}</th>
                <th>{t.plans.inspections}</th>
              </tr>
            </thead>
            <tbody>
              {plans.map((plan) => (
                <tr key={plan.id} className="border-b">
                  <td className="py-2">{plan.year}</td>
                  <td>
                    <Link className="text-brand-700 hover:underline" href={`/staff/inspections/plans/${plan.id}`}>
                      {plan.title}
                    </Link>
                  </td>
                  <td>{plan.draws.length}</td>
                  <td>{plan.inspections}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
    </div>
  );
}
