import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPublicDisclosure } from '@/lib/queries/public/detail';
import { latestByCategory, listCategory, newestPublished, publicationYears, publicationYearSpan } from '@/lib/queries/public/lists';
import { insertDisclosures, ownerClient } from './public-fixtures';

// Every public read returns PUBLISHED items only (the detail page also shows a WITHDRAWN one as a
// notice), and only public fields: never the author, the secrecy check, review or case data.
const PRIVATE_MARKERS = ['fixture-author', '内部作者', '内部保密审查意见', 'secrecy', 'authorId', 'contentHash', 'searchBigrams', 'requiresReview'];

let owner: pg.Client;
beforeAll(async () => {
  owner = await ownerClient();
  await insertDisclosures(owner, [
    { id: 'pub-2025', title: '已公开 2025', publishedAt: '2025-12-31T15:59:00Z' }, // 2025-12-31 23:59 in Beijing
    { id: 'pub-2026', title: '已公开 2026', publishedAt: '2025-12-31T16:00:00Z' }, // 2026-01-01 00:00 in Beijing
    { id: 'pub-func', title: '机构职能', category: 'FUNCTIONS', publishedAt: '2026-02-01T02:00:00Z' },
    { id: 'draft', title: '草稿', status: 'DRAFT' },
    { id: 'checked', title: '已保密审查', status: 'SECRECY_CHECKED' },
    { id: 'in-review', title: '审核中', status: 'IN_REVIEW' },
    { id: 'approved', title: '已审核未发布', status: 'APPROVED' },
    { id: 'withdrawn', title: '已撤回', status: 'WITHDRAWN', body: '撤回前的正文', withdrawalReason: '原处罚决定已被依法撤销' },
  ]);
});
afterAll(async () => {
  await owner.end();
});

const UNPUBLISHED = ['draft', 'checked', 'in-review', 'approved', 'withdrawn'];

function expectPublicOnly(value: unknown) {
  const json = JSON.stringify(value);
  for (const marker of PRIVATE_MARKERS) expect(json).not.toContain(marker);
  for (const id of UNPUBLISHED) expect(json).not.toContain(`"${id}"`);
}

describe('public queries', () => {
  it('lists, home and feeds contain published items only, with public fields only', async () => {
    const list = await listCategory({ category: 'WORK_NEWS', page: 1 });
    expect(list.items.map((i) => i.id).sort()).toEqual(['pub-2025', 'pub-2026']);
    expect(Object.keys(list.items[0]!).sort()).toEqual(['category', 'id', 'indexNumber', 'publishedAt', 'publishedOn', 'sourceDepartment', 'summary', 'title'].sort());
    const catalogue = await listCategory({ page: 1 });
    expect(catalogue.total).toBe(3);
    const home = await latestByCategory();
    expect(home.get('FUNCTIONS')?.map((i) => i.id)).toEqual(['pub-func']);
    const feed = await newestPublished({ take: 50 });
    for (const value of [list, catalogue, [...home.values()], feed]) expectPublicOnly(value);
  });

  it('filters by the Beijing calendar year', async () => {
    expect((await listCategory({ category: 'WORK_NEWS', year: 2025, page: 1 })).items.map((i) => i.id)).toEqual(['pub-2025']);
    expect((await listCategory({ category: 'WORK_NEWS', year: 2026, page: 1 })).items.map((i) => i.id)).toEqual(['pub-2026']);
    expect(await publicationYears('WORK_NEWS')).toEqual([2026, 2025]);
    // The search filter's span, from two index probes: newest year first, every published year inside it.
    const span = await publicationYearSpan();
    expect(span[0]).toBe(Math.max(...(await publicationYears())));
    for (const year of await publicationYears()) expect(span).toContain(year);
    expect((await listCategory({ category: 'WORK_NEWS', page: 1 })).items[0]?.publishedOn).toBe('2026-01-01');
  });

  it('a detail page shows a published item, a withdrawn one as a notice, and nothing else', async () => {
    const published = await getPublicDisclosure('pub-func');
    expect(published).toMatchObject({ state: 'published', title: '机构职能', formedOn: '2026-05-28', attachments: [] });
    expectPublicOnly(published);

    const withdrawn = await getPublicDisclosure('withdrawn');
    expect(withdrawn).toMatchObject({ state: 'withdrawn', withdrawalReason: '原处罚决定已被依法撤销', withdrawnOn: '2026-06-03' });
    expect(JSON.stringify(withdrawn)).not.toContain('撤回前的正文');
    expect(withdrawn).not.toHaveProperty('body');

    for (const id of ['draft', 'checked', 'in-review', 'approved', 'no-such-id']) expect(await getPublicDisclosure(id)).toBeNull();
  });
});
