// The public search statement, as text plus parameters. Deliberately free of `server-only` and of
// the Prisma client: the benchmark (bench/run.ts) EXPLAIN ANALYZEs exactly this statement.
// Everything the visitor typed travels as a parameter; the text holds only constants.
import { spuriousCompounds, type SearchQuery } from '@/lib/domain/search';
import { containsPattern } from '../like';

export const SEARCH_PAGE_SIZE = 20;

// Two strategies (ADR 0005). 'all': the GIN bitmap finds every match, all are ranked (exact
// total). Its cost grows with the number of matches (one heap page each), so above
// ESTIMATE_THRESHOLD estimated matches 'recent' ranks only the CANDIDATE_CAP newest matches,
// found by a newest-first scan that stops early (a frequent term matches within a few hundred
// rows). Left to itself the planner picks badly between the two for mid-frequency terms.
export const ESTIMATE_THRESHOLD = 4_000;
export const CANDIDATE_CAP = 200;
export type SearchStrategy = 'all' | 'recent';

/** The statement whose planner estimate (Plan Rows) chooses the strategy. */
export function estimateSql(query: SearchQuery): { text: string; values: unknown[] } {
  return {
    text: `EXPLAIN (FORMAT JSON) SELECT 1 FROM "Disclosure" d
      WHERE d.status = 'PUBLISHED' AND d."publishedAt" IS NOT NULL AND d."searchBigrams" @> $1::text[]`,
    values: [query.bigrams],
  };
}

export type SearchRow = {
  id: string;
  category: string;
  indexNumber: string | null;
  title: string;
  summary: string;
  body: string;
  sourceDepartment: string;
  publishedAt: Date;
  titleHits: number;
  total: number;
};

export function buildSearchSql(options: {
  query: SearchQuery;
  page: number;
  strategy: SearchStrategy;
  cap?: number;
}): { text: string; values: unknown[] } {
  const { query, page, strategy, cap = CANDIDATE_CAP } = options;
  const values: unknown[] = [];
  const param = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  // The text itself contains the term (title, summary or body). For a term without upper/lower
  // case (Chinese, digits) a plain strpos, several times cheaper than LIKE on lower(); else LIKE.
  const textMatch = (term: string) => {
    if (term.toLowerCase() === term.toUpperCase()) {
      const p = param(term);
      return `(strpos(d.title, ${p}) > 0 OR strpos(d.summary, ${p}) > 0 OR strpos(d.body, ${p}) > 0)`;
    }
    const p = param(containsPattern(term));
    return `(lower(d.title) LIKE ${p} OR lower(d.summary) LIKE ${p} OR lower(d.body) LIKE ${p})`;
  };
  // publishedAt IS NOT NULL lets a newest-first index scan start at the newest row instead of
  // walking the drafts' NULLs first.
  const published = [`d.status = 'PUBLISHED'`, `d."publishedAt" IS NOT NULL`];
  const recent = strategy === 'recent' || query.bigrams.length === 0;
  const where = recent
    ? // Newest first, stopping at the cap: every term is checked on the text. (The bigram array
      // would decide the same for a two-character term, but decompressing and scanning it costs
      // ~6 times more per row than strpos on the text.)
      [...published, ...query.terms.map(textMatch)]
    : // The GIN index: every bigram of the terms of two or more characters is in the row's set.
      // Exact for a two-character term; the others are rechecked on the text.
      [...published, `d."searchBigrams" @> ${param(query.bigrams)}::text[]`, ...query.recheckTerms.map(textMatch)];
  // Title rank: how many terms the title truly contains (民政 inside 人民政府 does not count).
  const titleHits = query.terms
    .map((term) => {
      let title = 'lower(d.title)';
      for (const compound of spuriousCompounds(term)) title = `replace(${title}, ${param(compound)}, ' ')`;
      return `(${title} LIKE ${param(containsPattern(term))})::int`;
    })
    .join(' + ');
  const limit = param(SEARCH_PAGE_SIZE);
  const offset = param((page - 1) * SEARCH_PAGE_SIZE);
  const text = `
WITH candidates AS MATERIALIZED (
  SELECT d.id, d."publishedAt", ${titleHits} AS "titleHits"
  FROM "Disclosure" d
  WHERE ${where.join('\n    AND ')}
  ${recent ? `ORDER BY d."publishedAt" DESC\n  LIMIT ${param(cap + 1)}` : ''}
), ranked AS (
  SELECT c.id, c."publishedAt", c."titleHits", count(*) OVER ()::int AS total
  FROM candidates c
  ORDER BY c."titleHits" DESC, c."publishedAt" DESC, c.id DESC
  LIMIT ${limit} OFFSET ${offset}
)
SELECT d.id, d.category::text AS category, d."indexNumber", d.title, d.summary, d.body, d."sourceDepartment",
  d."publishedAt", r."titleHits", r.total
FROM ranked r JOIN "Disclosure" d ON d.id = r.id
ORDER BY r."titleHits" DESC, r."publishedAt" DESC, r.id DESC`;
  return { text, values };
}
