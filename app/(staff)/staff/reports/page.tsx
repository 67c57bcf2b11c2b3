import Link from 'next/link';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { toShanghaiDate } from '@/lib/domain/calendar';
import { STATUS_NAMES } from '@/lib/domain/disclosure/workflow';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { listReports } from '@/lib/queries/reports/get-report';
import { GenerateReportForm } from './_components/report-forms';

const t = messages.reports;

export default async function ReportsPage() {
  await requireStaffPage({ path: '/staff/reports', permission: 'report.edit' });
  const reports = await listReports(getDb());
  const lastYear = Number(toShanghaiDate(new Date()).slice(0, 4)) - 1;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t.index.title}</h1>
      <p className="max-w-3xl text-stone-700">{t.index.intro}</p>
      <section className="rounded-lg bg-white p-6 shadow-sm" aria-labelledby="generate">
        <h2 id="generate" className="mb-3 text-lg font-semibold">
          {t.index.generate}
        </h2>
        <GenerateReportForm defaultYear={lastYear} label={t.index.generate} />
      </section>
      <section className="rounded-lg bg-white p-6 shadow-sm" aria-labelledby="list">
        <h2 id="list" className="mb-3 text-lg font-semibold">
          {t.index.listTitle}
        </h2>
        {reports.length === 0 ? (
          <p className="text-stone-600">{t.index.none}</p>
        ) : (
          <ul className="divide-y divide-stone-200">
            {reports.map((r) => (
              <li key={r.year} className="flex flex-wrap items-center gap-4 py-2">
                <Link href={`/staff/reports/${r.year}`} className="font-medium text-brand-700 hover:underline">{`${r.year}年度法治政府建设情况报告`}</Link>
                <span className="text-sm text-stone-600">{t.index.versions(r.versions)}</span>
                <span className="text-sm text-stone-600">{r.status ? t.view.disclosureStatus(STATUS_NAMES[r.status]) : t.view.notSent}</span>
                <Link href={`/staff/reports/${r.year}/statistics`} className="text-sm text-brand-700 hover:underline">
                  {t.index.statistics}
                </Link>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-4 text-sm">
          <Link className="text-brand-700 hover:underline" href={`/staff/reports/${lastYear}/statistics`}>{`${t.index.statistics}（${lastYear}年）`}</Link>
        </p>
      </section>
    </div>
  );
}
