import type { Metadata } from 'next';
import { getDb } from '@/lib/db';
import { CERTIFICATE_STATUS_LABELS, type CertificateStatus } from '@/lib/domain/officers/certificate-status';
import { queryParamText } from '@/lib/http/query-param';
import { messages } from '@/lib/i18n/messages';
import { listPublicOfficers, lookupPublicOfficer, type PublicOfficerCertificate } from '@/lib/queries/officers/public-officers';
import { publicOfficerQuerySchema } from '@/lib/schemas/officers';

export const metadata: Metadata = { title: messages.officers.public.title };
// Certificates lapse by the calendar, not only when someone edits them: always read fresh.
export const dynamic = 'force-dynamic';

const text = messages.officers.public;
const STATUS_CLASS: Record<CertificateStatus, string> = {
  VALID: 'text-green-800',
  EXPIRED: 'text-red-800',
  REVOKED: 'text-red-800',
  NOT_YET_VALID: 'text-amber-800',
};

function CertificateTable({ rows, caption, testId }: { rows: PublicOfficerCertificate[]; caption: string; testId: string }) {
  const columns = text.columns;
  return (
    <div className="overflow-x-auto">
      <table className="stack-on-phone w-full text-left text-sm" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b">
            <th scope="col" className="py-2">
              {columns.name}
            </th>
            <th scope="col">{columns.unit}</th>
            <th scope="col">{columns.number}</th>
            <th scope="col">{columns.category}</th>
            <th scope="col">{columns.validTo}</th>
            <th scope="col">{columns.status}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.certificateNumber} className="border-b">
              <td data-label={columns.name} className="py-2 pr-3">
                {row.name}
              </td>
              <td data-label={columns.unit} className="pr-3">
                {row.unit}
              </td>
              <td data-label={columns.number} className="pr-3">
                {row.certificateNumber}
              </td>
              <td data-label={columns.category} className="pr-3">
                {row.category}
              </td>
              <td data-label={columns.validTo} className="pr-3">
                {row.validTo}
              </td>
              <td data-label={columns.status} className={`font-medium ${STATUS_CLASS[row.status]}`}>
                {CERTIFICATE_STATUS_LABELS[row.status]}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default async function PublicOfficersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const q = queryParamText((await searchParams).q);
  const parsed = q === '' ? null : publicOfficerQuerySchema.safeParse({ q });
  const db = getDb();
  const [directory, results] = await Promise.all([listPublicOfficers(db), parsed?.success ? lookupPublicOfficer(db, parsed.data.q) : Promise.resolve(null)]);
  const queryError = parsed && !parsed.success ? parsed.error.issues[0]?.message : undefined;
  return (
    <div className="space-y-8">
      <section aria-labelledby="officers-title" className="rounded-lg bg-white p-6 shadow-sm">
        <h1 id="officers-title" className="text-2xl font-bold text-brand-800">
          {text.title}
        </h1>
        <p className="mt-3 text-stone-700">{text.intro}</p>
      </section>

      <section aria-labelledby="lookup-title" className="space-y-4 rounded-lg bg-white p-6 shadow-sm">
        <h2 id="lookup-title" className="text-xl font-semibold">
          {text.lookupTitle}
        </h2>
        <form action="/officers" method="get" role="search" className="flex flex-wrap items-end gap-3">
          <div className="min-w-64 flex-1 space-y-1">
            <label htmlFor="officer-q" className="block text-sm font-medium text-stone-800">
              {text.lookupLabel}
            </label>
            <input
              id="officer-q"
              name="q"
              defaultValue={q}
              maxLength={50}
              aria-describedby={queryError ? 'officer-q-error officer-q-hint' : 'officer-q-hint'}
              aria-invalid={queryError ? true : undefined}
              className="w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base"
            />
            <p id="officer-q-hint" className="text-xs text-stone-600">
              {text.lookupHint}
            </p>
            {queryError ? (
              <p id="officer-q-error" className="text-sm text-red-700">
                {queryError}
              </p>
            ) : null}
          </div>
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
            {text.lookupSubmit}
          </button>
        </form>
        {results !== null && parsed?.success ? (
          <div role="status" className="space-y-2">
            <h3 className="font-semibold">{text.results(parsed.data.q)}</h3>
            {results.length === 0 ? (
              <p className="text-stone-700">{text.noResult}</p>
            ) : (
              <CertificateTable rows={results} caption={text.results(parsed.data.q)} testId="officer-lookup-results" />
            )}
          </div>
        ) : null}
      </section>

      <section aria-labelledby="directory-title" className="space-y-3 rounded-lg bg-white p-6 shadow-sm">
        <h2 id="directory-title" className="text-xl font-semibold">
          {text.directoryTitle}
        </h2>
        {directory.length === 0 ? (
          <p className="text-stone-700">{text.empty}</p>
        ) : (
          <>
            <p className="text-sm text-stone-600">{text.count(directory.length)}</p>
            <CertificateTable rows={directory} caption={text.directoryTitle} testId="officer-directory" />
          </>
        )}
      </section>
    </div>
  );
}
