import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar';
import { messages } from '@/lib/i18n/messages';
import { getElderlyCareCoverage } from '@/lib/queries/inspections/coverage';
import { Section } from '../_components/controls';
import { SubNav } from '../_components/sub-nav';

const c = messages.inspections.coverage;
export const metadata: Metadata = { title: c.title };

export default async function CoveragePage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  await requireStaffPage({ path: '/staff/inspections/coverage' });
  const now = new Date();
  const thisYear = Number(toShanghaiDate(now).slice(0, 4));
  const requested = Number((await searchParams).year);
  const year = Number.isInteger(requested) && requested >= 2000 && requested <= 2100 ? requested : thisYear;
  const coverage = await getElderlyCareCoverage(getDb(), { year, now });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{c.title}</h1>
      <SubNav current="/staff/inspections/coverage" />
      <form method="get" className="flex items-end gap-3">
        <div className="space-y-1">
          <label htmlFor="coverage-year" className="block text-sm font-medium">
            {c.yearLabel}
          </label>
          <input id="coverage-year" name="year" type="number" defaultValue={year} className="w-28 rounded-md border border-stone-300 px-3 py-2" />
        </div>
        <button type="submit" className="rounded-md border border-stone-300 bg-white px-4 py-2 text-sm font-medium hover:bg-stone-100">
          {c.show}
        </button>
      </form>
      <Section id="coverage-summary" title={`${year}`}>
        <p className="text-3xl font-bold" data-testid="coverage-summary">
          {c.summary(coverage.covered, coverage.total)}
        </p>
        <p className="text-sm text-stone-700">{c.rule(coverage.filingCheckWorkingDays)}</p>
      </Section>
      <Section id="coverage-uncovered" title={`${c.uncovered}（${coverage.uncovered.length}）`}>
        {coverage.uncovered.length === 0 ? (
          <p className="text-sm text-green-800">{c.allCovered}</p>
        ) : (
          <ul className="space-y-1 text-sm" data-testid="coverage-uncovered">
            {coverage.uncovered.map((u) => (
              <li key={u.entityId}>
                <Link className="font-medium text-brand-700 hover:underline" href={`/staff/inspections/entities/${u.entityId}`}>
                  {u.name}
                </Link>
                ：{u.reasons.map((reason) => reason.message).join('；')}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="coverage-rows" title={c.entity}>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b">
                <th className="py-2">{c.entity}</th>
                <th>{c.onSite}</th>
                <th>{c.last}</th>
                <th>{c.filingDue}</th>
                <th>{c.reasons}</th>
              </tr>
            </thead>
            <tbody>
              {coverage.rows.map((row) => (
                <tr key={row.entityId} className="border-b">
                  <td className="py-2">{row.name}</td>
                  <td>{row.onSiteCount}</td>
                  <td>{row.lastOnSite ?? '—'}</td>
                  <td>{row.filingCheckDue ?? '—'}</td>
                  <td>{row.covered ? c.coveredMark : row.reasons.map((reason) => reason.message).join('；')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>
    </div>
  );
}
