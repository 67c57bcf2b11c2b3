import type { Metadata } from 'next';
import { getDb } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar';
import { messages } from '@/lib/i18n/messages';
import { listPublishedExposures } from '@/lib/queries/evidence/watchlist';
import { PageHeading } from '../_components/page-heading';

const t = messages.evidence.exposure;
export const metadata: Metadata = { title: t.title };
// A withdrawn exposure item must disappear at once: always read fresh.
export const dynamic = 'force-dynamic';

export default async function ExposurePage() {
  const items = await listPublishedExposures(getDb());
  return (
    <div>
      <PageHeading trail={[{ href: '/exposure', label: t.title }]} title={t.title}>
        <p className="mt-3 text-base text-stone-700">{t.intro}</p>
      </PageHeading>
      {items.length === 0 ? (
        <p className="text-base text-stone-700">{t.none}</p>
      ) : (
        <ul className="divide-y divide-stone-200" data-testid="exposure-list">
          {items.map((item) => (
            <li key={item.id} className="py-3">
              <a className="text-lg text-brand-800 underline-offset-4 hover:underline" href={`/disclosures/${item.id}`}>
                {item.title}
              </a>
              {item.summary ? <p className="mt-1 text-base text-stone-700">{item.summary}</p> : null}
              {item.publishedAt ? (
                <p className="mt-1 text-sm text-stone-600">
                  {t.publishedAt}：{toShanghaiDate(item.publishedAt)}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
