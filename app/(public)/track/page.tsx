import type { Metadata } from 'next';
import { messages } from '@/lib/i18n/messages';
import { PageHeading } from '../_components/page-heading';
import { TrackForm } from './form';

const t = messages.publicRequests.track;

export const metadata: Metadata = { title: t.title };

export default function TrackPage() {
  return (
    <div>
      <PageHeading trail={[{ href: '/apply', label: messages.publicRequests.apply.title }]} title={t.title}>
        <p className="mt-2 max-w-4xl text-stone-700">{t.intro}</p>
      </PageHeading>
      <div className="rounded-lg bg-white p-6 shadow-sm">
        <TrackForm />
      </div>
    </div>
  );
}
