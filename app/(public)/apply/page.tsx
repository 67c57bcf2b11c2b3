import type { Metadata } from 'next';
import { messages } from '@/lib/i18n/messages';
import { issueChallenge } from '@/lib/services/public-submissions/challenge';
import { PageHeading } from '../_components/page-heading';
import { ApplyForm } from './form';

const t = messages.publicRequests.apply;

export const metadata: Metadata = { title: t.title };
// Each visit gets its own signed challenge (spam defence), so this page is rendered per request.
export const dynamic = 'force-dynamic';

export default function ApplyPage() {
  const challenge = issueChallenge();
  return (
    <div>
      <PageHeading trail={[{ href: '/guide', label: messages.publicSite.columns.guide }]} title={t.title}>
        <p className="mt-2 max-w-4xl text-stone-700">{t.intro}</p>
        <p className="mt-2 max-w-4xl text-stone-700">{t.privacy}</p>
      </PageHeading>
      <div className="rounded-lg bg-white p-6 shadow-sm">
        <ApplyForm challenge={challenge.token} bits={challenge.bits} />
      </div>
    </div>
  );
}
