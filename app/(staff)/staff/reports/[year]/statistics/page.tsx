import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import {
  APPLICANT_COLUMNS,
  REMEDY_GROUP_LABELS,
  REMEDY_GROUPS,
  REMEDY_RESULT_LABELS,
  REMEDY_RESULTS,
  REQUEST_COLUMN_LABELS,
  REQUEST_ROW_LABELS,
  REQUEST_ROWS,
  type StatProblem,
} from '@/lib/domain/reports/statistics';
import { messages } from '@/lib/i18n/messages';
import { loadDisclosureReportTables, loadEnforcementStatistics } from '@/lib/queries/reports/statistics';
import { reportYearSchema } from '@/lib/schemas/reports';

const t = messages.reports.statistics;
const cell = 'border border-stone-300 px-2 py-1';
const num = `${cell} text-right tabular-nums`;

// A table of labelled counts (the proactive disclosure decisions, the items by category), with a
// total row when given.
function LabelCountTable({ headers, rows, total, testId }: { headers: readonly string[]; rows: readonly { label: string; count: number }[]; total?: number; testId?: string }) {
  return (
    <table className="w-full border-collapse text-sm" data-testid={testId}>
      <caption className="sr-only">{headers.join('')}</caption>
      <thead>
        <tr>
          {headers.map((h) => (
            <th key={h} className={cell}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((d) => (
          <tr key={d.label}>
            <th scope="row" className={`${cell} text-left font-normal`}>
              {d.label}
            </th>
            <td className={num}>{d.count}</td>
          </tr>
        ))}
        {total === undefined ? null : (
          <tr>
            <th scope="row" className={`${cell} text-left`}>
              {t.total}
            </th>
            <td className={num}>{total}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

function Checks({ problems }: { problems: StatProblem[] }) {
  if (problems.length === 0)
    return (
      <p role="status" className="text-sm text-green-800">
        {t.checksOk}
      </p>
    );
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
      <p>{t.checksFailed}</p>
      <ul className="list-disc pl-5">
        {problems.map((p) => (
          <li key={`${p.table}-${p.row}-${p.column}`}>{`${p.table}：${p.message}`}</li>
        ))}
      </ul>
    </div>
  );
}

export default async function StatisticsPage({ params }: { params: Promise<{ year: string }> }) {
  const parsed = reportYearSchema.safeParse((await params).year);
  if (!parsed.success) notFound();
  const year = parsed.data;
  await requireStaffPage({ path: `/staff/reports/${year}/statistics`, permission: 'report.edit' });
  const db = getDb();
  const enforcement = await loadEnforcementStatistics(db, year);
  const { tables, problems } = await loadDisclosureReportTables(db, year);
  const columns = [...APPLICANT_COLUMNS, 'TOTAL'] as const;
  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm text-stone-600">
          <Link href={`/staff/reports/${year}`} className="hover:underline">{`${year}年度法治政府建设情况报告`}</Link>
        </p>
        <h1 className="text-2xl font-bold">{t.title(year)}</h1>
        <p className="mt-1 text-sm">
          <a className="text-brand-700 hover:underline" href={`/staff/reports/${year}/statistics/export`}>
            {t.exportXlsx}
          </a>
        </p>
      </div>

      <section aria-labelledby="enforcement" className="space-y-3 rounded-lg bg-white p-6 shadow-sm">
        <h2 id="enforcement" className="text-lg font-semibold">
          {t.enforcementTitle(year)}
        </h2>
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{t.enforcementTitle(year)}</caption>
          <thead>
            <tr>
              <th className={cell}>{t.category}</th>
              <th className={cell}>{t.count}</th>
              <th className={cell}>{t.source}</th>
            </tr>
          </thead>
          <tbody>
            {enforcement.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row" className={`${cell} text-left font-normal`}>
                  {row.label}
                </th>
                <td className={num}>
                  {row.href ? (
                    <Link className="text-brand-700 hover:underline" href={row.href}>
                      {row.count}
                    </Link>
                  ) : (
                    row.count
                  )}
                </td>
                <td className={`${cell} text-stone-600`}>{row.detail}</td>
              </tr>
            ))}
            <tr>
              <th scope="row" className={`${cell} text-left`}>
                {t.total}
              </th>
              <td className={num}>{enforcement.total}</td>
              <td className={cell} />
            </tr>
          </tbody>
        </table>
        <p className="text-sm">
          <Link className="text-brand-700 hover:underline" href={`/staff/licences?year=${year}`}>
            {t.licences}
          </Link>
        </p>
      </section>

      <section aria-labelledby="disclosure-report" className="space-y-4 rounded-lg bg-white p-6 shadow-sm">
        <h2 id="disclosure-report" className="text-lg font-semibold">
          {t.disclosureTitle(year)}
        </h2>
        <Checks problems={problems} />

        <h3 className="font-semibold">{t.proactiveTitle}</h3>
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{t.proactiveTitle}</caption>
          <thead>
            <tr>
              {t.documents.map((h) => (
                <th key={h} className={cell}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row" className={`${cell} text-left font-normal`}>
                {t.regulations}
              </th>
              <td className={num}>0</td>
              <td className={num}>0</td>
              <td className={num}>0</td>
            </tr>
            {tables.proactive.documents.map((d) => (
              <tr key={d.label}>
                <th scope="row" className={`${cell} text-left font-normal`}>
                  {d.label}
                </th>
                <td className={num}>{d.made}</td>
                <td className={num}>{d.repealed}</td>
                <td className={num}>{d.inForce}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <LabelCountTable headers={t.decisions} rows={tables.proactive.decisions} />
        <LabelCountTable headers={t.byCategory} rows={tables.proactive.byCategory} total={tables.proactive.published} testId="proactive-by-category" />

        <h3 className="font-semibold">{t.requestsTitle}</h3>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t.requestsTitle}</caption>
            <thead>
              <tr>
                <th className={cell} />
                {columns.map((c) => (
                  <th key={c} className={cell}>
                    {REQUEST_COLUMN_LABELS[c]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {REQUEST_ROWS.map((row) => (
                <tr key={row}>
                  <th scope="row" className={`${cell} text-left font-normal`}>
                    {REQUEST_ROW_LABELS[row]}
                  </th>
                  {columns.map((c) => (
                    <td key={c} className={num}>
                      {tables.requests[row][c]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>

        <h3 className="font-semibold">{t.remediesTitle}</h3>
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{t.remediesTitle}</caption>
          <thead>
            <tr>
              <th className={cell} />
              {REMEDY_RESULTS.map((r) => (
                <th key={r} className={cell}>
                  {REMEDY_RESULT_LABELS[r]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {REMEDY_GROUPS.map((g) => (
              <tr key={g}>
                <th scope="row" className={`${cell} text-left font-normal`}>
                  {REMEDY_GROUP_LABELS[g]}
                </th>
                {REMEDY_RESULTS.map((r) => (
                  <td key={r} className={num}>
                    {tables.remedies[g][r]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
