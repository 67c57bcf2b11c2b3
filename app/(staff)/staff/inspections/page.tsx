import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { can } from '@/lib/domain/auth/permissions';
import { toShanghaiDate } from '@/lib/domain/calendar';
import { INSPECTION_KINDS } from '@/lib/domain/inspections';
import { messages } from '@/lib/i18n/messages';
import { getElderlyCareCoverage } from '@/lib/queries/inspections/coverage';
import { inspectionFigures } from '@/lib/queries/inspections/figures';
import { listRecentInspections } from '@/lib/queries/inspections/inspections';
import { Section } from './_components/controls';
import { SubNav } from './_components/sub-nav';

const t = messages.inspections;
export const metadata: Metadata = { title: t.overview.title };

function Stat({ label, value, testId }: { label: string; value: string | number; testId: string }) {
  return (
    <div className="rounded-md border border-stone-200 p-3">
      <dt className="text-sm text-stone-600">{label}</dt>
      <dd className="text-2xl font-bold" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

export default async function InspectionsOverviewPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const actor = await requireStaffPage({ path: '/staff/inspections' });
  const now = new Date();
  const requested = Number((await searchParams).year);
  const year = Number.isInteger(requested) && requested >= 2000 && requested <= 2100 ? requested : Number(toShanghaiDate(now).slice(0, 4));
  const db = getDb();
  const [figures, coverage, recent] = await Promise.all([
    inspectionFigures(db, { year, now }),
    getElderlyCareCoverage(db, { year, now }),
    listRecentInspections(db, { limit: 15 }),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t.overview.title}</h1>
      <SubNav current="/staff/inspections" />
      {can(actor.roles, 'inspection.record') ? null : <p className="text-sm text-stone-700">{t.overview.readOnly}</p>}
      <Section id="figures" title={t.overview.year(year)}>
        <dl className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6">
          <Stat label={t.overview.total} value={figures.total} testId="figure-total" />
          <Stat label={t.overview.elderlyCare} value={figures.elderlyCare} testId="figure-elderly-care" />
          <Stat label={t.overview.joint} value={figures.joint} testId="figure-joint" />
          <Stat label={t.coverage.title} value={t.coverage.summary(coverage.covered, coverage.total)} testId="figure-coverage" />
          <Stat label={t.overview.openRectifications} value={figures.openRectifications} testId="figure-open" />
          <Stat label={t.overview.overdueRectifications} value={figures.overdueRectifications} testId="figure-overdue" />
        </dl>
        <p className="text-sm text-stone-700">
          {t.overview.byKind}：{INSPECTION_KINDS.map((kind) => `${t.inspectionKinds[kind]} ${figures.byKind[kind]}`).join('，')}
        </p>
      </Section>
      <Section id="recent" title={t.overview.recent}>
        {recent.length === 0 ? (
          <p className="text-sm text-stone-700">{t.overview.none}</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b">
                <th className="py-2">{t.inspection.date}</th>
                <th>{t.inspection.entity}</th>
                <th>{t.inspection.kind}</th>
                <th>{t.inspection.inspectors}</th>
                <th>{t.inspection.findings}</th>
              </tr>
            </thead>
            <tbody>
              {recent.map((row) => (
                <tr key={row.id} className="border-b">
                  <td className="py-2">
                    <Link className="text-brand-700 hover:underline" href={`/staff/inspections/records/${row.id}`}>
                      {row.inspectedOn}
                    </Link>
                  </td>
                  <td>{row.entityName}</td>
                  <td>
                    {t.inspectionKinds[row.kind]}
                    {row.partnerDepartments.length > 0 ? `（${row.partnerDepartments.join('、')}）` : ''}
                  </td>
                  <td>{row.inspectors.join('、')}</td>
                  <td>{row.findings}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
    </div>
  );
}
