import type { Metadata } from 'next';
import { isQueryTooLong, MAX_QUERY_LENGTH } from '@/lib/domain/search';
import { queryParamText } from '@/lib/http/query-param';
import { messages } from '@/lib/i18n/messages';
import { publicCategory } from '@/lib/queries/public/categories';
import { searchPublished } from '@/lib/queries/public/search';
import { Highlighted, MARK_STYLES } from '../_components/highlighted';
import { PageHeading } from '../_components/page-heading';
import { Pagination } from '../_components/pagination';
import { SearchForm } from '../_components/search-form';

const t = messages.publicSite.search;

// Search is the one public page rendered per request: kept small (one query, no client code).
export const metadata: Metadata = { title: t.title, robots: { index: false, follow: true } };

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const raw = queryParamText(params.q);
  const page = Number(first(params.page) ?? 1);
  const results = await searchPublished(raw, page);
  const href = (p: number) => `/search?q=${encodeURIComponent(raw)}${p > 1 ? `&page=${p}` : ''}`;
  return (
    <div>
      <PageHeading trail={[]} title={results.query ? t.resultsFor(raw) : t.title} />
      <div className="mb-6">
        <SearchForm id="search-page-q" landmark={t.pageLandmark} defaultValue={raw} large />
      </div>
      {isQueryTooLong(raw) && <p role="status" className="mb-4 text-stone-800">{t.tooLong(MAX_QUERY_LENGTH)}</p>}
      {!results.query ? (
        <p className="text-stone-700">{t.prompt}</p>
      ) : (
        <section aria-labelledby="search-count" className="rounded-lg bg-white p-6 shadow-sm">
          <h2 id="search-count" className="text-lg font-semibold text-stone-800">
            {results.total > 0 ? t.count(results.total) : t.none}
          </h2>
          {results.capped && <p className="mt-2 text-base text-stone-700">{t.capped(results.total)}</p>}
          {results.hits.length === 0 && results.page > 1 && (
            <p className="mt-4">{t.emptyPage} <a className="text-brand-700 underline" href={href(1)}>{t.backToFirst}</a></p>
          )}
          <ol className={`mt-2 divide-y divide-stone-200 ${MARK_STYLES}`}>
            {results.hits.map((hit) => (
              <li key={hit.id} className="py-4">
                <h3 className="text-lg">
                  <a href={`/disclosures/${hit.id}`} className="font-semibold text-stone-900 underline-offset-4 hover:text-brand-700 hover:underline">
                    <Highlighted segments={hit.titleSegments} />
                  </a>
                </h3>
                <p className="mt-1 text-base leading-relaxed text-stone-700"><Highlighted segments={hit.excerptSegments} /></p>
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
