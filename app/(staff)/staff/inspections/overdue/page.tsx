import type { Metadata } from 'next';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { listOverdueRectifications } from '@/lib/queries/inspections/rectifications';
import { Section } from '../_components/controls';
import { RectificationTable } from '../_components/rectification-table';
import { SubNav } from '../_components/sub-nav';

const r = messages.inspections.rectifications;
export const metadata: Metadata = { title: r.overdueTitle };

export default async function OverduePage() {
  await requireStaffPage({ path: '/staff/inspections/overdue' });
  const rows = await listOverdueRectifications(getDb());
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{r.overdueTitle}</h1>
      <SubNav current="/staff/inspections/overdue" />
      <Section id="overdue-list" title={`${r.overdueTitle}（${rows.length}）`}>
        <RectificationTable rows={rows} empty={r.noneOverdue} />
      </Section>
    </div>
  );
}
