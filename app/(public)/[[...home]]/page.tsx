import { notFound } from 'next/navigation';
import { messages } from '@/lib/i18n/messages';
import { tagPublicDisclosurePage } from '@/lib/public-cache';
import { PUBLIC_CATEGORIES } from '@/lib/queries/public/categories';
import { latestByCategory } from '@/lib/queries/public/lists';
import { siteLinks } from '../_components/columns';
import { SearchForm } from '../_components/search-form';

const t = messages.publicSite;

// The home page lives in an optional catch-all so that, like every other page that reads
// disclosures, it is prerendered on its first request rather than at build time: the build needs
// no database (ADR 0005). Only `/` is served here; any other unmatched path is a 404.
export const revalidate = 600;
export const dynamicParams = true;
export async function generateStaticParams(): Promise<{ home?: string[] }[]> {
  return [];
}

export default async function HomePage({ params }: { params: Promise<{ home?: string[] }> }) {
  const { home } = await params;
  if (home && home.length > 0) notFound();
  await tagPublicDisclosurePage();
  const latest = await latestByCategory(6);
  return (
    <div className="space-y-8">
      <section aria-labelledby="home-title" className="rounded-lg bg-white p-6 shadow-sm">
        <h1 id="home-title" className="text-2xl font-bold text-brand-800 sm:text-3xl">
          {messages.site.bureau}
          {t.home.title}
        </h1>
        <p className="mt-3 max-w-4xl text-stone-700">{t.home.intro}</p>
        <div className="mt-5">
          <SearchForm id="home-search" landmark={t.search.pageLandmark} large />
        </div>
      </section>

      <section aria-labelledby="columns-title" className="rounded-lg bg-white p-6 shadow-sm">
        <h2 id="columns-title" className="text-xl font-bold text-stone-900">
          {t.home.columnsTitle}
        </h2>
        <ul className="mt-4 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {siteLinks.map((link) => (
            <li key={link.href}>
              <a
                href={link.href}
                className="block h-full rounded border border-brand-100 bg-brand-50 px-4 py-4 text-center font-semibold text-brand-800 hover:border-brand-700 hover:underline"
              >
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      </section>

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        {PUBLIC_CATEGORIES.map(({ category, slug, name }) => {
          const items = latest.get(category) ?? [];
          return (
            <section key={category} aria-labelledby={`cat-${slug}`} className="rounded-lg bg-white p-6 shadow-sm">
              <div className="flex items-baseline justify-between gap-4 border-b-2 border-brand-700 pb-2">
                <h2 id={`cat-${slug}`} className="text-xl font-bold text-brand-800">
                  {name}
                </h2>
                <a href={`/list/${slug}`} className="shrink-0 text-base text-stone-700 underline-offset-4 hover:text-brand-700 hover:underline">
                  {t.home.more(name)}
                </a>
              </div>
              {items.length === 0 ? (
                <p className="py-4 text-stone-600">{t.home.empty}</p>
              ) : (
                <ul className="mt-2 divide-y divide-stone-100">
                  {items.map((item) => (
                    <li key={item.id} className="flex items-baseline justify-between gap-4 py-2">
                      <a href={`/disclosures/${item.id}`} className="min-w-0 truncate text-stone-900 hover:text-brand-700 hover:underline" title={item.title}>
                        {item.title}
                      </a>
                      <time dateTime={item.publishedOn} className="shrink-0 text-base text-stone-600 tabular-nums">
                        {item.publishedOn}
                      </time>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </div>
  );
}
