// URL scheme of list pages. Filters live in the path, not the query string, so every list page is
// a cacheable static page: /list/notices, /list/notices/2021, /list/notices/2021/3,
// /list/notices/all/3. Only canonical forms are accepted (one cache entry per page of content).
export type ListFilter = { year?: number; page: number };

export function parseListFilter(parts: string[] | undefined): ListFilter | null {
  const [first, second, ...rest] = parts ?? [];
  if (rest.length > 0) return null;
  if (first === undefined) return { page: 1 };
  const year = first === 'all' ? undefined : /^(19|20|21)\d{2}$/.test(first) ? Number(first) : null;
  if (year === null) return null;
  if (second === undefined) return year === undefined ? null : { year, page: 1 };
  if (!/^[1-9]\d{0,4}$/.test(second) || second === '1') return null;
  return { year, page: Number(second) };
}

export function listHref(slug: string, filter: ListFilter): string {
  const base = `/list/${slug}`;
  if (filter.page === 1) return filter.year ? `${base}/${filter.year}` : base;
  return `${base}/${filter.year ?? 'all'}/${filter.page}`;
}
