import type { Metadata } from 'next';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { can } from '@/lib/domain/auth/permissions';
import { toShanghaiDate } from '@/lib/domain/calendar/date-string';
import { annualPlan, PLAN_ITEM_STATE_LABELS } from '@/lib/domain/publicity/plan';
import { messages } from '@/lib/i18n/messages';
import { listPublicityYears, listResponsibilities } from '@/lib/queries/publicity/publicity-ledger';
import { Section } from '../officers/_components/fields';
import { CreateResponsibilityForm, DeleteResponsibilityForm } from './_components/publicity-forms';
import { PublicitySubnav, YearPicker, pickYear } from './_components/subnav';

export const metadata: Metadata = { title: messages.publicity.title };

const text = messages.publicity;

export default async function PublicityPlanPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireStaffPage({ path: '/staff/publicity' });
  const canManage = can(actor.roles, 'publicity.manage');
  const today = toShanghaiDate(new Date());
  const year = pickYear((await searchParams).year, Number(today.slice(0, 4)));
  const db = getDb();
  const [items, years] = await Promise.all([listResponsibilities(db, { year }), listPublicityYears(db, Number(today.slice(0, 4)))]);
  const plan = annualPlan(items, today);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{text.title}</h1>
      <PublicitySubnav current="plan" year={year} />
      <YearPicker years={years} year={year} path="/staff/publicity" />
      {canManage ? null : <p className="text-sm text-stone-600">{text.labels.readOnly}</p>}
      <Section id="plan" title={text.sections.plan(year)}>
        <p className="mb-3 text-sm text-stone-600">{text.hints.responsibility}</p>
        {plan.length === 0 ? (
          <p className="text-sm text-stone-600">{text.labels.noPlan}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="publicity-plan">
              <thead>
                <tr className="border-b">
                  <th className="py-2">{text.fields.unit}</th>
                  <th>{text.fields.laws}</th>
                  <th>{text.fields.audience}</th>
                  <th>{text.fields.dueOn}</th>
                  <th>{text.labels.state}</th>
                  {canManage ? (
                    <th>
                      <span className="sr-only">{text.buttons.delete}</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {plan.flatMap((group) =>
                  group.items.map((item, index) => (
                    <tr key={item.id} className="border-b align-top">
                      {index === 0 ? (
                        <th scope="rowgroup" rowSpan={group.items.length} className="py-2 pr-3 font-medium">
                          {group.unit}
                        </th>
                      ) : null}
                      <td className="py-2 pr-3">{item.laws}</td>
                      <td className="pr-3">{item.audience}</td>
                      <td className="pr-3">{item.dueOn}</td>
                      <td className="pr-3">{PLAN_ITEM_STATE_LABELS[item.state]}</td>
                      {canManage ? (
                        <td>
                          <DeleteResponsibilityForm id={item.id} label={item.laws} />
                        </td>
                      ) : null}
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        )}
      </Section>
      {canManage ? (
        <Section id="add-responsibility" title={text.sections.addResponsibility}>
          <CreateResponsibilityForm year={year} />
        </Section>
      ) : null}
    </div>
  );
}
