import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar/date-string';
import { ANSWER_CITATIONS } from '@/lib/domain/remedies/remedies';
import { messages } from '@/lib/i18n/messages';
import { remedyLinkOptions } from '@/lib/queries/remedies/link-options';
import { listRemedies } from '@/lib/queries/remedies/remedy-register';
import { reportYearSchema } from '@/lib/schemas/reports';
import { RegisterRemedyForm, RemedyProgressForm } from './remedy-forms';

const t = messages.remedies;
export const metadata: Metadata = { title: t.title };

type Props = { searchParams: Promise<{ year?: string }> };

export default async function RemediesPage({ searchParams }: Props) {
  await requireStaffPage({ path: '/staff/remedies', permission: 'legalAffairs.manage' });
  const parsed = reportYearSchema.safeParse((await searchParams).year);
  const year = parsed.success ? parsed.data : Number(toShanghaiDate(new Date()).slice(0, 4));
  const db = getDb();
  const [rows, links] = await Promise.all([listRemedies(db, { year }), remedyLinkOptions(db)]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="max-w-3xl text-sm text-stone-700">{t.intro}</p>
      <nav className="flex gap-3 text-sm" aria-label={t.title}>
        <Link className="text-brand-700 hover:underline" href={`/staff/remedies?year=${year - 1}`}>{`${year - 1}年`}</Link>
        <span className="font-semibold">{`${year}年`}</span>
        <Link className="text-brand-700 hover:underline" href={`/staff/remedies?year=${year + 1}`}>{`${year + 1}年`}</Link>
        <a className="ml-auto text-brand-700 hover:underline" href={`/staff/remedies/export?year=${year}`}>
          {t.exportXlsx}
        </a>
      </nav>
      <section aria-labelledby="remedy-list" className="space-y-3">
        <h2 id="remedy-list" className="text-lg font-semibold">
          {t.year(year)}
        </h2>
        {rows.length === 0 ? <p className="text-stone-600">{t.empty}</p> : null}
        {rows.map((row) => (
          <article key={row.id} className="space-y-2 rounded-md border border-stone-200 bg-white p-4" data-testid="remedy" aria-label={row.caseNumber}>
            <h3 className="font-semibold">
              {`${t.kinds[row.kind]} ${row.caseNumber}`}
              {row.aboutDisclosure ? <span className="ml-2 rounded bg-brand-50 px-2 text-xs text-brand-800">{t.fields.aboutDisclosure}</span> : null}
            </h3>
            <dl className="grid gap-x-4 gap-y-1 text-sm md:grid-cols-3">
              <div>
                <dt className="inline text-stone-600">{t.fields.organ}：</dt>
                <dd className="inline">{row.organ}</dd>
              </div>
              <div>
                <dt className="inline text-stone-600">{t.fields.claimant}：</dt>
                <dd className="inline">{row.claimant}</dd>
              </div>
              <div>
                <dt className="inline text-stone-600">{t.fields.challengedDecision}：</dt>
                <dd className="inline">
                  {row.challengedHref ? (
                    <Link className="text-brand-700 hover:underline" href={row.challengedHref}>
                      {row.challengedDecision}
                    </Link>
                  ) : (
                    row.challengedDecision
                  )}
                </dd>
              </div>
              <div>
                <dt className="inline text-stone-600">{t.fields.receivedOn}：</dt>
                <dd className="inline">{row.receivedOn}</dd>
              </div>
              <div>
                <dt className="inline text-stone-600">{t.fields.answerDueOn}：</dt>
                <dd className="inline" title={ANSWER_CITATIONS[row.kind]}>
                  {row.answerDueOn}
                  {row.answerLate ? <strong className="ml-1 text-red-700">{t.answerLate}</strong> : null}
                </dd>
              </div>
              <div>
                <dt className="inline text-stone-600">{t.fields.outcome}：</dt>
                <dd className="inline">{row.outcome ? `${t.outcomes[row.outcome]}（${row.concludedOn}）` : t.pending}</dd>
              </div>
              {row.kind === 'LITIGATION' ? (
                <div>
                  <dt className="inline text-stone-600">{t.fields.headAppeared}：</dt>
                  <dd className="inline">{row.headAppeared === null ? '—' : t.appeared[String(row.headAppeared) as 'true' | 'false']}</dd>
                </div>
              ) : null}
            </dl>
            <details>
              <summary className="cursor-pointer text-sm text-brand-700">{t.progress}</summary>
              <div className="mt-2">
                <RemedyProgressForm remedy={row} />
              </div>
            </details>
          </article>
        ))}
      </section>
      <section className="space-y-3 rounded-md border border-stone-200 bg-stone-50 p-4">
        <h2 className="text-lg font-semibold">{t.register}</h2>
        <RegisterRemedyForm links={links} />
      </section>
    </div>
  );
}
