import type { Metadata } from 'next';
import { messages } from '@/lib/i18n/messages';
import { columnCategories } from '@/lib/queries/public/categories';
import { PageHeading } from '../_components/page-heading';

const t = messages.publicSite.statutory;

export const metadata: Metadata = { title: t.title };

// 法定主动公开内容: the statutory proactive content, one entry per category list, plus the
// catalogue. Static (category names only), so it needs no database.
export const revalidate = 600;

export default function StatutoryPage() {
  const entries = [
    ...columnCategories('STATUTORY_PROACTIVE').map((c) => ({ href: `/list/${c.slug}`, name: c.name, description: c.description })),
    { href: '/catalogue', name: messages.publicSite.columns.catalogue, description: messages.publicSite.catalogue.intro },
  ];
  return (
    <div>
      <PageHeading trail={[]} title={t.title}>
        <p className="mt-2 text-stone-700">{t.intro}</p>
      </PageHeading>
      <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {entries.map((entry) => (
          <li key={entry.href} className="rounded-lg bg-white p-5 shadow-sm">
            <a href={entry.href} className="text-xl font-bold text-brand-800 underline-offset-4 hover:underline">
              {entry.name}
            </a>
            <p className="mt-1 text-stone-700">{entry.description}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
