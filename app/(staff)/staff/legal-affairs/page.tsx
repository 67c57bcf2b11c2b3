import type { Metadata } from 'next';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { listAdvisers, listContractReviews } from '@/lib/queries/legal-affairs/list-advisers';
import { listLegalReviewers } from '@/lib/queries/legal-affairs/list-legal-reviewers';
import { CreateAdviserForm, QualificationForm, RecordWorkForm } from './legal-affairs-forms';

export const metadata: Metadata = { title: messages.legalAffairs.advisers.title };

const text = messages.legalAffairs;

export default async function LegalAffairsPage() {
  const actor = await requireStaffPage({ path: '/staff/legal-affairs', permission: 'legalAffairs.manage' });
  const db = getDb();
  const [advisers, contractReviews, reviewers] = await Promise.all([listAdvisers(db), listContractReviews(db), listLegalReviewers(db)]);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{text.advisers.title}</h1>

      <section aria-labelledby="register-heading" className="space-y-4 rounded-lg bg-white p-5 shadow-sm">
        <h2 id="register-heading" className="text-lg font-semibold">
          {text.advisers.register}
        </h2>
        {advisers.length === 0 ? <p className="text-stone-600">{text.advisers.empty}</p> : null}
        {advisers.map((adviser) => (
          <article key={adviser.id} className="rounded-md border border-stone-200 p-4" aria-labelledby={`adviser-${adviser.id}`}>
            <h3 id={`adviser-${adviser.id}`} className="font-semibold">
              {adviser.name} · {adviser.firm}
            </h3>
            <p className="text-sm text-stone-600">{text.advisers.term(adviser.termFrom, adviser.termTo)}</p>
            {adviser.work.length === 0 ? (
              <p className="mt-2 text-sm text-stone-600">{text.advisers.noWork}</p>
            ) : (
              <table className="mt-3 w-full text-left text-sm">
                <caption className="sr-only">{`${adviser.name}${text.advisers.workLog}`}</caption>
                <thead>
                  <tr className="border-b">
                    <th scope="col" className="py-1 pr-2">
                      {text.advisers.labels.occurredOn}
                    </th>
                    <th scope="col" className="pr-2">
                      {text.advisers.labels.kind}
                    </th>
                    <th scope="col" className="pr-2">
                      {text.advisers.labels.title}
                    </th>
                    <th scope="col">{text.advisers.labels.notes}</th>
                  </tr>
                </thead>
                <tbody>
                  {adviser.work.map((work) => (
                    <tr key={work.id} className="border-b align-top">
                      <td className="py-1 pr-2 whitespace-nowrap">{work.occurredOn}</td>
                      <td className="pr-2 whitespace-nowrap">{text.advisers.kinds[work.kind]}</td>
                      <td className="pr-2">
                        {work.title}
                        {work.caseNumber ? (
                          <span className="block text-xs text-stone-600">{[work.caseNumber, work.courtOrOrgan, work.caseStatus, work.outcome].filter(Boolean).join(' · ')}</span>
                        ) : null}
                      </td>
                      <td className="whitespace-pre-wrap">{work.notes}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </article>
        ))}
        <details className="rounded-md border border-stone-200 p-3">
          <summary className="cursor-pointer font-medium">{text.advisers.newAdviser}</summary>
          <div className="mt-3">
            <CreateAdviserForm />
          </div>
        </details>
      </section>

      {advisers.length > 0 ? (
        <section aria-labelledby="work-heading" className="space-y-4 rounded-lg bg-white p-5 shadow-sm">
          <h2 id="work-heading" className="text-lg font-semibold">
            {text.advisers.recordWork}
          </h2>
          <RecordWorkForm advisers={advisers.map((a) => ({ id: a.id, label: `${a.name}（${a.firm}）` }))} contractReviews={contractReviews} />
        </section>
      ) : null}

      <section aria-labelledby="qualification-heading" className="space-y-4 rounded-lg bg-white p-5 shadow-sm">
        <h2 id="qualification-heading" className="text-lg font-semibold">
          {text.qualifications.title}
        </h2>
        <p className="text-sm text-stone-600">{text.qualifications.hint}</p>
        {reviewers.length === 0 ? (
          <p className="text-stone-600">{text.qualifications.empty}</p>
        ) : (
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{text.qualifications.title}</caption>
            <thead>
              <tr className="border-b">
                <th scope="col" className="py-2 pr-3">
                  {text.qualifications.columns.name}
                </th>
                <th scope="col" className="pr-3">
                  {text.qualifications.columns.decided}
                </th>
                <th scope="col">{text.qualifications.columns.qualificationNo}</th>
              </tr>
            </thead>
            <tbody>
              {reviewers.map((reviewer) => (
                <tr key={reviewer.id} className="border-b align-top">
                  <td className="py-2 pr-3">
                    {reviewer.name}
                    <span className="block text-xs text-stone-600">{reviewer.email}</span>
                  </td>
                  <td className="pr-3">{reviewer.decidedCount}</td>
                  <td>
                    {reviewer.id === actor.id ? (
                      <span>{reviewer.legalQualificationNo ?? text.qualifications.none}</span>
                    ) : (
                      <QualificationForm userId={reviewer.id} name={reviewer.name} current={reviewer.legalQualificationNo} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
