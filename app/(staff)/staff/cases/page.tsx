import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { CASE_TYPES, CASE_TYPE_NAMES, isCaseType } from '@/lib/domain/enforcement';
import { messages } from '@/lib/i18n/messages';
import { listCases } from '@/lib/queries/enforcement/cases';
import { CasesNav } from './_components/sub-nav';

const t = messages.enforcement.ui.list;
export const metadata: Metadata = { title: t.title };

type Search = Promise<{ type?: string; state?: string; q?: string; page?: string }>;

export default async function CasesPage({ searchParams }: { searchParams: Search }) {
  const actor = await requireStaffPage({ path: '/staff/cases' });
  const params = await searchParams;
  const type = params.type && isCaseType(params.type) ? params.type : undefined;
  const state = params.state === 'open' || params.state === 'closed' ? params.state : undefined;
  const q = params.q?.trim().slice(0, 60) || undefined;
  const page = Math.max(1, Number.parseInt(params.page ?? '1', 10) || 1);
  const result = await listCases(getDb(), actor, { type, state, q, page });
  const link = (p: number) => {
    const query = new URLSearchParams({ ...(type ? { type } : {}), ...(state ? { state } : {}), ...(q ? { q } : {}), page: String(p) });
    return `/staff/cases?${query.toString()}`;
  };
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <CasesNav current="/staff/cases" />
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label={t.apply}>
        <label className="text-sm">
          <span className="block font-medium">{t.filterType}</span>
          <select name="type" defaultValue={type ?? ''} className="rounded-md border border-stone-300 px-2 py-1">
            <option value="">{t.allTypes}</option>
            {CASE_TYPES.map((k) => (
              <option key={k} value={k}>
                {CASE_TYPE_NAMES[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="block font-medium">{t.filterState}</span>
          <select name="state" defaultValue={state ?? ''} className="rounded-md border border-stone-300 px-2 py-1">
            <option value="">{t.allStates}</option>
            <option value="open">{t.open}</option>
            <option value="closed">{t.closed}</option>
          </select>
        </label>
        <label className="text-sm">
          <span className="block font-medium">{t.search}</span>
          <input name="q" defaultValue={q ?? ''} className="rounded-md border border-stone-300 px-2 py-1" />
        </label>
        <button type="submit" className="rounded-md border border-stone-300 bg-white px-3 py-1 text-sm hover:bg-stone-100">
          {t.apply}
        </button>
      </form>
      <p className="text-sm text-stone-700">{t.total(result.total)}</p>
      {result.items.length === 0 ? (
        <p className="text-sm text-stone-700">{t.none}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-stone-300 text-stone-600">
              <tr>
                <th className="py-2 pr-3">{t.caseNumber}</th>
                <th className="py-2 pr-3">{t.caseTitle}</th>
                <th className="py-2 pr-3">{t.type}</th>
                <th className="py-2 pr-3">{t.state}</th>
                <th className="py-2 pr-3">{t.filedOn}</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((c) => (
                <tr key={c.id} className="border-b border-stone-100" data-testid="case-row">
                  <td className="py-2 pr-3 whitespace-nowrap">{c.caseNumber}</td>
                  <td className="py-2 pr-3">
                    <Link className="text-brand-700 hover:underline" href={`/staff/cases/${c.id}`}>
                      {c.title}
                    </Link>
                    {c.isMajor ? <span className="ml-2 rounded bg-amber-100 px-1 text-xs text-amber-900">{t.major}</span> : null}
                  </td>
                  <td className="py-2 pr-3">{c.typeName}</td>
                  <td className="py-2 pr-3">{c.closedOn ? `${c.stateLabel}（${c.closedOn}）` : c.stateLabel}</td>
                  <td className="py-2 pr-3 whitespace-nowrap">{c.filedOn}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {result.pages > 1 ? (
        <nav className="flex gap-4 text-sm" aria-label={t.page(page, result.pages)}>
          {page > 1 ? (
            <Link className="text-brand-700 hover:underline" href={link(page - 1)}>
              {t.prev}
            </Link>
          ) : null}
          <span>{t.page(page, result.pages)}</span>
          {page < result.pages ? (
            <Link className="text-brand-700 hover:underline" href={link(page + 1)}>
              {t.next}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
