import type { Metadata } from 'next';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { messages } from '@/lib/i18n/messages';
import { OfficersSubnav } from '../_components/subnav';
import { ImportForm } from './import-form';

export const metadata: Metadata = { title: messages.officers.import.title };

const text = messages.officers;

export default async function OfficerImportPage() {
  await requireStaffPage({ path: '/staff/officers/import', permission: 'officers.manage' });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{text.import.title}</h1>
      <OfficersSubnav current="import" />
      <section aria-labelledby="import-help" className="space-y-2 rounded-lg bg-white p-5 text-sm shadow-sm">
        <h2 id="import-help" className="text-lg font-semibold">
          {text.sections.importUpload}
        </h2>
        <p>{text.import.intro}</p>
        <p>{text.import.steps}</p>
        <p>
          <a className="text-brand-700 underline" href="/staff/officers/import/template" download>
            {text.buttons.template}
          </a>
        </p>
      </section>
      <ImportForm />
    </div>
  );
}
