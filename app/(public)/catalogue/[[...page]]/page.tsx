import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { messages } from '@/lib/i18n/messages';
import { tagPublicDisclosurePage } from '@/lib/public-cache';
import { publicCategory } from '@/lib/queries/public/categories';
import { listCategory } from '@/lib/queries/public/lists';
import { PageHeading } from '../../_components/page-heading';
import { Pagination } from '../../_components/pagination';

const t = messages.publicSite.catalogue;

export const revalidate = 600;
export const dynamicParams = true;
export async function generateStaticParams(): Promise<{ page?: string[] }[]> {
  return [];
}

type Props = { params: Promise<{ page?: string[] }> };

function parsePage(parts: string[] | undefined): number | null {
  if (!parts || parts.length === 0) return 1;
  const [value] = parts;
  return parts.length === 1 && value && /^[1-9]\d{0,4}$/.test(value) && value !== '1' ? Number(value) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePage((await params).page);
  return { title: page && page > 1 ? `${t.title} ${messages.publicSite.pagination.page(page)}` : t.title };
}

// 政府信息公开目录: index number, name, summary, date of every published item, newest first.
export default async function CataloguePage({ params }: Props) {
  const page = parsePage((await params).page);
  if (!page) notFound();
  await tagPublicDisclosurePage();
  const list = await listCategory({ page });
  if (page > list.pageCount) notFound();
  return (
    <div>
      <PageHeading trail={[{ href: '/statutory', label: messages.publicSite.columns.statutory }]} title={t.title}>
        <p className="mt-2 text-stone-700">{t.intro}</p>
      </PageHeading>
      <div className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <div className="overflow-x-auto" role="region" aria-label={t.caption} tabIndex={0}>
          <table className="stack-on-phone w-full border-collapse text-base">
            <caption className="sr-only">{t.caption}</caption>
            <thead>
              <tr className="bg-stone-100 text-left">
                <th scope="col" className="border border-stone-300 px-3 py-2">
                  {t.indexNumber}
                </th>
                <th scope="col" className="border border-stone-300 px-3 py-2">
                  {t.name}
                </th>
                <th scope="col" className="border border-stone-300 px-3 py-2">
                  {t.summary}
                </th>
                <th scope="col" className="border border-stone-300 px-3 py-2">
                  {t.category}
                </th>
                <th scope="col" className="border border-stone-300 px-3 py-2">
                  {t.date}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((item) => (
                <tr key={item.id} className="align-top">
                  <td data-label={t.indexNumber} className="border border-stone-300 px-3 py-2 break-all text-stone-700">
                    {item.indexNumber ?? '—'}
                  </td>
                  <th scope="row" data-label={t.name} className="border border-stone-300 px-3 py-2 text-left font-normal">
                    <a href={`/disclosures/${item.id}`} className="text-stone-900 underline-offset-4 hover:text-brand-700 hover:underline">
                      {item.title}
                    </a>
                  </th>
                  <td data-label={t.summary} className="border border-stone-300 px-3 py-2 text-stone-700">
                    {item.summary}
                  </td>
                  <td data-label={t.category} className="border border-stone-300 px-3 py-2 whitespace-nowrap">
                    {publicCategory(item.category).name}
                  </td>
                  <td data-label={t.date} className="border border-stone-300 px-3 py-2 whitespace-nowrap tabular-nums">
                    <time dateTime={item.publishedOn}>{item.publishedOn}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {list.items.length === 0 && <p className="py-6 text-stone-600">{messages.publicSite.list.empty}</p>}
        <Pagination page={page} pageCount={list.pageCount} href={(p) => (p === 1 ? '/catalogue' : `/catalogue/${p}`)} />
      </div>
    </div>
  );
}
