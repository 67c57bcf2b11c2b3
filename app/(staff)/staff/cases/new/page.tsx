import type { Metadata } from 'next';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { loadFilingChoices } from '@/lib/queries/enforcement/cases';
import { CasesNav } from '../_components/sub-nav';
import { FileCaseForm } from './file-case-form';

const t = messages.enforcement.ui.form;
export const metadata: Metadata = { title: t.title };

export default async function NewCasePage() {
  await requireStaffPage({ path: '/staff/cases/new', permission: 'case.work' });
  const choices = await loadFilingChoices(getDb());
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <CasesNav current="/staff/cases/new" />
      <FileCaseForm officers={choices.officers.map((o) => ({ id: o.id, name: o.name, unit: o.unit }))} watched={choices.watched} today={choices.today} />
    </div>
  );
}
