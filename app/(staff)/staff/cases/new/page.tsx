import type { Metadata } from 'next';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { CASE_TYPES, type CaseType } from '@/lib/domain/enforcement';
import { messages } from '@/lib/i18n/messages';
import { loadFilingChoices } from '@/lib/queries/enforcement/cases';
import { CasesNav } from '../_components/sub-nav';
import { FileCaseForm } from './file-case-form';

const t = messages.enforcement.ui.form;
export const metadata: Metadata = { title: t.title };

// Opened from a watch-list entry (立案取缔): the ban type, the entry and the organisation as party are filled in.
export default async function NewCasePage({ searchParams }: { searchParams: Promise<{ type?: string; watchedOrganisationId?: string }> }) {
  const actor = await requireStaffPage({ path: '/staff/cases/new', permission: 'case.work' });
  const choices = await loadFilingChoices(getDb());
  const query = await searchParams;
  const watched = choices.watched.find((w) => w.id === query.watchedOrganisationId);
  const caseType = (CASE_TYPES as readonly string[]).includes(query.type ?? '') ? (query.type as CaseType) : watched ? 'ILLEGAL_SOCIAL_ORG_BAN' : undefined;
  const preset = { caseType, watched: caseType === 'ILLEGAL_SOCIAL_ORG_BAN' ? watched : undefined };
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <CasesNav current="/staff/cases/new" />
      <FileCaseForm
        officers={choices.officers.map((o) => ({ id: o.id, name: o.name, unit: o.unit, self: o.userId === actor.id }))}
        watched={choices.watched}
        today={choices.today}
        preset={preset}
      />
    </div>
  );
}
