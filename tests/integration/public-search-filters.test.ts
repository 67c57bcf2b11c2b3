import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDisclosures } from '@/bench/dataset';
import { searchPublished } from '@/lib/queries/public/search';
import { insertDisclosures, ownerClient } from './public-fixtures';

// Issue 13 (search): three-character words, filters by column and year, no duplicated results.
let owner: pg.Client;

beforeAll(async () => {
  await loadDisclosures(process.env.DATABASE_URL!, { count: 3000, unpublished: 100 });
  owner = await ownerClient();
  await insertDisclosures(owner, [
    { id: 'nursing-home-title', title: '关于开展桂花巷养老院消防安全检查的通知', publishedAt: '2025-04-01T02:00:00Z' },
    {
      id: 'nursing-home-body',
      title: '冬季安全工作动态',
      body: '区民政局走访桂花巷养老院，检查取暖设施。',
      publishedAt: '2024-11-01T02:00:00Z',
      category: 'POLICY_INTERPRETATION',
    },
    { id: 'nursing-home-summary', title: '敬老月活动', summary: '组织志愿者到桂花巷养老院慰问老人', publishedAt: '2023-10-01T02:00:00Z' },
    // The official texts say 养老机构 where a visitor types 养老院.
    {
      id: 'institution',
      title: '区民政局开展专项检查',
      body: '对桂花巷登记备案的养老机构开展消防安全检查。',
      publishedAt: '2022-05-01T02:00:00Z',
      category: 'POLICY_INTERPRETATION',
    },
  ]);
  await owner.query('ANALYZE "Disclosure"');
});
afterAll(async () => {
  await owner.end();
});

describe('public search: words, filters, duplicates', () => {
  it('finds a three-character word such as 养老院 in the title, summary or body, and where the text says 养老机构', async () => {
    const results = await searchPublished('养老院');
    const ours = await searchPublished('养老院 桂花巷');
    expect(ours.hits.map((h) => h.id).sort()).toEqual(['institution', 'nursing-home-body', 'nursing-home-summary', 'nursing-home-title']);
    // The benchmark's generated texts mention 养老机构 (never 养老院): they are found too.
    const { rows } = await owner.query(`SELECT count(*)::int AS n FROM "Disclosure" WHERE status = 'PUBLISHED'
      AND (strpos(title || summary || body, '养老机构') > 0 OR strpos(title || summary || body, '养老院') > 0 OR strpos(title || summary || body, '敬老院') > 0)`);
    expect(rows[0].n).toBeGreaterThan(4);
    expect(results.total).toBe(Math.min(rows[0].n, results.capped ? 200 : rows[0].n));
    // The spelling that matched is highlighted.
    const hit = ours.hits.find((h) => h.id === 'institution')!;
    expect(hit.excerptSegments.filter((s) => s.match).map((s) => s.text)).toContain('养老机构');
  });

  it('filters by column (category) and by year of publication', async () => {
    const byCategory = await searchPublished('养老院 桂花巷', 1, { category: 'POLICY_INTERPRETATION' });
    expect(byCategory.hits.map((h) => h.id).sort()).toEqual(['institution', 'nursing-home-body']);
    const byYear = await searchPublished('养老院 桂花巷', 1, { year: 2023 });
    expect(byYear.hits.map((h) => h.id)).toEqual(['nursing-home-summary']);
    const both = await searchPublished('养老院 桂花巷', 1, { year: 2025, category: 'POLICY_INTERPRETATION' });
    expect(both.hits).toEqual([]);
    // A frequent word, filtered: every hit is in the column and the year.
    // (The benchmark's rows are all published in 2026.)
    const frequent = await searchPublished('民政', 1, { category: 'WORK_NEWS', year: 2026 });
    expect(frequent.hits.length).toBeGreaterThan(0);
    expect(frequent.hits.every((h) => h.category === 'WORK_NEWS' && h.publishedOn.startsWith('2026'))).toBe(true);
    expect((await searchPublished('民政', 1, { year: 2019 })).total).toBe(0);
  });

  it('never returns the same item twice, across the pages of a result', async () => {
    for (const q of ['民政', '养老 服务', '养老院', '民']) {
      const seen: string[] = [];
      const first = await searchPublished(q);
      for (let page = 1; page <= Math.min(first.pageCount, 5); page += 1) {
        seen.push(...(await searchPublished(q, page)).hits.map((h) => h.id));
      }
      expect(new Set(seen).size, q).toBe(seen.length);
    }
  });

  it('marks a one-character query so the page can suggest a longer word', async () => {
    expect((await searchPublished('院')).shortQuery).toBe(true);
    expect((await searchPublished('养老院')).shortQuery).toBe(false);
  });
});
