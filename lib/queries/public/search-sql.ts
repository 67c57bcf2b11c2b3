// The public search statement, as text plus parameters. Deliberately free of `server-only` and of
// the Prisma client: the benchmark (bench/run.ts) EXPLAIN ANALYZEs exactly this statement.
// Everything the visitor typed travels as a parameter; the text holds only constants.
import { alternativesOf, cjkBigrams, spuriousCompounds, synonymsOf, type SearchQuery } from '@/lib/domain/search';
import { containsPattern } from '../like';
import { shanghaiYearBounds } from './year-range';

export const SEARCH_PAGE_SIZE = 20;

// Two strategies (ADR 0005). 'all': the GIN bitmap finds every match, all are ranked (exact
// total). Its cost grows with the number of matches (one heap page each), so above
// ESTIMATE_THRESHOLD estimated matches 'recent' ranks only the CANDIDATE_CAP newest matches,
// found by a newest-first scan that stops early (a frequent term matches within a few hundred
// rows). Left to itself the planner picks badly between the two for mid-frequency terms.
export const ESTIMATE_THRESHOLD = 4_000;
export const CANDIDATE_CAP = 200;
export type SearchStrategy = 'all' | 'recent';

/** Narrowing a search to one column (category) and/or one year of publication (Asia/Shanghai). */
export type SearchFilter = { category?: string; year?: number };

// A term with other spellings (synonyms.ts) matches through any of them: its own bigrams cannot
// be required. The bigrams every match must contain come from the other terms only.
function requiredBigrams(query: SearchQuery): string[] {
  const out = new Set<string>();
  for (const term of query.terms) {
    if (synonymsOf(term).length > 0 || Array.from(term).length < 2) continue;
    for (const bigram of cjkBigrams(term)) out.add(bigram);
  }
  return [...out];
}

/** Whether the GIN index on the bigrams can serve the query (else only the newest-first scan can). */
export function indexable(query: SearchQuery): boolean {
  return requiredBigrams(query).length > 0 || query.terms.some((t) => synonymsOf(t).length > 0);
}

function filterConditions(filter: SearchFilter, param: (value: unknown) => string): string[] {
  const out: string[] = [];
  if (filter.category) out.push(`d.category = ${param(filter.category)}::"DisclosureCategory"`);
  if (filter.year) {
    const { gte, lt } = shanghaiYearBounds(filter.year);
    out.push(`d."publishedAt" >= ${param(gte.toISOString())}::timestamp AND d."publishedAt" < ${param(lt.toISOString())}::timestamp`);
  }
  return out;
}

/** The statement whose planner estimate (Plan Rows) chooses the strategy. */
export function estimateSql(query: SearchQuery, filter: SearchFilter = {}): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const param = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  const where = [`d.status = 'PUBLISHED'`, `d."publishedAt" IS NOT NULL`, ...indexConditions(query, param), ...filterConditions(filter, param)];
  return { text: `EXPLAIN (FORMAT JSON) SELECT 1 FROM "Disclosure" d WHERE ${where.join(' AND ')}`, values };
}

// The GIN conditions: the required bigrams, and for a term with synonyms one containment per spelling.
function indexConditions(query: SearchQuery, param: (value: unknown) => string): string[] {
  const required = requiredBigrams(query);
  const out = required.length > 0 ? [`d."searchBigrams" @> ${param(required)}::text[]`] : [];
  for (const term of query.terms) {
    if (synonymsOf(term).length === 0) continue;
    const spellings = alternativesOf(term).filter((alt) => Array.from(alt).length >= 2);
    out.push(`(${spellings.map((alt) => `d."searchBigrams" @> ${param(cjkBigrams(alt))}::text[]`).join(' OR ')})`);
  }
  return out;
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

export function buildSearchSql(options: { query: SearchQuery; page: number; strategy: SearchStrategy; cap?: number; filter?: SearchFilter }): { text: string; values: unknown[] } {
  const { query, page, strategy, cap = CANDIDATE_CAP, filter = {} } = options;
  const values: unknown[] = [];
  const param = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  // The text itself contains the term (title, summary or body). For a term without upper/lower
  // case (Chinese, digits) a plain strpos, several times cheaper than LIKE on lower(); else LIKE.
  const textMatchOne = (term: string) => {
    if (term.toLowerCase() === term.toUpperCase()) {
      const p = param(term);
      return `(strpos(d.title, ${p}) > 0 OR strpos(d.summary, ${p}) > 0 OR strpos(d.body, ${p}) > 0)`;
    }
    const p = param(containsPattern(term));
    return `(lower(d.title) LIKE ${p} OR lower(d.summary) LIKE ${p} OR lower(d.body) LIKE ${p})`;
  };
  // A term with synonyms: the text contains any of its spellings.
  const textMatch = (term: string) => {
    const spellings = alternativesOf(term);
    return spellings.length === 1 ? textMatchOne(term) : `(${spellings.map(textMatchOne).join(' OR ')})`;
  };
  // publishedAt IS NOT NULL lets a newest-first index scan start at the newest row instead of
  // walking the drafts' NULLs first.
  const published = [`d.status = 'PUBLISHED'`, `d."publishedAt" IS NOT NULL`, ...filterConditions(filter, param)];
  const recent = strategy === 'recent' || !indexable(query);
  const where = recent
    ? // Newest first, stopping at the cap: every term is checked on the text. (The bigram array
      // would decide the same for a two-character term, but decompressing and scanning it costs
      // ~6 times more per row than strpos on the text.)
      [...published, ...query.terms.map(textMatch)]
    : // The GIN index: every bigram of the terms of two or more characters is in the row's set.
      // Exact for a two-character term; the others are rechecked on the text.
      // A term with synonyms is always rechecked (its containments are per spelling, inexact).
      [...published, ...indexConditions(query, param), ...query.terms.filter((t) => query.recheckTerms.includes(t) || synonymsOf(t).length > 0).map(textMatch)];
  // Title rank: how many terms the title truly contains (民政 inside 人民政府 does not count).
  const titleHits = query.terms
    .map((term) => {
      let title = 'lower(d.title)';
      for (const compound of spuriousCompounds(term)) title = `replace(${title}, ${param(compound)}, ' ')`;
      return `(${alternativesOf(term)
        .map((alt) => `${title} LIKE ${param(containsPattern(alt))}`)
        .join(' OR ')})::int`;
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
