import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { METRICS } from '@/lib/queries/metrics/registry';
import { chosenYear } from '../year';

const t = messages.dashboard.records;
export const metadata: Metadata = { title: t.title };

// Exactly the records a dashboard figure counts: the list's length (or, for a sum, its total) is the figure.
export default async function MetricRecordsPage({ searchParams }: { searchParams: Promise<{ metric?: string | string[]; year?: string | string[] }> }) {
  const params = await searchParams;
  await requireStaffPage({ path: '/staff/dashboard/records', permission: 'dashboard.view' });
  const key = Array.isArray(params.metric) ? params.metric[0] : params.metric;
  const def = key ? METRICS[key] : undefined;
  if (!def) notFound();
  const year = chosenYear(params.year);
  const records = await def.records(getDb(), year);
  const total = records.reduce((sum, r) => sum + (r.amount ?? 0), 0);
  return (
    <div className="space-y-4">
      <p>
        <Link className="text-sm text-brand-700 hover:underline" href={`/staff/dashboard?year=${year}`}>
          ← {t.back}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t.heading(def.label, year)}</h1>
      <p className="text-sm text-stone-700">
        {t.source}：{def.source}
      </p>
      <p>
        <a className="text-sm text-brand-700 hover:underline" href={`/staff/dashboard/records/export?metric=${encodeURIComponent(def.key)}&year=${year}`}>
          {t.exportXlsx}
        </a>
      </p>
      <p className="text-lg font-semibold" data-testid="record-figure">
        {def.kind === 'sum' ? (
          <>
            {t.total(total, def.unit)}
            <span className="text-sm font-normal">{t.records(records.length)}</span>
          </>
        ) : (
          t.count(records.length, def.unit)
        )}
      </p>
      {records.length === 0 ? (
        <p className="text-sm text-stone-700">{t.empty}</p>
      ) : (
        <table className="w-full text-left text-sm" data-testid="metric-records">
          <caption className="sr-only">{t.heading(def.label, year)}</caption>
          <thead>
            <tr className="border-b">
              <th scope="col" className="py-2">
                {t.index}
              </th>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.date}</th>
              {def.kind === 'sum' ? <th scope="col">{t.amount}</th> : null}
            </tr>
          </thead>
          <tbody>
            {records.map((record, i) => (
              <tr key={record.id} className="border-b" data-testid="metric-record">
                <td className="py-1">{i + 1}</td>
                <td>
                  {record.href ? (
                    <Link className="text-brand-700 hover:underline" href={record.href}>
                      {record.title}
                    </Link>
                  ) : (
                    record.title
                  )}
                </td>
                <td>{record.date ?? '—'}</td>
                {def.kind === 'sum' ? <td>{(record.amount ?? 0).toLocaleString('zh-CN')}</td> : null}
              </tr>
            ))}
          </tbody>
          {def.kind === 'sum' ? (
            <tfoot>
              <tr>
                <th scope="row" colSpan={3} className="py-1 text-right">
                  {t.total(total, def.unit)}
                </th>
                <td>{total.toLocaleString('zh-CN')}</td>
              </tr>
            </tfoot>
          ) : null}
        </table>
      )}
    </div>
  );
}
