import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { can } from '@/lib/domain/auth/permissions';
import { messages } from '@/lib/i18n/messages';
import { listLicenceDecisions } from '@/lib/queries/licences/list-licences';
import { reportYearSchema } from '@/lib/schemas/reports';

const t = messages.reports.licences;
const f = messages.reports.fields;
import { RecordLicenceForm } from './licence-form';

type Props = { searchParams: Promise<{ year?: string }> };

// 行政许可决定登记: the licence decisions the yearly enforcement statistics count.
export default async function LicencesPage({ searchParams }: Props) {
  const actor = await requireStaffPage({ path: '/staff/licences' });
  const parsed = reportYearSchema.safeParse((await searchParams).year);
  const year = parsed.success ? parsed.data : new Date().getFullYear();
  const rows = await listLicenceDecisions(getDb(), year);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t.title(year, rows.length)}</h1>
      {rows.length === 0 ? (
        <p className="text-stone-600">{t.empty}</p>
      ) : (
        <table className="w-full border-collapse rounded-lg bg-white text-sm shadow-sm">
          <caption className="sr-only">{t.caption}</caption>
          <thead>
            <tr className="text-left">
              <th className="p-2">{f.decidedOn}</th>
              <th className="p-2">{f.matter}</th>
              <th className="p-2">{f.applicant}</th>
              <th className="p-2">{f.granted}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} id={`licence-${row.id}`} className="border-t border-stone-200">
                <td className="p-2">{row.decidedOn}</td>
                <td className="p-2">{row.matter}</td>
                <td className="p-2">{row.applicant}</td>
                <td className="p-2">{row.granted ? t.granted : t.refused}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {can(actor.roles, 'licences.record') ? (
        <section className="rounded-lg bg-white p-6 shadow-sm">
          <h2 className="mb-3 text-lg font-semibold">{t.add}</h2>
          <RecordLicenceForm />
        </section>
      ) : null}
    </div>
  );
}
