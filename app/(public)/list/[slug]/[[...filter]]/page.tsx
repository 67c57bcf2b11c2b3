import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { messages } from '@/lib/i18n/messages';
import { tagPublicDisclosurePage } from '@/lib/public-cache';
import { categoryBySlug } from '@/lib/queries/public/categories';
import { listCategory, publicationYears } from '@/lib/queries/public/lists';
import { ItemList } from '../../../_components/item-list';
import { PageHeading } from '../../../_components/page-heading';
import { Pagination } from '../../../_components/pagination';
import { listHref, parseListFilter } from '../../../_lib/list-params';

const t = messages.publicSite;

// Prerendered on first request, cached, re-rendered when a disclosure is published or withdrawn.
export const revalidate = 600;
export const dynamicParams = true;
export async function generateStaticParams(): Promise<{ slug: string; filter?: string[] }[]> {
  return [];
}

type Props = { params: Promise<{ slug: string; filter?: string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, filter } = await params;
  const category = categoryBySlug(slug);
  const parsed = parseListFilter(filter);
  if (!category || !parsed) return {};
  const title = parsed.year ? t.list.titleWithYear(category.name, parsed.year) : category.name;
  return {
    title: parsed.page > 1 ? `${title} ${t.pagination.page(parsed.page)}` : title,
    alternates: { types: { 'application/atom+xml': `/feeds/${slug}` } },
  };
}

export default async function CategoryListPage({ params }: Props) {
  const { slug, filter } = await params;
  const category = categoryBySlug(slug);
  const parsed = parseListFilter(filter);
  if (!category || !parsed) notFound();
  await tagPublicDisclosurePage();
  const [list, years] = await Promise.all([listCategory({ category: category.category, year: parsed.year, page: parsed.page }), publicationYears(category.category)]);
  if (parsed.page > list.pageCount || (parsed.year && !years.includes(parsed.year))) notFound();
  const yearLinks = [{ label: t.list.allYears, year: undefined }, ...years.map((year) => ({ label: t.list.yearLabel(year), year }))];
  return (
    <div>
      <PageHeading trail={[{ href: '/statutory', label: t.columns.statutory }]} title={parsed.year ? t.list.titleWithYear(category.name, parsed.year) : category.name}>
        <p className="mt-2 text-stone-700">{category.description}</p>
      </PageHeading>
      <div className="rounded-lg bg-white p-6 shadow-sm">
        {years.length > 0 && (
          <nav aria-label={t.list.yearFilter} className="mb-4">
            <ul className="flex flex-wrap gap-2">
              {yearLinks.map(({ label, year }) => {
                const current = year === parsed.year;
                return (
                  <li key={label}>
                    <a
                      href={listHref(slug, { year, page: 1 })}
                      aria-current={current ? 'page' : undefined}
                      className={`inline-block rounded border px-3 py-1 ${current ? 'border-brand-700 bg-brand-700 text-white' : 'border-stone-300 bg-white text-stone-800 hover:border-brand-700'}`}
                    >
                      {label}
                    </a>
                  </li>
                );
              })}
            </ul>
          </nav>
        )}
        <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-stone-200 pb-2 text-base text-stone-700">
          <p>{t.list.count(list.total)}</p>
          <a href={`/feeds/${slug}`} className="underline underline-offset-4 hover:text-brand-700">
            {t.list.feed}
          </a>
        </div>
        {list.items.length === 0 ? <p className="py-6 text-stone-600">{t.list.empty}</p> : <ItemList items={list.items} showIndexNumber />}
        <Pagination page={list.page} pageCount={list.pageCount} href={(page) => listHref(slug, { year: parsed.year, page })} />
      </div>
    </div>
  );
}
