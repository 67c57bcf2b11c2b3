import type { Metadata } from 'next';
import Link from 'next/link';
import { ComparisonChart } from '@/components/charts/comparison-chart';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { describeComparison } from '@/lib/domain/dashboard/compare';
import { messages } from '@/lib/i18n/messages';
import { getDashboard, type DashboardFigure } from '@/lib/queries/dashboard/get-dashboard';
import { listExpiringCertificates } from '@/lib/queries/officers/expiring-certificates';
import { metricHref } from '@/lib/queries/metrics/registry';
import { loadDefaultDashboardYear } from '@/lib/queries/dashboard/default-year';
import { chosenYear } from './year';

const t = messages.dashboard;
export const metadata: Metadata = { title: t.title };

function FigureCard({ figure }: { figure: DashboardFigure }) {
  const { comparison } = figure;
  return (
    <li className="rounded-md border border-stone-200 bg-white p-3" data-metric={figure.key}>
      <p className="text-sm text-stone-700" title={figure.source}>
        {figure.label}
      </p>
      <p className="mt-1">
        <Link href={figure.href} className="text-2xl font-bold text-brand-800 hover:underline" data-testid={`figure-${figure.key}`}>
          {comparison.value.toLocaleString('zh-CN')}
        </Link>
        <span className="ml-1 text-sm text-stone-600">{figure.unit}</span>
      </p>
      <p className="text-xs text-stone-600">
        <Link href={figure.previousHref} className="hover:underline">
          {t.previousYear} {comparison.previous.toLocaleString('zh-CN')}
        </Link>
        {'　'}
        {describeComparison(comparison)}
      </p>
    </li>
  );
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ year?: string | string[] }> }) {
  await requireStaffPage({ path: '/staff/dashboard', permission: 'dashboard.view' });
  const now = new Date();
  const db = getDb();
  const requested = (await searchParams).year;
  // Without ?year=, the year being reported on or the latest with records, not an empty current year.
  const year = requested === undefined ? await loadDefaultDashboardYear(db, now) : chosenYear(requested, now);
  const dashboard = await getDashboard(db, year);
  const expiring = await listExpiringCertificates(db, { on: now });
  const { derived } = dashboard;
  const percent = (value: number | null) => (value === null ? t.noData : `${value}%`);
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">
          {t.title} · {year}年
        </h1>
        <p className="text-sm text-stone-700">{t.intro}</p>
        <form method="get" className="flex items-end gap-3">
          <div className="space-y-1">
            <label htmlFor="dashboard-year" className="block text-sm font-medium">
              {t.yearLabel}
            </label>
            <input id="dashboard-year" name="year" type="number" min={2000} max={2100} defaultValue={year} className="w-28 rounded-md border border-stone-300 px-3 py-2" />
          </div>
          <button type="submit" className="rounded-md border border-stone-300 bg-white px-4 py-2 text-sm font-medium hover:bg-stone-100">
            {t.show}
          </button>
        </form>
      </div>
      <section aria-labelledby="derived" className="grid gap-3 sm:grid-cols-3">
        <h2 id="derived" className="sr-only">
          {t.derived.onTimeRate}
        </h2>
        <p className="rounded-md border border-stone-200 bg-white p-3 text-sm">
          {t.derived.onTimeRate}：
          <Link className="font-bold text-brand-800 hover:underline" href={metricHref('reviews.onTime', year)}>
            {percent(derived.onTimeRate)}
          </Link>
        </p>
        <p className="rounded-md border border-stone-200 bg-white p-3 text-sm">
          {t.derived.coverageRate}：
          <Link className="font-bold text-brand-800 hover:underline" href={metricHref('inspections.jointElderlyCareInstitutions', year)}>
            {percent(derived.coverageRate)}
          </Link>
        </p>
        <p className="rounded-md border border-stone-200 bg-white p-3 text-sm">
          {t.derived.averageDecisionDays}：
          <Link className="font-bold text-brand-800 hover:underline" href={metricHref('cases.decided', year)}>
            {derived.averageDecisionDays === null ? t.noData : `${derived.averageDecisionDays}${t.derived.days}`}
          </Link>
        </p>
      </section>
      {dashboard.areas.map((area) => (
        <section key={area.id} id={`area-${area.id}`} aria-labelledby={`area-${area.id}-title`} className="space-y-4">
          <h2 id={`area-${area.id}-title`} className="border-b border-stone-200 pb-1 text-xl font-semibold">
            {area.title}
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            {area.figures.map((figure) => (
              <FigureCard key={figure.key} figure={figure} />
            ))}
          </ul>
          {area.charts.map((chart) => (
            <ComparisonChart key={chart.id} id={chart.id} title={chart.title} rows={chart.rows} year={year} />
          ))}
          {area.id === 'officers' ? (
            <div className="space-y-2">
              <h3 className="font-semibold">{t.expiring.title(expiring.withinDays)}</h3>
              {expiring.certificates.length === 0 ? (
                <p className="text-sm text-stone-700">{t.expiring.none}</p>
              ) : (
                <table className="w-full text-left text-sm" data-testid="expiring-certificates">
                  <thead>
                    <tr className="border-b">
                      <th className="py-1">{t.expiring.officer}</th>
                      <th>{t.expiring.kind}</th>
                      <th>{t.expiring.number}</th>
                      <th>{t.expiring.validTo}</th>
                      <th>{t.expiring.daysLeft}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {expiring.certificates.map((c) => (
                      <tr key={c.certificateId} className="border-b">
                        <td className="py-1">
                          <Link className="text-brand-700 hover:underline" href={`/staff/officers/${c.officerId}`}>
                            {c.officerName}
                          </Link>
                        </td>
                        <td>{c.category}</td>
                        <td>{c.number}</td>
                        <td>{c.validTo}</td>
                        <td>{c.daysLeft}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </div>
          ) : null}
        </section>
      ))}
    </div>
  );
}
