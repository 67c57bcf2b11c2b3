import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import type { MatterKind } from '@/lib/domain/review/matter-status';
import { messages } from '@/lib/i18n/messages';
import { listAdminContracts, listMajorDecisions, type MatterListItem } from '@/lib/queries/matters/list-matters';
import { MatterStatusBadge } from './_components/status-badge';
import { ContractForm, DecisionForm } from './matter-forms';

export const metadata: Metadata = { title: messages.legalAffairs.matters.title };

const text = messages.legalAffairs.matters;
const timeFormat = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeZone: 'Asia/Shanghai' });

function MatterTable({ kind, items, empty, caption }: { kind: MatterKind; items: MatterListItem[]; empty: string; caption: string }) {
  if (items.length === 0) return <p className="text-stone-600">{empty}</p>;
  const base = kind === 'MAJOR_ADMIN_DECISION' ? '/staff/matters/decisions' : '/staff/matters/contracts';
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b">
          <th scope="col" className="py-2 pr-3">
            {text.columns.title}
          </th>
          <th scope="col" className="pr-3">
            {text.columns.status}
          </th>
          <th scope="col" className="pr-3">
            {text.columns.detail}
          </th>
          <th scope="col">{text.columns.updatedAt}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id} className="border-b align-top">
            <td className="py-2 pr-3">
              <Link href={`${base}/${item.id}`} className="text-brand-700 hover:underline">
                {item.title}
              </Link>
            </td>
            <td className="pr-3">
              <MatterStatusBadge kind={kind} status={item.status} />
            </td>
            <td className="pr-3 text-stone-700">{item.detail}</td>
            <td className="whitespace-nowrap">{timeFormat.format(item.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default async function MattersPage() {
  await requireStaffPage({ path: '/staff/matters', permission: 'matters.draft' });
  const db = getDb();
  const [decisions, contracts] = await Promise.all([listMajorDecisions(db), listAdminContracts(db)]);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{text.title}</h1>
      <section aria-labelledby="decisions-heading" className="space-y-4 rounded-lg bg-white p-5 shadow-sm">
        <h2 id="decisions-heading" className="text-lg font-semibold">
          {text.decisions}
        </h2>
        <MatterTable kind="MAJOR_ADMIN_DECISION" items={decisions} empty={text.emptyDecisions} caption={text.decisions} />
        <details className="rounded-md border border-stone-200 p-3">
          <summary className="cursor-pointer font-medium">{text.newDecision}</summary>
          <div className="mt-3">
            <DecisionForm />
          </div>
        </details>
      </section>
      <section aria-labelledby="contracts-heading" className="space-y-4 rounded-lg bg-white p-5 shadow-sm">
        <h2 id="contracts-heading" className="text-lg font-semibold">
          {text.contracts}
        </h2>
        <MatterTable kind="ADMIN_CONTRACT" items={contracts} empty={text.emptyContracts} caption={text.contracts} />
        <details className="rounded-md border border-stone-200 p-3">
          <summary className="cursor-pointer font-medium">{text.newContract}</summary>
          <div className="mt-3">
            <ContractForm />
          </div>
        </details>
      </section>
    </div>
  );
}
