import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { listRectifications, type RectificationFilter } from '@/lib/queries/inspections/rectifications';
import { Section } from '../_components/controls';
import { RectificationTable } from '../_components/rectification-table';
import { SubNav } from '../_components/sub-nav';

const r = messages.inspections.rectifications;
export const metadata: Metadata = { title: r.listTitle };
const FILTERS: { value: RectificationFilter; label: string }[] = [
  { value: 'open', label: r.open },
  { value: 'closed', label: r.closedFilter },
  { value: 'all', label: r.filterAll },
];

export default async function RectificationsPage({ searchParams }: { searchParams: Promise<{ filter?: string }> }) {
  await requireStaffPage({ path: '/staff/inspections/rectifications' });
  const requested = (await searchParams).filter;
  const filter = FILTERS.find((f) => f.value === requested)?.value ?? 'open';
  const rows = await listRectifications(getDb(), { filter });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{r.listTitle}</h1>
      <SubNav current="/staff/inspections/rectifications" />
      <Section id="rectification-list" title={`${FILTERS.find((f) => f.value === filter)?.label}（${rows.length}）`}>
        <nav aria-label={r.status} className="flex gap-3 text-sm">
          {FILTERS.map((f) => (
            <Link
              key={f.value}
              aria-current={f.value === filter ? 'page' : undefined}
              className={f.value === filter ? 'font-semibold' : 'text-brand-700 hover:underline'}
              href={`/staff/inspections/rectifications?filter=${f.value}`}
            >
              {f.label}
            </Link>
          ))}
        </nav>
        <RectificationTable rows={rows} empty={r.none} />
      </Section>
    </div>
  );
}
