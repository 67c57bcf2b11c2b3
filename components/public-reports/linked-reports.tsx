import Link from 'next/link';
import { messages } from '@/lib/i18n/messages';
import type { LinkedReport } from '@/lib/queries/public-reports/reports';

const t = messages.publicRequests;

/** The reports that led to a watch-list entry or a case, each linking to it in the staff inbox. */
export function LinkedReports({ reports }: { reports: readonly LinkedReport[] }) {
  if (reports.length === 0) return null;
  return (
    <div className="text-sm" data-testid="linked-reports">
      <p>{t.inbox.sourceReports}：</p>
      <ul className="ml-4 list-disc">
        {reports.map((r) => (
          <li key={r.id} data-testid="linked-report">
            {r.receivedOn} · {t.report.kinds[r.kind]} · {t.report.statuses[r.status]}
            {' · '}
            {t.inbox.reporter}：{r.anonymous ? t.inbox.anonymous : r.reporter ? `${r.reporter.name ?? ''} ${r.reporter.contact ?? ''}`.trim() : t.inbox.reporterHidden}
            {' · '}
            <Link className="text-brand-700 hover:underline" href={`/staff/public-reports#report-${r.id}`}>
              {t.inbox.openReport}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
