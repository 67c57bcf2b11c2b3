import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { listClosedCasesForTeaching, listTeachingCases } from '@/lib/queries/publicity/teaching-cases';
import { Section } from '../../officers/_components/fields';
import { DraftTeachingCaseForm } from './teaching-case-forms';

export const metadata: Metadata = { title: messages.publicity.teachingCases.title };

const text = messages.publicity.teachingCases;

export default async function TeachingCasesPage() {
  await requireStaffPage({ path: '/staff/publicity/teaching-cases', permission: 'publicity.manage' });
  const db = getDb();
  const [cases, teachingCases] = await Promise.all([listClosedCasesForTeaching(db), listTeachingCases(db)]);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/staff/publicity" className="text-sm text-brand-700 hover:underline">
          ← {messages.publicity.title}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{text.title}</h1>
      <p className="text-sm text-stone-600">{text.intro}</p>

      <Section id="teaching-list" title={text.list}>
        {teachingCases.length === 0 ? (
          <p className="text-sm text-stone-600">{text.empty}</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b">
                <th className="py-2">{text.columns.title}</th>
                <th>{text.columns.caseNumber}</th>
                <th>{text.columns.status}</th>
              </tr>
            </thead>
            <tbody>
              {teachingCases.map((item) => (
                <tr key={item.id} className="border-b">
                  <td className="py-2 pr-3">
                    <Link href={`/staff/publicity/teaching-cases/${item.id}`} className="text-brand-700 hover:underline">
                      {item.title}
                    </Link>
                  </td>
                  <td className="pr-3">{item.caseNumber}</td>
                  <td>{item.disclosureId ? text.status.sent : text.status.draft}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      <Section id="closed-cases" title={text.closedCases}>
        {cases.length === 0 ? (
          <p className="text-sm text-stone-600">{text.noClosedCases}</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b">
                <th className="py-2">{text.columns.caseNumber}</th>
                <th>{text.columns.caseTitle}</th>
                <th>{text.columns.closedOn}</th>
                <th>
                  <span className="sr-only">{text.columns.action}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {cases.map((kase) => (
                <tr key={kase.id} className="border-b align-top">
                  <td className="py-2 pr-3">{kase.caseNumber}</td>
                  <td className="pr-3">
                    {kase.typeName}：{kase.title}
                  </td>
                  <td className="pr-3">{kase.closedOn}</td>
                  <td className="py-2">
                    <DraftTeachingCaseForm caseId={kase.id} caseNumber={kase.caseNumber} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
    </div>
  );
}
