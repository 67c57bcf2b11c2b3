import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { can } from '@/lib/domain/auth/permissions';
import { CERTIFICATE_KIND_LABELS } from '@/lib/domain/officers/certificate-status';
import { isAppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import { getOfficer, listLinkableUsers } from '@/lib/queries/officers/officer-registry';
import { Section } from '../_components/fields';
import { AddCertificateForm, RevokeCertificateForm, UpdateOfficerForm } from '../_components/officer-forms';
import { CertificateStatusBadge } from '../_components/status-badge';

export const metadata: Metadata = { title: messages.officers.title };

const text = messages.officers;

async function load(id: string) {
  try {
    return await getOfficer(getDb(), { id, on: new Date() });
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

export default async function OfficerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireStaffPage({ path: `/staff/officers/${id}` });
  const canManage = can(actor.roles, 'officers.manage');
  const officer = await load(id);
  const users = canManage ? await listLinkableUsers(getDb(), { keepUserId: officer.user?.id ?? null }) : [];
  return (
    <div className="space-y-6">
      <p>
        <Link className="text-sm text-brand-700 hover:underline" href="/staff/officers">
          {text.labels.backToRegistry}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{officer.name}</h1>
      {canManage ? null : <p className="text-sm text-stone-600">{text.labels.readOnly}</p>}

      <Section id="officer-basics" title={text.sections.editOfficer}>
        {canManage ? (
          <UpdateOfficerForm
            officer={{
              id: officer.id,
              name: officer.name,
              unit: officer.unit,
              isLegalStaff: officer.isLegalStaff,
              legalQualificationNo: officer.legalQualificationNo,
              active: officer.active,
              userId: officer.user?.id ?? null,
            }}
            users={users}
          />
        ) : (
          <dl className="grid gap-2 sm:grid-cols-2">
            <div>
              <dt className="text-sm text-stone-600">{text.fields.unit}</dt>
              <dd>{officer.unit}</dd>
            </div>
            <div>
              <dt className="text-sm text-stone-600">{text.fields.isLegalStaff}</dt>
              <dd>{officer.isLegalStaff ? text.labels.yes : text.labels.no}</dd>
            </div>
            <div>
              <dt className="text-sm text-stone-600">{text.fields.legalQualificationNo}</dt>
              <dd>{officer.legalQualificationNo ?? text.labels.none}</dd>
            </div>
            <div>
              <dt className="text-sm text-stone-600">{text.fields.active}</dt>
              <dd>{officer.active ? text.labels.active : text.labels.inactive}</dd>
            </div>
          </dl>
        )}
      </Section>

      <Section id="officer-certificates" title={text.sections.certificates}>
        {officer.certificates.length === 0 ? (
          <p className="text-sm text-stone-600">{text.labels.noCertificates}</p>
        ) : (
          <ul className="divide-y">
            {officer.certificates.map((certificate) => (
              <li key={certificate.id} className="space-y-2 py-3" data-testid={`certificate-${certificate.number}`}>
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-medium">
                    {CERTIFICATE_KIND_LABELS[certificate.kind]} {certificate.number}
                  </span>
                  <span>{certificate.category}</span>
                  <span className="text-stone-600">{text.labels.validRange(certificate.validFrom, certificate.validTo)}</span>
                  <CertificateStatusBadge status={certificate.status} />
                  {certificate.revokedOn ? <span className="text-sm text-stone-600">{text.labels.revokedOn(certificate.revokedOn)}</span> : null}
                  <span className="text-sm">
                    {text.fields.examPassed}：{certificate.examPassed ? text.labels.yes : text.labels.no}
                  </span>
                  <span className="text-sm">
                    {text.fields.platformRegistered}：{certificate.platformRegistered ? text.labels.yes : text.labels.no}
                  </span>
                </div>
                {canManage && certificate.revokedOn === null ? <RevokeCertificateForm certificateId={certificate.id} number={certificate.number} /> : null}
              </li>
            ))}
          </ul>
        )}
        {canManage ? <p className="mt-2 text-xs text-stone-600">{text.hints.revoke}</p> : null}
      </Section>

      {canManage ? (
        <Section id="add-certificate" title={text.sections.addCertificate}>
          <AddCertificateForm officerId={officer.id} />
        </Section>
      ) : null}

      <Section id="officer-trainings" title={text.sections.trainings}>
        {officer.trainings.length === 0 ? (
          <p className="text-sm text-stone-600">{text.labels.noTrainings}</p>
        ) : (
          <ul className="list-disc pl-6 text-sm">
            {officer.trainings.map((training) => (
              <li key={training.id}>
                {training.heldOn} {training.title}（{training.attended ? text.labels.attended : text.labels.absent}）
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
