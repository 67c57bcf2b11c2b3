import type { Metadata } from 'next';
import { isQueryTooLong, MAX_QUERY_LENGTH, synonymsOf } from '@/lib/domain/search';
import { queryParamText } from '@/lib/http/query-param';
import { messages } from '@/lib/i18n/messages';
import { categoryBySlug, PUBLIC_CATEGORIES, publicCategory } from '@/lib/queries/public/categories';
import { publicationYearSpan } from '@/lib/queries/public/lists';
import { searchPublished } from '@/lib/queries/public/search';
import { Highlighted, MARK_STYLES } from '../_components/highlighted';
import { PageHeading } from '../_components/page-heading';
import { Pagination } from '../_components/pagination';
import { SearchForm } from '../_components/search-form';

const t = messages.publicSite.search;

// Search is the one public page rendered per request: kept small (no client code). Filters are
// plain GET parameters: column (the category's URL slug) and year of publication.
export const metadata: Metadata = { title: t.title, robots: { index: false, follow: true } };

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[]; column?: string | string[]; year?: string | string[] }> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const raw = queryParamText(params.q);
  const page = Number(first(params.page) ?? 1);
  const column = categoryBySlug(first(params.column) ?? '');
  const yearParam = first(params.year) ?? '';
  const years = await publicationYearSpan();
  const year = /^\d{4}$/.test(yearParam) && years.includes(Number(yearParam)) ? Number(yearParam) : undefined;
  const results = await searchPublished(raw, page, { category: column?.category, year });
  const href = (p: number) => {
    const query = new URLSearchParams({ q: raw });
    if (column) query.set('column', column.slug);
    if (year) query.set('year', String(year));
    if (p > 1) query.set('page', String(p));
    return `/search?${query.toString()}`;
  };
  const synonyms = (results.query?.terms ?? []).flatMap((term) => synonymsOf(term));
  return (
    <div>
      <PageHeading trail={[]} title={results.query ? t.resultsFor(raw) : t.title} />
      <div className="mb-6 space-y-3">
        <SearchForm id="search-page-q" landmark={t.pageLandmark} defaultValue={raw} large />
        {results.query && (
          <form action="/search" method="get" aria-label={t.filters} className="flex flex-wrap items-end gap-3 text-base">
            <input type="hidden" name="q" value={raw} />
            <div>
              <label htmlFor="search-column" className="block font-semibold text-stone-700">
                {t.column}
              </label>
              <select id="search-column" name="column" defaultValue={column?.slug ?? ''} className="mt-1 rounded border border-stone-400 bg-white px-2 py-2">
                <option value="">{t.allColumns}</option>
                {PUBLIC_CATEGORIES.map((c) => (
                  <option key={c.slug} value={c.slug}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="search-year" className="block font-semibold text-stone-700">
                {t.year}
              </label>
              <select id="search-year" name="year" defaultValue={year ? String(year) : ''} className="mt-1 rounded border border-stone-400 bg-white px-2 py-2">
                <option value="">{t.allYears}</option>
                {years.map((y) => (
                  <option key={y} value={y}>
                    {messages.publicSite.list.yearLabel(y)}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="rounded border-2 border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">
              {t.apply}
            </button>
          </form>
        )}
      </div>
      {isQueryTooLong(raw) && (
        <p role="status" className="mb-4 text-stone-800">
          {t.tooLong(MAX_QUERY_LENGTH)}
        </p>
      )}
      {!results.query ? (
        <p className="text-stone-700">{t.prompt}</p>
      ) : (
        <section aria-labelledby="search-count" className="rounded-lg bg-white p-6 shadow-sm">
          {results.shortQuery && (
            <p role="note" className="mb-3 rounded border border-amber-600 bg-amber-50 p-3 text-base text-amber-900">
              {t.shortHint}
            </p>
          )}
          <h2 id="search-count" className="text-lg font-semibold text-stone-800">
            {results.total > 0 ? t.count(results.total) : t.none}
          </h2>
          {synonyms.length > 0 && <p className="mt-1 text-base text-stone-700">{t.synonymNote(synonyms.join('、'))}</p>}
          {results.capped && <p className="mt-2 text-base text-stone-700">{t.capped(results.total)}</p>}
          {results.hits.length === 0 && results.page > 1 && (
            <p className="mt-4">
              {t.emptyPage}{' '}
              <a className="text-brand-700 underline" href={href(1)}>
                {t.backToFirst}
              </a>
            </p>
          )}
          <ol className={`mt-2 divide-y divide-stone-200 ${MARK_STYLES}`}>
            {results.hits.map((hit) => (
              <li key={hit.id} className="py-4">
                <h3 className="text-lg">
                  <a href={`/disclosures/${hit.id}`} className="font-semibold text-stone-900 underline-offset-4 hover:text-brand-700 hover:underline">
                    <Highlighted segments={hit.titleSegments} />
                  </a>
                </h3>
                <p className="mt-1 text-base leading-relaxed text-stone-700">
                  <Highlighted segments={hit.excerptSegments} />
                </p>
                <p className="mt-1 text-base text-stone-600">
                  {publicCategory(hit.category).name}　<time dateTime={hit.publishedOn}>{hit.publishedOn}</time>
                </p>
              </li>
            ))}
          </ol>
          <Pagination page={results.page} pageCount={results.pageCount} href={href} />
        </section>
      )}
    </div>
  );
}
