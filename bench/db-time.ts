// Database time of the portal's search statement, measured with EXPLAIN ANALYZE on the loaded
// scratch database: the strategy estimate plus the statement, best of several runs (the first
// run warms the buffers; the minimum is the least disturbed by whatever else the machine does).
import type pg from 'pg';
import { parseSearchQuery } from '@/lib/domain/search';
import { buildSearchSql, estimateSql, ESTIMATE_THRESHOLD, type SearchStrategy } from '@/lib/queries/public/search-sql';

export type DbTime = { term: string; matches: number; strategy: SearchStrategy; ms: number; plan: string; estimateMs: number };

const planTime = (plan: string) => Number(/Planning Time: ([\d.]+)/.exec(plan)?.[1] ?? 0) + Number(/Execution Time: ([\d.]+)/.exec(plan)?.[1] ?? 0);

export async function searchDbTime(client: pg.Client, term: string, runs = 7): Promise<DbTime> {
  const query = parseSearchQuery(term);
  if (!query) throw new Error(`not a query: ${term}`);
  const estimate = estimateSql(query);
  const estimateStarted = performance.now();
  const { rows } = await client.query(estimate.text, estimate.values);
  const estimateMs = performance.now() - estimateStarted;
  const strategy: SearchStrategy = rows[0]['QUERY PLAN'][0].Plan['Plan Rows'] > ESTIMATE_THRESHOLD ? 'recent' : 'all';
  const sql = buildSearchSql({ query, page: 1, strategy });
  let best = Infinity;
  let plan = '';
  for (let i = 0; i < runs; i += 1) {
    const result = await client.query({ text: `EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, values: sql.values });
    const text = result.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n');
    const ms = planTime(text);
    if (ms < best) [best, plan] = [ms, text];
  }
  const count = await client.query({
    text: `SELECT count(*)::int AS n FROM "Disclosure" WHERE status = 'PUBLISHED' AND "searchBigrams" @> $1::text[]`,
    values: [query.bigrams],
  });
  return { term, matches: count.rows[0].n, strategy, ms: best, plan, estimateMs };
}
