import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { getTeachingCase } from '@/lib/queries/publicity/teaching-cases';
import { Section } from '../../../officers/_components/fields';
import { EditTeachingCaseForm, SendTeachingCaseForm } from '../teaching-case-forms';

export const metadata: Metadata = { title: messages.publicity.teachingCases.title };

const text = messages.publicity.teachingCases;

export default async function TeachingCasePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireStaffPage({ path: `/staff/publicity/teaching-cases/${id}`, permission: 'publicity.manage' });
  const item = await getTeachingCase(getDb(), id);
  if (!item) notFound();
  const sent = item.disclosureId !== null;
  return (
    <div className="space-y-6">
      <p>
        <Link href="/staff/publicity/teaching-cases" className="text-sm text-brand-700 hover:underline">
          ← {text.backToList}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">
        {text.title}：{item.title}
      </h1>
      <p className="text-sm text-stone-600">
        {text.columns.caseNumber}：{item.caseNumber} · {text.columns.closedOn}：{item.closedOn ?? '—'} · {sent ? text.status.sent : text.status.draft}
      </p>
      <Section id="teaching-edit" title={text.fields.body}>
        {sent ? <p className="mb-3 text-sm text-amber-900">{text.readOnly}</p> : null}
        <EditTeachingCaseForm id={item.id} title={item.title} body={item.body} readOnly={sent} />
      </Section>
      <Section id="teaching-send" title={text.buttons.send}>
        {sent ? (
          <p className="text-sm">
            {text.sentTo}：
            <Link href={`/staff/disclosures/${item.disclosureId}`} className="text-brand-700 underline">
              {item.title}
            </Link>
          </p>
        ) : (
          <SendTeachingCaseForm id={item.id} />
        )}
      </Section>
    </div>
  );
}
