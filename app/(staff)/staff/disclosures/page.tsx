import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { can } from '@/lib/domain/auth/permissions';
import { CATEGORY_NAMES, DISCLOSURE_CATEGORIES } from '@/lib/domain/disclosure/categories';
import { DISCLOSURE_STATUSES, STATUS_NAMES } from '@/lib/domain/disclosure/workflow';
import { messages } from '@/lib/i18n/messages';
import { listDisclosures } from '@/lib/queries/disclosure/list-disclosures';
import { listProactiveTimeliness } from '@/lib/queries/disclosure/list-timeliness';
import { listDisclosuresSchema } from '@/lib/schemas/disclosure';
import { SelectField } from '@/components/forms/fields';
import { Field } from '@/components/forms/field';
import { formatDateTime } from './_components/format';
import { StatusBadge } from './_components/status-badge';
import { TimelinessPanel } from './_components/timeliness-panel';

const text = messages.disclosure;
export const metadata: Metadata = { title: text.listTitle };

export default async function DisclosuresPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireStaffPage({ path: '/staff/disclosures', permission: 'disclosure.secrecyCheck' });
  const filters = listDisclosuresSchema.parse(await searchParams);
  const [list, timeliness] = await Promise.all([listDisclosures(getDb(), filters), listProactiveTimeliness(getDb())]);
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const pageLink = (page: number) => {
    const params = new URLSearchParams();
    for (const key of ['status', 'category', 'q'] as const) if (filters[key]) params.set(key, String(filters[key]));
    params.set('page', String(page));
    return `/staff/disclosures?${params.toString()}`;
  };
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{text.listTitle}</h1>
        {can(actor.roles, 'disclosure.draft') ? (
          <Link href="/staff/disclosures/new" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
            {text.newLink}
          </Link>
        ) : null}
      </div>
      <TimelinessPanel rows={timeliness} />
      <section aria-labelledby="list" className="space-y-4 rounded-lg bg-white p-5 shadow-sm">
        <h2 id="list" className="text-lg font-semibold">
          {text.sections.list}
        </h2>
        <form method="get" className="grid items-end gap-3 md:grid-cols-4" aria-label={text.sections.filters}>
          <SelectField
            name="status"
            label={text.labels.status}
            defaultValue={filters.status ?? ''}
            options={[{ value: '', label: text.labels.allStatuses }, ...DISCLOSURE_STATUSES.map((s) => ({ value: s, label: STATUS_NAMES[s] }))]}
          />
          <SelectField
            name="category"
            id="filter-category"
            label={text.fields.category}
            defaultValue={filters.category ?? ''}
            options={[{ value: '', label: text.labels.allCategories }, ...DISCLOSURE_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_NAMES[c] }))]}
          />
          <Field name="q" label={text.labels.keyword} defaultValue={filters.q ?? ''} />
          <div>
            <button type="submit" className="rounded-md border border-stone-300 bg-white px-4 py-2 text-sm hover:bg-stone-100">
              {text.buttons.filter}
            </button>
          </div>
        </form>
        {list.rows.length === 0 ? (
          <p className="text-sm text-stone-700">{text.labels.empty}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="border-b">
                  <th className="py-2">{text.fields.title}</th>
                  <th>{text.fields.category}</th>
                  <th>{text.labels.status}</th>
                  <th>{text.labels.indexNumber}</th>
                  <th>{text.fields.formedOn}</th>
                  <th>{text.labels.updatedAt}</th>
                </tr>
              </thead>
              <tbody>
                {list.rows.map((row) => (
                  <tr key={row.id} className="border-b align-top">
                    <td className="py-2 pr-3">
                      <Link className="text-brand-700 underline" href={`/staff/disclosures/${row.id}`}>
                        {row.title}
                      </Link>
                    </td>
                    <td className="pr-3">{CATEGORY_NAMES[row.category]}</td>
                    <td className="pr-3">
                      <StatusBadge status={row.status} />
                    </td>
                    <td className="pr-3 font-mono text-xs">{row.indexNumber ?? '—'}</td>
                    <td className="pr-3">{row.formedOn}</td>
                    <td>{formatDateTime(row.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {pages > 1 ? (
          <nav aria-label={text.list.pagination} className="flex gap-3 text-sm">
            {list.page > 1 ? (
              <Link className="text-brand-700 underline" href={pageLink(list.page - 1)}>
                {text.list.previous}
              </Link>
            ) : null}
            <span>{text.list.pageOf(list.page, pages, list.total)}</span>
            {list.page < pages ? (
              <Link className="text-brand-700 underline" href={pageLink(list.page + 1)}>
                {text.list.next}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
