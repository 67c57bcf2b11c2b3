import 'server-only';
import { getDb } from '@/lib/db';
import { alternativesOf, excerpt, highlight, parseSearchQuery, type SearchQuery, type Segment } from '@/lib/domain/search';
import type { DisclosureCategory } from '@/lib/generated/prisma/enums';
import { toListItem, type PublicListItem } from './dto';
import { buildSearchSql, CANDIDATE_CAP, estimateSql, ESTIMATE_THRESHOLD, indexable, type SearchFilter, SEARCH_PAGE_SIZE, type SearchRow, type SearchStrategy } from './search-sql';

export type SearchHit = PublicListItem & { titleSegments: Segment[]; excerptSegments: Segment[] };

export type SearchResults = {
  query: SearchQuery | null;
  page: number;
  hits: SearchHit[];
  /** Matches ranked: all of them, or the CANDIDATE_CAP newest when `capped`. */
  total: number;
  capped: boolean;
  pageCount: number;
  /** Only one-character terms: matched literally, too broad to be useful — the page suggests a word. */
  shortQuery: boolean;
  filter: SearchFilter;
};

// Deep pages only exist for the 'all' strategy (at most a few thousand matches); beyond this, page 1.
export const MAX_SEARCH_PAGE = 500;

// Published disclosures only; the statement (search-sql.ts) never reads another status.
export async function searchPublished(raw: string | null | undefined, page = 1, filter: SearchFilter = {}): Promise<SearchResults> {
  const query = parseSearchQuery(raw);
  const safePage = Number.isInteger(page) && page >= 1 && page <= MAX_SEARCH_PAGE ? page : 1;
  const shortQuery = !!query && query.terms.every((term) => Array.from(term).length < 2);
  if (!query) return { query, page: safePage, hits: [], total: 0, capped: false, pageCount: 0, shortQuery, filter };
  const db = getDb();
  const strategy = await chooseStrategy(query, filter);
  const sql = buildSearchSql({ query, page: safePage, strategy, filter });
  const rows = await db.$queryRawUnsafe<SearchRow[]>(sql.text, ...sql.values);
  const matched = rows[0]?.total ?? 0;
  const capped = strategy === 'recent' && matched > CANDIDATE_CAP;
  const total = capped ? CANDIDATE_CAP : matched;
  // Highlight every spelling that matched (养老机构 for 养老院).
  const marks = query.terms.flatMap(alternativesOf);
  const hits = rows.map((row) => ({
    ...toListItem({ ...row, category: row.category as DisclosureCategory }),
    titleSegments: highlight(row.title, marks),
    excerptSegments: highlight(excerpt(`${row.summary} ${row.body}`, marks), marks),
  }));
  return { query, page: safePage, hits, total, capped, pageCount: Math.ceil(total / SEARCH_PAGE_SIZE), shortQuery, filter };
}

async function chooseStrategy(query: SearchQuery, filter: SearchFilter): Promise<SearchStrategy> {
  if (!indexable(query)) return 'recent';
  const sql = estimateSql(query, filter);
  const [row] = await getDb().$queryRawUnsafe<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }[]>(sql.text, ...sql.values);
  const estimate = row?.['QUERY PLAN'][0]?.Plan['Plan Rows'] ?? 0;
  return estimate > ESTIMATE_THRESHOLD ? 'recent' : 'all';
}
