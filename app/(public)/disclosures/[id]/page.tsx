import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { tagPublicDisclosurePage } from '@/lib/public-cache';
import { publicCategory } from '@/lib/queries/public/categories';
import { listPublicParties } from '@/lib/queries/disclosure/list-public-parties';
import { getPublicDisclosure } from '@/lib/queries/public/detail';
import { PageHeading } from '../../_components/page-heading';
import { Markdown } from '../../_lib/markdown';
import { PrintButton } from './print-button';

const t = messages.publicSite.detail;

export const revalidate = 600;
export const dynamicParams = true;
export async function generateStaticParams(): Promise<{ id: string }[]> {
  return [];
}

// Ids are cuids (or other short tokens); anything else is a 404 without a database query.
const load = cache(async (id: string) => (/^[A-Za-z0-9_-]{1,64}$/.test(id) ? getPublicDisclosure(id) : null));

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const item = await load((await params).id);
  return item ? { title: item.title, description: item.summary || undefined } : {};
}

export default async function DisclosurePage({ params }: Props) {
  const { id } = await params;
  await tagPublicDisclosurePage();
  const item = await load(id);
  if (!item) notFound();
  const category = publicCategory(item.category);
  // Enforcement publicity names the parties of the decision: natural persons masked (张某某).
  const parties = item.category === 'ENFORCEMENT_PUBLICITY' && item.state === 'published' ? await listPublicParties(getDb(), item.id) : [];
  const meta: [string, string][] = [
    [t.indexNumber, item.indexNumber ?? t.noIndexNumber],
    [t.category, category.name],
    [t.sourceDepartment, item.sourceDepartment],
    [t.documentNumber, item.documentNumber ?? t.noIndexNumber],
    [t.topic, item.topic ?? t.noIndexNumber],
    [t.formedOn, item.formedOn],
    [t.publishedOn, item.publishedOn],
    ...(item.validity ? [[t.validity, `${item.validity.name}${t.validityPeriod(item.validity.validFrom, item.validity.validUntil)}`] as [string, string]] : []),
    ...(parties.length > 0 ? [[t.parties, parties.map((p) => p.name).join('、')] as [string, string]] : []),
  ];
  return (
    <article>
      <PageHeading trail={[{ href: `/list/${category.slug}`, label: category.name }]} title={item.title} />
      <div className="print-hidden mb-4 flex justify-end">
        <PrintButton label={t.print} />
      </div>
      <section aria-label={t.metaLabel} className="mb-6 rounded-lg border border-stone-200 bg-white p-4">
        <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-base sm:grid-cols-2">
          {meta.map(([label, value]) => (
            <div key={label} className="flex min-w-0 gap-2">
              <dt className="shrink-0 font-semibold text-stone-700">{label}：</dt>
              <dd className="min-w-0 break-all text-stone-900">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      {item.state === 'withdrawn' ? (
        // The page heading is already the neutral 该信息已撤回 (the old title is not shown).
        <section aria-label={t.withdrawnTitle} className="rounded-lg border-2 border-amber-600 bg-amber-50 p-6">
          <p className="text-lg font-semibold text-amber-900">{t.withdrawnNotice(item.withdrawnOn)}</p>
          {item.withdrawalReason && (
            <p className="mt-2 text-stone-900">
              <strong>{t.withdrawnReason}：</strong>
              {item.withdrawalReason}
            </p>
          )}
        </section>
      ) : (
        <>
          <section aria-label={t.body} className="rounded-lg bg-white p-6 shadow-sm">
            <div className="prose-public max-w-none break-words text-lg leading-loose text-stone-900 [&_a]:text-brand-700 [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:border-stone-300 [&_blockquote]:pl-4 [&_h2]:mt-6 [&_h2]:text-xl [&_h2]:font-bold [&_h3]:mt-4 [&_h3]:text-lg [&_h3]:font-bold [&_h4]:mt-4 [&_h4]:font-bold [&_hr]:my-6 [&_li]:ml-6 [&_ol]:list-decimal [&_p]:my-3 [&_p]:indent-8 [&_pre]:overflow-x-auto [&_pre]:bg-stone-100 [&_pre]:p-3 [&_table]:my-4 [&_table]:border-collapse [&_td]:border [&_td]:border-stone-300 [&_td]:px-2 [&_th]:border [&_th]:border-stone-300 [&_th]:bg-stone-100 [&_th]:px-2 [&_ul]:list-disc [&_.table-scroll]:overflow-x-auto">
              <Markdown source={item.body} />
            </div>
          </section>
          {item.attachments.length > 0 && (
            <section aria-labelledby="attachments-title" className="mt-6 rounded-lg bg-white p-6 shadow-sm">
              <h2 id="attachments-title" className="text-xl font-bold">
                {t.attachments}
              </h2>
              <ul className="mt-3 space-y-2">
                {item.attachments.map((a) => (
                  <li key={a.id}>
                    <a href={`/attachments/${a.id}`} className="text-brand-700 underline underline-offset-4" download>
                      {t.download(a.fileName)}
                    </a>
                    <span className="ml-2 text-base text-stone-600">（{messages.publicSite.size(a.size)}）</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
      <nav aria-label={t.neighbours} className="print-hidden mt-6 grid gap-3 rounded-lg bg-white p-6 text-base shadow-sm sm:grid-cols-2">
        {(
          [
            ['previous', item.previous],
            ['next', item.next],
          ] as const
        ).map(([key, neighbour]) => (
          <p key={key} className="min-w-0">
            <span className="font-semibold text-stone-700">{t[key]}：</span>
            {neighbour ? (
              <a href={`/disclosures/${neighbour.id}`} rel={key === 'previous' ? 'prev' : 'next'} className="break-words text-brand-700 underline underline-offset-4">
                {neighbour.title}
              </a>
            ) : (
              <span className="text-stone-600">{t.none}</span>
            )}
          </p>
        ))}
      </nav>
    </article>
  );
}
