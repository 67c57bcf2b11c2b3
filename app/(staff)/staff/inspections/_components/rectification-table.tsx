import Link from 'next/link';
import { messages } from '@/lib/i18n/messages';
import type { RectificationRow } from '@/lib/queries/inspections/rectifications';
import { OverdueBadge, StatusBadge } from './status-badge';

const r = messages.inspections.rectifications;

export function RectificationTable({ rows, empty }: { rows: RectificationRow[]; empty: string }) {
  if (rows.length === 0) return <p className="text-sm text-stone-700">{empty}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b">
            <th className="py-2">{r.finding}</th>
            <th>{r.entity}</th>
            <th>{r.inspectedOn}</th>
            <th>{r.dueOn}</th>
            <th>{r.recheckDueOn}</th>
            <th>{r.status}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b align-top" data-testid={`rectification-${row.id}`}>
              <td className="py-2 pr-2">
                <Link className="text-brand-700 hover:underline" href={`/staff/inspections/rectifications/${row.id}`}>
                  {row.finding}
                </Link>
              </td>
              <td className="pr-2">{row.entityName}</td>
              <td>{row.inspectedOn}</td>
              <td>{row.dueOn}</td>
              <td>{row.recheckDueOn ?? '—'}</td>
              <td className="whitespace-nowrap">
                <StatusBadge status={row.status} />
                <OverdueBadge overdue={row.overdue} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
