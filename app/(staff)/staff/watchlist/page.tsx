import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar';
import { messages } from '@/lib/i18n/messages';
import { LinkedReports } from '@/components/public-reports/linked-reports';
import { listWatchedOrganisations } from '@/lib/queries/evidence/watchlist';
import { AddWatchedOrganisationForm, WatchStatusForm } from './watchlist-forms';
import { isoOfDateColumn } from '@/lib/domain/calendar/date-column';

const t = messages.evidence.watchlist;
export const metadata: Metadata = { title: t.title };

const STATUS_CLASS = {
  SUSPECTED: 'bg-amber-100 text-amber-900',
  INVESTIGATING: 'bg-blue-100 text-blue-900',
  BANNED: 'bg-red-100 text-red-900',
  CLEARED: 'bg-stone-100 text-stone-700',
} as const;

export default async function WatchlistPage() {
  await requireStaffPage({ path: '/staff/watchlist', permission: 'watchlist.manage' });
  const rows = await listWatchedOrganisations(getDb());
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="text-sm text-stone-700">{t.intro}</p>
      {rows.length === 0 ? <p className="text-sm">{t.none}</p> : null}
      <ul className="space-y-4">
        {rows.map((row) => (
          <li key={row.id} className="space-y-2 rounded-md border border-stone-200 bg-white p-4" data-testid="watched" data-name={row.name}>
            <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
              <h2 className="text-lg font-semibold">{row.name}</h2>
              <span className={`rounded px-2 py-0.5 text-xs font-medium ${STATUS_CLASS[row.status]}`} data-testid="watch-status">
                {t.statuses[row.status]}
              </span>
              <span className="text-sm text-stone-600">
                {messages.evidence.fields.source}：{row.source}
                {row.sourceDetail ? `（${row.sourceDetail}）` : ''}
              </span>
              <span className="text-sm text-stone-600">
                {messages.evidence.fields.notedOn}：{isoOfDateColumn(row.notedOn)}
              </span>
            </div>
            {row.note ? <p className="text-sm whitespace-pre-line text-stone-700">{row.note}</p> : null}
            <LinkedReports reports={row.reports} />
            {row.cases.length > 0 ? (
              <p className="text-sm">
                {t.cases}：
                {row.cases.map((c, i) => (
                  <span key={c.id}>
                    {i > 0 ? '、' : ''}
                    <Link className="text-brand-700 hover:underline" href={`/staff/cases/${c.id}`}>
                      {c.caseNumber}
                    </Link>
                  </span>
                ))}
              </p>
            ) : null}
            {row.exposure ? (
              <p className="text-sm">
                {t.exposure}：
                <Link className="text-brand-700 hover:underline" href={`/staff/disclosures/${row.exposure.id}`}>
                  {row.exposure.title}
                </Link>
                {row.exposure.status === 'PUBLISHED' ? null : <span className="text-stone-600">（{t.exposureDraft}）</span>}
              </p>
            ) : null}
            {row.status !== 'BANNED' ? (
              <div className="flex flex-wrap items-end gap-4">
                <WatchStatusForm id={row.id} status={row.status} />
                <Link
                  className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800"
                  href={`/staff/cases/new?type=ILLEGAL_SOCIAL_ORG_BAN&watchedOrganisationId=${encodeURIComponent(row.id)}`}
                >
                  {t.openCase}
                </Link>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      <section className="space-y-3 rounded-md border border-stone-200 bg-stone-50 p-4">
        <h2 className="text-lg font-semibold">{t.add}</h2>
        <AddWatchedOrganisationForm today={toShanghaiDate(new Date())} />
      </section>
    </div>
  );
}
