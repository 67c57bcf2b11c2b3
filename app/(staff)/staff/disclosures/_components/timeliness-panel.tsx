import Link from 'next/link';
import { CATEGORY_NAMES } from '@/lib/domain/disclosure/categories';
import { PROACTIVE_CITATION } from '@/lib/domain/disclosure/timeliness';
import { messages } from '@/lib/i18n/messages';
import type { TimelinessRow } from '@/lib/queries/disclosure/list-timeliness';
import { StatusBadge } from './status-badge';

const text = messages.disclosure;

export function TimelinessPanel({ rows }: { rows: TimelinessRow[] }) {
  return (
    <section aria-labelledby="timeliness" className="rounded-lg bg-white p-5 shadow-sm">
      <h2 id="timeliness" className="text-lg font-semibold">
        {text.sections.timeliness}
      </h2>
      <p className="mt-1 text-xs text-stone-600">{text.list.timelinessBasis(PROACTIVE_CITATION)}</p>
      {rows.length === 0 ? (
        <p className="mt-3 text-sm text-stone-700">{text.labels.noTimeliness}</p>
      ) : (
        <ul className="mt-3 divide-y">
          {rows.map((row) => (
            <li key={row.id} className="py-2 text-sm" data-testid={`timeliness-${row.id}`}>
              <span className={row.deadline === 'overdue' ? 'font-semibold text-red-700' : 'font-semibold text-amber-800'}>{text.deadline[row.deadline]}</span>{' '}
              <Link className="text-brand-700 underline" href={`/staff/disclosures/${row.id}`}>
                {row.title}
              </Link>{' '}
              <span className="text-stone-600">（{CATEGORY_NAMES[row.category]}）</span> <StatusBadge status={row.status} />
              <p className="text-xs text-stone-600">
                {text.labels.due}：{row.due}，{text.labels.remaining}：{row.remainingWorkingDays}。{row.explanation}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
