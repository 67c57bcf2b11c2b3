import 'server-only';
import { getDb } from '@/lib/db';
import { excerpt, highlight, parseSearchQuery, type SearchQuery, type Segment } from '@/lib/domain/search';
import type { DisclosureCategory } from '@/lib/generated/prisma/enums';
import { toListItem, type PublicListItem } from './dto';
import {
  buildSearchSql,
  CANDIDATE_CAP,
  estimateSql,
  ESTIMATE_THRESHOLD,
  SEARCH_PAGE_SIZE,
  type SearchRow,
  type SearchStrategy,
} from './search-sql';

export type SearchHit = PublicListItem & { titleSegments: Segment[]; excerptSegments: Segment[] };

export type SearchResults = {
  query: SearchQuery | null;
  page: number;
  hits: SearchHit[];
  /** Matches ranked: all of them, or the CANDIDATE_CAP newest when `capped`. */
  total: number;
  capped: boolean;
  pageCount: number;
};

// Deep pages only exist for the 'all' strategy (at most a few thousand matches); beyond this, page 1.
export const MAX_SEARCH_PAGE = 500;

// Published disclosures only; the statement (search-sql.ts) never reads another status.
export async function searchPublished(raw: string | null | undefined, page = 1): Promise<SearchResults> {
  const query = parseSearchQuery(raw);
  const safePage = Number.isInteger(page) && page >= 1 && page <= MAX_SEARCH_PAGE ? page : 1;
  if (!query) return { query, page: safePage, hits: [], total: 0, capped: false, pageCount: 0 };
  const db = getDb();
  const strategy = await chooseStrategy(query);
  const sql = buildSearchSql({ query, page: safePage, strategy });
  const rows = await db.$queryRawUnsafe<SearchRow[]>(sql.text, ...sql.values);
  const matched = rows[0]?.total ?? 0;
  const capped = strategy === 'recent' && matched > CANDIDATE_CAP;
  const total = capped ? CANDIDATE_CAP : matched;
  const hits = rows.map((row) => ({
    ...toListItem({ ...row, category: row.category as DisclosureCategory }),
    titleSegments: highlight(row.title, query.terms),
    excerptSegments: highlight(excerpt(`${row.summary} ${row.body}`, query.terms), query.terms),
  }));
  return { query, page: safePage, hits, total, capped, pageCount: Math.ceil(total / SEARCH_PAGE_SIZE) };
}

async function chooseStrategy(query: SearchQuery): Promise<SearchStrategy> {
  if (query.bigrams.length === 0) return 'recent';
  const sql = estimateSql(query);
  const [row] = await getDb().$queryRawUnsafe<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }[]>(sql.text, ...sql.values);
  const estimate = row?.['QUERY PLAN'][0]?.Plan['Plan Rows'] ?? 0;
  return estimate > ESTIMATE_THRESHOLD ? 'recent' : 'all';
}
