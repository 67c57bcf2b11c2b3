import 'server-only';
import { getDb } from '@/lib/db';
import type { DisclosureCategory } from '@/lib/generated/prisma/enums';
import { PUBLIC_CATEGORIES } from './categories';
import { listSelect, shanghaiYearRange, toListItem, type PublicListItem } from './dto';

export const LIST_PAGE_SIZE = 20;
const published = { status: 'PUBLISHED' as const, publishedAt: { not: null } };
const newestFirst = [{ publishedAt: 'desc' as const }, { id: 'desc' as const }];

export type ListPage = { items: PublicListItem[]; total: number; page: number; pageCount: number };

/** Home page: the newest `perCategory` published items of every category. */
export async function latestByCategory(perCategory = 6): Promise<Map<DisclosureCategory, PublicListItem[]>> {
  const db = getDb();
  const lists = await Promise.all(
    PUBLIC_CATEGORIES.map(({ category }) => db.disclosure.findMany({ where: { ...published, category }, select: listSelect, orderBy: newestFirst, take: perCategory })),
  );
  return new Map(PUBLIC_CATEGORIES.map(({ category }, i) => [category, lists[i]!.map(toListItem)]));
}

/** One page of a category (optionally one year), newest first. */
export async function listCategory(options: { category?: DisclosureCategory; year?: number; page: number }): Promise<ListPage> {
  const { category, year, page } = options;
  const where = {
    ...published,
    ...(category ? { category } : {}),
    ...(year ? { publishedAt: { ...shanghaiYearRange(year), not: null } } : {}),
  };
  const db = getDb();
  const [total, rows] = await Promise.all([
    db.disclosure.count({ where }),
    db.disclosure.findMany({ where, select: listSelect, orderBy: newestFirst, skip: (page - 1) * LIST_PAGE_SIZE, take: LIST_PAGE_SIZE }),
  ]);
  return { items: rows.map(toListItem), total, page, pageCount: Math.max(1, Math.ceil(total / LIST_PAGE_SIZE)) };
}

/** Years (Asia/Shanghai) in which the category has published items, newest first. */
export async function publicationYears(category?: DisclosureCategory): Promise<number[]> {
  const rows = category
    ? await getDb().$queryRaw<{ year: number }[]>`
        SELECT DISTINCT extract(year FROM "publishedAt" + interval '8 hours')::int AS year FROM "Disclosure"
        WHERE status = 'PUBLISHED' AND "publishedAt" IS NOT NULL AND category = ${category}::"DisclosureCategory" ORDER BY 1 DESC`
    : await getDb().$queryRaw<{ year: number }[]>`
        SELECT DISTINCT extract(year FROM "publishedAt" + interval '8 hours')::int AS year FROM "Disclosure"
        WHERE status = 'PUBLISHED' AND "publishedAt" IS NOT NULL ORDER BY 1 DESC`;
  return rows.map((r) => r.year);
}

/**
 * The years from the newest publication back to the oldest, for the search page's year filter. The
 * search page renders per request, so this must not scan the table as publicationYears() does (a
 * DISTINCT over every published row cost ~50 ms at 100k items and took search from 141 to 21 req/s
 * in `npm run bench`): min and max are two probes of the publishedAt index. A year in the span with
 * nothing published simply finds nothing.
 */
export async function publicationYearSpan(): Promise<number[]> {
  const [row] = await getDb().$queryRaw<{ first: number | null; last: number | null }[]>`
    SELECT extract(year FROM min("publishedAt") + interval '8 hours')::int AS first,
           extract(year FROM max("publishedAt") + interval '8 hours')::int AS last
    FROM "Disclosure" WHERE status = 'PUBLISHED' AND "publishedAt" IS NOT NULL`;
  if (!row || row.first === null || row.last === null) return [];
  return Array.from({ length: row.last - row.first + 1 }, (_, i) => row.last! - i);
}

/** Feeds and the sitemap: the newest published items, optionally of one category. */
export async function newestPublished(options: { category?: DisclosureCategory; take: number }) {
  const rows = await getDb().disclosure.findMany({
    where: { ...published, ...(options.category ? { category: options.category } : {}) },
    select: listSelect,
    orderBy: newestFirst,
    take: options.take,
  });
  return rows.map(toListItem);
}
