import type { Metadata } from 'next';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { INSPECTION_KINDS } from '@/lib/domain/inspections/inspection-rules';
import { messages } from '@/lib/i18n/messages';
import { recordFormOptions } from '@/lib/queries/inspections/form-options';
import { Section } from '../../_components/controls';
import { SubNav } from '../../_components/sub-nav';
import { RecordInspectionForm } from './record-form';

const t = messages.inspections;
export const metadata: Metadata = { title: t.record.title };

type Search = { entityId?: string; planId?: string; kind?: string; inspectorIds?: string | string[] };
const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : '');

export default async function RecordInspectionPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireStaffPage({ path: '/staff/inspections/records/new', permission: 'inspection.record' });
  const search = await searchParams;
  const options = await recordFormOptions(getDb());
  const kind = INSPECTION_KINDS.find((k) => k === search.kind) ?? 'ROUTINE';
  const inspectorIds = Array.isArray(search.inspectorIds) ? search.inspectorIds : search.inspectorIds ? [search.inspectorIds] : [];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t.record.title}</h1>
      <SubNav current="/staff/inspections/records/new" />
      <Section id="record" title={t.record.title}>
        <RecordInspectionForm options={options} defaults={{ entityId: one(search.entityId), planId: one(search.planId), kind, inspectorIds }} />
      </Section>
    </div>
  );
}
