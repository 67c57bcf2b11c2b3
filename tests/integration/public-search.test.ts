import { renderToStaticMarkup } from 'react-dom/server';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Highlighted } from '@/app/(public)/_components/highlighted';
import { loadDisclosures } from '@/bench/dataset';
import { parseSearchQuery } from '@/lib/domain/search';
import { buildSearchSql } from '@/lib/queries/public/search-sql';
import { searchPublished } from '@/lib/queries/public/search';
import { insertDisclosures, ownerClient } from './public-fixtures';

let owner: pg.Client;

beforeAll(async () => {
  // A few thousand realistic rows (the benchmark's generator), then hand-made ones to assert on.
  await loadDisclosures(process.env.DATABASE_URL!, { count: 3000, unpublished: 300 });
  owner = await ownerClient();
  await insertDisclosures(owner, [
    { id: 'old-title', title: '冬奥志愿服务表彰（旧）', publishedAt: '2021-03-01T02:00:00Z' },
    { id: 'new-title', title: '冬奥志愿服务表彰（新）', publishedAt: '2024-03-01T02:00:00Z' },
    { id: 'body-only', title: '志愿服务工作动态', body: '本月开展冬奥会期间的志愿者培训。', publishedAt: '2026-10-01T02:00:00Z' },
    // Every bigram of 冬奥志愿 (冬奥, 奥志, 志愿) but not the phrase: only the LIKE recheck tells.
    { id: 'recheck-bait', title: '奥志杂记', body: '冬奥与志愿', publishedAt: '2026-10-02T02:00:00Z' },
    { id: 'draft', title: '冬奥草稿', status: 'DRAFT' },
    { id: 'approved', title: '冬奥已审核未发布', status: 'APPROVED' },
    { id: 'withdrawn', title: '冬奥已撤回', status: 'WITHDRAWN' },
    { id: 'markup', title: '<script>alert(1)</script>冰壶', publishedAt: '2025-01-01T02:00:00Z' },
    { id: 'gov', title: '区人民政府关于冰雪运动的通知', publishedAt: '2026-09-01T02:00:00Z' },
    { id: 'bureau', title: '区民政局冰雪运动安全提示', publishedAt: '2020-09-01T02:00:00Z' },
  ]);
  await owner.query('ANALYZE "Disclosure"');
});
afterAll(async () => {
  await owner.end();
});

async function plan(q: string, strategy: 'all' | 'recent', settings = ''): Promise<string> {
  const sql = buildSearchSql({ query: parseSearchQuery(q)!, page: 1, strategy });
  await owner.query('BEGIN');
  try {
    if (settings) await owner.query(settings);
    const { rows } = await owner.query({ text: `EXPLAIN ${sql.text}`, values: sql.values });
    return rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n');
  } finally {
    await owner.query('ROLLBACK');
  }
}

describe('public search', () => {
  it('finds a two-character word through the GIN index on the bigrams', async () => {
    expect(await plan('冬奥', 'all')).toMatch(/Bitmap Index Scan on "Disclosure_searchBigrams_idx"/);
    // Even where a sequential scan would otherwise be costed, the index is usable for the query.
    expect(await plan('志愿', 'all', 'SET LOCAL enable_seqscan = off')).toMatch(/Disclosure_searchBigrams_idx/);
  });

  it('ranks title matches first, then the most recent', async () => {
    const results = await searchPublished('冬奥');
    expect(results.hits.map((h) => h.id)).toEqual(['new-title', 'old-title', 'recheck-bait', 'body-only']);
    expect(results.total).toBe(4);
    expect(results.capped).toBe(false);
  });

  it('returns only PUBLISHED items, never drafts, approved-but-unpublished or withdrawn ones', async () => {
    const ids = (await searchPublished('冬奥')).hits.map((h) => h.id);
    expect(ids).not.toContain('draft');
    expect(ids).not.toContain('approved');
    expect(ids).not.toContain('withdrawn');
    const generated = await searchPublished('适老');
    const { rows } = await owner.query(`SELECT id FROM "Disclosure" WHERE status <> 'PUBLISHED'`);
    const unpublished = new Set(rows.map((r: { id: string }) => r.id));
    expect(generated.hits.length).toBeGreaterThan(0);
    expect(generated.hits.some((h) => unpublished.has(h.id))).toBe(false);
  });

  it('does not rank 民政 inside 人民政府 as a title match', async () => {
    const hits = (await searchPublished('冰雪 民政')).hits.map((h) => h.id);
    expect(hits[0]).toBe('bureau');
    expect(hits).toContain('gov');
  });

  it('highlights matches with <mark> and escapes markup in titles', async () => {
    const [hit] = (await searchPublished('冰壶')).hits;
    expect(hit?.id).toBe('markup');
    const html = renderToStaticMarkup(Highlighted({ segments: hit!.titleSegments }));
    expect(html).toContain('<mark');
    expect(html).toContain('冰壶</mark>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
  });

  it('rechecks longer words with LIKE and falls back to LIKE for a single character', async () => {
    expect((await searchPublished('冬奥志愿')).hits.map((h) => h.id)).toEqual(['new-title', 'old-title']);
    const single = await searchPublished('壶');
    expect(single.hits.map((h) => h.id)).toEqual(['markup']);
  });

  it('paginates; the capped strategy scans newest first or uses the index', async () => {
    const first = await searchPublished('民政');
    expect(first.hits).toHaveLength(20);
    expect(first.pageCount).toBeGreaterThan(1);
    const second = await searchPublished('民政', 2);
    expect(second.hits).toHaveLength(20);
    expect(second.hits.map((h) => h.id)).not.toContain(first.hits[0]!.id);
  });

  it("the capped strategy ('recent', for terms matching too many items) ranks the newest matches only", async () => {
    const sql = buildSearchSql({ query: parseSearchQuery('民政')!, page: 1, strategy: 'recent' });
    const { rows } = await owner.query(sql.text, sql.values);
    expect(rows).toHaveLength(20);
    expect(rows[0].total).toBe(201); // CANDIDATE_CAP + 1: "more than the cap"
    const { rows: statuses } = await owner.query(`SELECT DISTINCT status::text FROM "Disclosure" WHERE id = ANY($1)`, [rows.map((r: { id: string }) => r.id)]);
    expect(statuses).toEqual([{ status: 'PUBLISHED' }]);
    const keys: [number, number][] = rows.map((r: { titleHits: number; publishedAt: Date }) => [-r.titleHits, -r.publishedAt.getTime()]);
    expect(keys).toEqual([...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
  });

  it('ignores an empty query and an out-of-range page', async () => {
    expect((await searchPublished('  ')).hits).toEqual([]);
    expect((await searchPublished('冬奥', -3)).page).toBe(1);
  });
});
