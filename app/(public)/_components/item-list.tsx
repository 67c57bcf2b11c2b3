import type { PublicListItem } from '@/lib/queries/public/dto';

// A list of disclosures: title (a plain link: public pages need no client-side router and no
// prefetching of twenty pages per view) and publication date.
export function ItemList({ items, showIndexNumber = false }: { items: PublicListItem[]; showIndexNumber?: boolean }) {
  return (
    <ul className="divide-y divide-stone-200">
      {items.map((item) => (
        <li key={item.id} className="flex flex-col gap-1 py-3 sm:flex-row sm:items-baseline sm:justify-between sm:gap-6">
          <div className="min-w-0">
            <a href={`/disclosures/${item.id}`} className="text-lg text-stone-900 underline-offset-4 hover:text-brand-700 hover:underline">
              {item.title}
            </a>
            {showIndexNumber && item.indexNumber && <p className="text-sm text-stone-600">索引号：{item.indexNumber}</p>}
          </div>
          <time dateTime={item.publishedOn} className="shrink-0 text-base text-stone-600 tabular-nums">
            {item.publishedOn}
          </time>
        </li>
      ))}
    </ul>
  );
}
