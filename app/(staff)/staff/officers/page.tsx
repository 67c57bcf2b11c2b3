import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { can } from '@/lib/domain/auth/permissions';
import { describeBlockers } from '@/lib/domain/blockers';
import { CERTIFICATE_KIND_LABELS } from '@/lib/domain/officers/certificate-status';
import { messages } from '@/lib/i18n/messages';
import { listExpiringCertificates } from '@/lib/queries/officers/expiring-certificates';
import { getLegalStaffRatio, getOfficerFigures } from '@/lib/queries/officers/officer-figures';
import { listLinkableUsers, listOfficerRegistry } from '@/lib/queries/officers/officer-registry';
import { Section } from './_components/fields';
import { CreateOfficerForm } from './_components/officer-forms';
import { CertificateStatusBadge } from './_components/status-badge';
import { OfficersSubnav } from './_components/subnav';

export const metadata: Metadata = { title: messages.officers.title };

const text = messages.officers;
const linkClass = 'rounded-md border border-stone-300 bg-white px-3 py-2 text-sm font-medium hover:bg-stone-100';

export default async function OfficersPage() {
  const actor = await requireStaffPage({ path: '/staff/officers' });
  const canManage = can(actor.roles, 'officers.manage');
  const db = getDb();
  const now = new Date();
  const [officers, expiring, figures, ratio, users] = await Promise.all([
    listOfficerRegistry(db, { on: now }),
    listExpiringCertificates(db, { on: now }),
    getOfficerFigures(db, { on: now }),
    getLegalStaffRatio(db, { on: now }),
    canManage ? listLinkableUsers(db) : Promise.resolve([]),
  ]);
  const year = figures.to.slice(0, 4);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{text.title}</h1>
      <OfficersSubnav current="registry" />
      {canManage ? null : <p className="text-sm text-stone-600">{text.labels.readOnly}</p>}

      <Section id="officer-figures" title={text.sections.figures}>
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-5" data-testid="officer-figures">
          {[
            [text.figures.certifiedOfficers, text.figures.persons(figures.certifiedOfficers)],
            [text.figures.hearingHosts, text.figures.persons(figures.hearingHosts)],
            [text.figures.examPassed, text.figures.persons(figures.examPassed)],
            [text.figures.onPlatform, text.figures.persons(figures.onPlatform)],
            [text.figures.trainings(year), text.figures.times(figures.trainings)],
          ].map(([label, value]) => (
            <div key={label} className="rounded-md bg-stone-50 p-3">
              <dt className="text-sm text-stone-600">{label}</dt>
              <dd className="text-xl font-semibold">{value}</dd>
            </div>
          ))}
        </dl>
      </Section>

      <Section id="legal-ratio" title={text.sections.ratio}>
        <p data-testid="legal-ratio">
          {text.ratio.summary(ratio.legalStaff, ratio.enforcementStaff, ratio.ratioPercent === null ? text.ratio.noEnforcement : `${ratio.ratioPercent}%`, ratio.guidelinePercent)}
        </p>
        {ratio.findings.length > 0 ? (
          <p role="alert" className="mt-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {describeBlockers(ratio.findings)}
          </p>
        ) : (
          <p className="mt-2 text-sm text-green-800">{text.ratio.met}</p>
        )}
      </Section>

      <Section id="expiring" title={text.sections.expiring(expiring.withinDays)}>
        {expiring.certificates.length === 0 ? (
          <p className="text-sm text-stone-600">{text.labels.noExpiring}</p>
        ) : (
          <table className="w-full text-left text-sm" data-testid="expiring-certificates">
            <thead>
              <tr className="border-b">
                <th className="py-2">{text.fields.name}</th>
                <th>{text.fields.unit}</th>
                <th>{text.fields.number}</th>
                <th>{text.fields.validTo}</th>
                <th>{text.labels.certificateStatus}</th>
              </tr>
            </thead>
            <tbody>
              {expiring.certificates.map((row) => (
                <tr key={row.certificateId} className="border-b">
                  <td className="py-2">
                    <Link className="text-brand-700 hover:underline" href={`/staff/officers/${row.officerId}`}>
                      {row.officerName}
                    </Link>
                  </td>
                  <td>{row.unit}</td>
                  <td>
                    {CERTIFICATE_KIND_LABELS[row.kind]} {row.number}
                  </td>
                  <td>{row.validTo}</td>
                  <td className="text-amber-800">{text.labels.daysLeft(row.daysLeft)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      <Section
        id="registry"
        title={text.sections.registry}
        actions={
          <div className="flex flex-wrap gap-2">
            <a className={linkClass} href="/staff/officers/export" download>
              {text.buttons.export}
            </a>
            {canManage ? (
              <Link className={linkClass} href="/staff/officers/import">
                {text.subnav.import}
              </Link>
            ) : null}
          </div>
        }
      >
        {officers.length === 0 ? (
          <p className="text-sm text-stone-600">{text.labels.noOfficers}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="officer-registry">
              <caption className="sr-only">{text.sections.registry}</caption>
              <thead>
                <tr className="border-b">
                  <th className="py-2">{text.fields.name}</th>
                  <th>{text.fields.unit}</th>
                  <th>{text.fields.isLegalStaff}</th>
                  <th>{text.sections.certificates}</th>
                  <th>{text.fields.active}</th>
                </tr>
              </thead>
              <tbody>
                {officers.map((officer) => (
                  <tr key={officer.id} className="border-b align-top" data-testid={`officer-${officer.name}`}>
                    <td className="py-2 pr-3">
                      <Link className="text-brand-700 hover:underline" href={`/staff/officers/${officer.id}`}>
                        {officer.name}
                      </Link>
                    </td>
                    <td className="py-2 pr-3">{officer.unit}</td>
                    <td className="py-2 pr-3">{officer.isLegalStaff ? text.labels.yes : text.labels.no}</td>
                    <td className="py-2 pr-3">
                      {officer.certificates.length === 0 ? (
                        <span className="text-stone-500">{text.labels.noCertificates}</span>
                      ) : (
                        <ul className="space-y-1">
                          {officer.certificates.map((certificate) => (
                            <li key={certificate.id} className="flex flex-wrap items-center gap-2">
                              <span>
                                {CERTIFICATE_KIND_LABELS[certificate.kind]} {certificate.number}
                              </span>
                              <span className="text-stone-600">{text.labels.validRange(certificate.validFrom, certificate.validTo)}</span>
                              <CertificateStatusBadge status={certificate.status} />
                              {certificate.examPassed ? null : <span className="text-xs text-red-700">{text.labels.examMissing}</span>}
                              {certificate.platformRegistered ? null : <span className="text-xs text-red-700">{text.labels.platformMissing}</span>}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td className="py-2">{officer.active ? text.labels.active : text.labels.inactive}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>

      {canManage ? (
        <Section id="create-officer" title={text.sections.createOfficer}>
          <CreateOfficerForm users={users} />
        </Section>
      ) : null}
    </div>
  );
}
