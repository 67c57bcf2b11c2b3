import type { Metadata } from 'next';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { can } from '@/lib/domain/auth/permissions';
import { toShanghaiDate } from '@/lib/domain/calendar/date-string';
import { ACTIVITY_KIND_LABELS } from '@/lib/domain/publicity/activities';
import { messages } from '@/lib/i18n/messages';
import { getPublicityLedger, listPublicityYears } from '@/lib/queries/publicity/publicity-ledger';
import { Section } from '../../officers/_components/fields';
import { DeleteActivityForm } from '../_components/publicity-forms';
import { PublicitySubnav, YearPicker, pickYear } from '../_components/subnav';

export const metadata: Metadata = { title: messages.publicity.subnav.ledger };

const text = messages.publicity;
const n = (value: number) => value.toLocaleString('zh-CN');

export default async function LedgerPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireStaffPage({ path: '/staff/publicity/ledger' });
  const canManage = can(actor.roles, 'publicity.manage');
  const thisYear = Number(toShanghaiDate(new Date()).slice(0, 4));
  const year = pickYear((await searchParams).year, thisYear);
  const db = getDb();
  const [ledger, years] = await Promise.all([getPublicityLedger(db, { year }), listPublicityYears(db, thisYear)]);
  const { totals } = ledger;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{text.title}</h1>
      <PublicitySubnav current="ledger" year={year} />
      <YearPicker years={years} year={year} path="/staff/publicity/ledger" />
      <Section
        id="ledger"
        title={text.sections.ledger(year)}
        actions={
          <a className="rounded-md border border-stone-300 bg-white px-3 py-2 text-sm font-medium hover:bg-stone-100" href={`/staff/publicity/ledger/export?year=${year}`} download>
            {text.buttons.export}
          </a>
        }
      >
        <dl className="mb-4 grid grid-cols-2 gap-3 sm:grid-cols-5" data-testid="ledger-totals">
          {[
            [text.totals.events, text.totals.count(totals.events, '场')],
            [text.totals.onlineItems, text.totals.count(totals.onlineItems, '条')],
            [text.totals.festivalCampaigns, text.totals.count(totals.festivalCampaigns, '次')],
            [text.totals.leaflets, text.totals.count(totals.leaflets, '份')],
            [text.totals.reach, text.totals.count(totals.reach, '人次')],
          ].map(([label, value]) => (
            <div key={label} className="rounded-md bg-stone-50 p-3">
              <dt className="text-sm text-stone-600">{label}</dt>
              <dd className="text-xl font-semibold">{value}</dd>
            </div>
          ))}
        </dl>
        {ledger.entries.length === 0 ? (
          <p className="text-sm text-stone-600">{text.labels.noActivities}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="ledger-entries">
              <caption className="sr-only">{text.sections.ledger(year)}</caption>
              <thead>
                <tr className="border-b">
                  <th className="py-2">{text.labels.index}</th>
                  <th>{text.fields.kind}</th>
                  <th>{text.fields.heldOn}</th>
                  <th>{text.fields.title}</th>
                  <th>{text.fields.festival}</th>
                  <th>{text.labels.placeOrChannel}</th>
                  <th>{text.fields.audience}</th>
                  <th className="text-right">{text.fields.leaflets}</th>
                  <th className="text-right">{text.fields.reach}</th>
                  {canManage ? (
                    <th>
                      <span className="sr-only">{text.buttons.delete}</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {ledger.entries.map((entry, index) => (
                  <tr key={entry.id} className="border-b align-top">
                    <td className="py-2 pr-2">{index + 1}</td>
                    <td className="py-2 pr-2">{ACTIVITY_KIND_LABELS[entry.kind]}</td>
                    <td className="py-2 pr-2">{entry.heldOn}</td>
                    <td className="py-2 pr-2">
                      {entry.link ? (
                        <a className="text-brand-700 hover:underline" href={entry.link} rel="noopener noreferrer nofollow" target="_blank">
                          {entry.title}
                        </a>
                      ) : (
                        entry.title
                      )}
                    </td>
                    <td className="py-2 pr-2">{entry.festival ?? ''}</td>
                    <td className="py-2 pr-2">{[entry.place, entry.channel].filter(Boolean).join(' / ')}</td>
                    <td className="py-2 pr-2">{entry.audience ?? ''}</td>
                    <td className="py-2 pr-2 text-right">{n(entry.leaflets)}</td>
                    <td className="py-2 pr-2 text-right">{n(entry.reach)}</td>
                    {canManage ? (
                      <td className="py-2">
                        <DeleteActivityForm id={entry.id} label={entry.title} />
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className="font-semibold">
                  <th scope="row" colSpan={7} className="py-2">
                    {text.sections.totals}
                  </th>
                  <td className="py-2 pr-2 text-right">{n(totals.leaflets)}</td>
                  <td className="py-2 pr-2 text-right">{n(totals.reach)}</td>
                  {canManage ? <td /> : null}
                </tr>
              </tfoot>
            </table>
          </div>
        )}
      </Section>
    </div>
  );
}
