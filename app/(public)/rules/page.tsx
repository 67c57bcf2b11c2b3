import type { Metadata } from 'next';
import { messages } from '@/lib/i18n/messages';
import { columnCategories } from '@/lib/queries/public/categories';
import { PageHeading } from '../_components/page-heading';

const t = messages.publicSite.rules;

export const metadata: Metadata = { title: t.title };

export const revalidate = 600;

export default function RulesPage() {
  return (
    <div>
      <PageHeading trail={[]} title={t.title}>
        <p className="mt-2 text-stone-700">{t.intro}</p>
      </PageHeading>
      <ul className="space-y-3 rounded-lg bg-white p-6 shadow-sm">
        {t.items.map((item) => (
          <li key={item.name} className="border-b border-stone-100 pb-3 last:border-0">
            <p className="font-semibold text-stone-900">{item.name}</p>
            <p className="mt-1 text-stone-700">{item.note}</p>
          </li>
        ))}
      </ul>
      <ul className="mt-6 space-y-3">
        {columnCategories('RULES').map((c) => (
          <li key={c.slug} className="rounded-lg bg-white p-5 shadow-sm">
            <a href={`/list/${c.slug}`} className="text-xl font-bold text-brand-800 underline-offset-4 hover:underline">
              {c.name}
            </a>
            <p className="mt-1 text-stone-700">{c.description}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
