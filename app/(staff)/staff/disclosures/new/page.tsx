import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { toShanghaiDate } from '@/lib/domain/calendar';
import { messages } from '@/lib/i18n/messages';
import { ContentForm } from '../_components/content-form';

const text = messages.disclosure;
export const metadata: Metadata = { title: text.newTitle };

export default async function NewDisclosurePage() {
  await requireStaffPage({ path: '/staff/disclosures/new', permission: 'disclosure.draft' });
  return (
    <div className="space-y-6">
      <Link className="text-sm text-brand-700 underline" href="/staff/disclosures">
        {text.backToList}
      </Link>
      <h1 className="text-2xl font-bold">{text.newTitle}</h1>
      <section className="rounded-lg bg-white p-5 shadow-sm">
        <ContentForm values={{ category: '', title: '', summary: '', body: '', sourceDepartment: messages.site.bureau, formedOn: toShanghaiDate(new Date()) }} />
      </section>
    </div>
  );
}
