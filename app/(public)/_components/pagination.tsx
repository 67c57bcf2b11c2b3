import { messages } from '@/lib/i18n/messages';

const t = messages.publicSite.pagination;

/** Page numbers shown around the current page: first, last, and two either side. */
export function pageWindow(page: number, pageCount: number): (number | 'gap')[] {
  const pages = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2].filter((p) => p >= 1 && p <= pageCount));
  const sorted = [...pages].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1]! > 1) out.push('gap');
    out.push(p);
  });
  return out;
}

const linkClass = 'inline-block min-w-11 rounded border border-stone-300 bg-white px-3 py-2 text-center hover:border-brand-700 hover:text-brand-700';

export function Pagination({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t.label} className="mt-8">
      <p className="sr-only">{t.of(page, pageCount)}</p>
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <a className={linkClass} href={href(page - 1)} rel="prev">
              {t.previous}
            </a>
          </li>
        )}
        {pageWindow(page, pageCount).map((p, i) =>
          p === 'gap' ? (
            <li key={`gap${i}`} aria-hidden="true" className="px-1 text-stone-600">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <span aria-current="page" className="inline-block min-w-11 rounded border border-brand-700 bg-brand-700 px-3 py-2 text-center font-semibold text-white">
                  <span className="sr-only">{t.page(p)}</span>
                  <span aria-hidden="true">{p}</span>
                </span>
              ) : (
                <a className={linkClass} href={href(p)} aria-label={t.page(p)}>
                  {p}
                </a>
              )}
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <a className={linkClass} href={href(page + 1)} rel="next">
              {t.next}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
