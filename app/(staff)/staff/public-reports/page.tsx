import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { listReportInbox, type InboxRow } from '@/lib/queries/public-reports/reports';
import { AcceptReportForm, CloseReportForm } from './forms';

const t = messages.publicRequests;
export const metadata: Metadata = { title: t.inbox.title };

// Staff only: reporters' names and contacts are never public.
export default async function PublicReportsPage() {
  const actor = await requireStaffPage({ path: '/staff/public-reports', permission: 'publicReports.handle' });
  const reports = await listReportInbox(getDb(), actor.roles);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t.inbox.title}</h1>
      <p className="text-sm text-stone-700">{t.inbox.intro}</p>
      {reports.length === 0 ? (
        <p className="text-sm text-stone-700">{t.inbox.none}</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {reports.map((r) => (
            <ReportItem key={r.id} r={r} />
          ))}
        </ul>
      )}
    </div>
  );
}

function ReportItem({ r }: { r: InboxRow }) {
  return (
    <li id={`report-${r.id}`} className="space-y-2 rounded-md border border-stone-200 bg-white p-3" data-testid="report-item">
      <p className="font-medium">
        {r.receivedOn} · {t.report.kinds[r.kind]} · {t.report.statuses[r.status]}
      </p>
      <p>
        {r.organisationName ? `${t.reportFields.organisationName}：${r.organisationName}　` : ''}
        {r.place ? `${t.reportFields.place}：${r.place}　` : ''}
        {r.officerName ? `${t.reportFields.officerName}：${r.officerName}　` : ''}
        {r.caseReference ? `${t.reportFields.caseReference}：${r.caseReference}` : ''}
      </p>
      <p className="whitespace-pre-wrap">{r.description}</p>
      <p>{r.anonymous ? t.inbox.anonymous : `${r.reporterName ?? ''} ${r.reporterContact ?? ''}`}</p>
      {r.files.length > 0 ? (
        <p>
          {t.reportFields.evidence}：{r.files.map((f) => f.fileName).join('、')}
        </p>
      ) : null}
      <div className="rounded border border-stone-200 bg-stone-50 p-2 text-stone-700" data-testid="report-due">
        <p>{r.due.acceptExplanation}</p>
        {r.due.closeExplanation ? <p>{r.due.closeExplanation}</p> : null}
      </div>
      {r.watchedOrganisation ? (
        <p>
          {t.inbox.linkedWatch}：
          <Link className="underline" href="/staff/watchlist">
            {r.watchedOrganisation.name}
          </Link>
        </p>
      ) : null}
      {r.case ? (
        <p>
          {t.inbox.linkedCase}：
          <a className="underline" href={`/staff/cases/${r.case.id}`}>
            {r.case.caseNumber}
          </a>
        </p>
      ) : null}
      {r.status === 'RECEIVED' ? <AcceptReportForm reportId={r.id} illegalOrg={r.kind === 'ILLEGAL_ORG'} /> : null}
      {r.status !== 'CLOSED' ? (
        <CloseReportForm reportId={r.id} />
      ) : (
        <p>
          {t.report.answer}（{r.closedOn}）：{r.answer}
        </p>
      )}
    </li>
  );
}
