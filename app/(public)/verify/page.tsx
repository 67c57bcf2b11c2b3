import type { Metadata } from 'next';
import { queryParamText } from '@/lib/http/query-param';
import { messages } from '@/lib/i18n/messages';
import { PageHeading } from '../_components/page-heading';
import { VerifyForm } from './form';

const t = messages.documents.verify;

export const metadata: Metadata = { title: t.title, robots: { index: false, follow: false } };

// The QR image on a served document opens /verify?code=…; the code only pre-fills the form, the
// look-up itself goes through the rate-limited action.
export default async function VerifyPage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  const code = queryParamText((await searchParams).code).slice(0, 20);
  return (
    <div>
      <PageHeading trail={[]} title={t.title}>
        <p className="mt-2 max-w-4xl text-stone-700">{t.intro}</p>
      </PageHeading>
      <div className="rounded-lg bg-white p-6 shadow-sm">
        <VerifyForm code={code} />
      </div>
    </div>
  );
}
