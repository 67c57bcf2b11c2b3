import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { can } from '@/lib/domain/auth/permissions';
import { messages } from '@/lib/i18n/messages';
import { getInspection } from '@/lib/queries/inspections/inspections';
import { Section } from '../../_components/controls';
import { StatusBadge } from '../../_components/status-badge';
import { SubNav } from '../../_components/sub-nav';
import { AttachmentUpload } from './attachment-upload';
import { formatFileSize } from '@/lib/i18n/format-size';

const t = messages.inspections;
const i = t.inspection;
export const metadata: Metadata = { title: i.title };

export default async function InspectionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireStaffPage({ path: `/staff/inspections/records/${id}` });
  const inspection = await getInspection(getDb(), id);
  if (!inspection) notFound();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">
        {i.title}：{inspection.entityName}（{inspection.inspectedOn}）
      </h1>
      <SubNav current="" />
      <Section id="inspection-facts" title={i.title}>
        <dl className="grid gap-2 text-sm sm:grid-cols-2">
          <div>
            <dt className="inline text-stone-600">{i.entity}：</dt>
            <dd className="inline">
              <Link className="text-brand-700 hover:underline" href={`/staff/inspections/entities/${inspection.entityId}`}>
                {inspection.entityName}
              </Link>
            </dd>
          </div>
          <div>
            <dt className="inline text-stone-600">{i.kind}：</dt>
            <dd className="inline">
              {t.inspectionKinds[inspection.kind]}（{inspection.onSite ? i.onSite : i.offSite}）
            </dd>
          </div>
          <div>
            <dt className="inline text-stone-600">{i.date}：</dt>
            <dd className="inline">{inspection.inspectedOn}</dd>
          </div>
          <div>
            <dt className="inline text-stone-600">{i.inspectors}：</dt>
            <dd className="inline">{inspection.inspectors.join('、')}</dd>
          </div>
          {inspection.partnerDepartments.length > 0 ? (
            <div>
              <dt className="inline text-stone-600">{i.partners}：</dt>
              <dd className="inline">{inspection.partnerDepartments.join('、')}</dd>
            </div>
          ) : null}
          {inspection.plan ? (
            <div>
              <dt className="inline text-stone-600">{i.plan}：</dt>
              <dd className="inline">
                <Link className="text-brand-700 hover:underline" href={`/staff/inspections/plans/${inspection.plan.id}`}>
                  {inspection.plan.title}
                </Link>
              </dd>
            </div>
          ) : null}
        </dl>
        <h3 className="font-medium">{i.items}</h3>
        <ul className="list-disc pl-5 text-sm">
          {inspection.itemsChecked.map((item, k) => (
            <li key={k}>{item}</li>
          ))}
        </ul>
        {inspection.summary ? (
          <>
            <h3 className="font-medium">{i.summary}</h3>
            <p className="whitespace-pre-line text-sm">{inspection.summary}</p>
          </>
        ) : null}
      </Section>
      <Section id="inspection-findings" title={i.findings}>
        {inspection.findings.length === 0 ? (
          <p className="text-sm text-stone-700">{i.noFindings}</p>
        ) : (
          <ul className="space-y-2 text-sm">
            {inspection.findings.map((finding) => (
              <li key={finding.id} data-testid="finding">
                {finding.rectificationId ? (
                  <Link className="text-brand-700 hover:underline" href={`/staff/inspections/rectifications/${finding.rectificationId}`}>
                    {finding.description}
                  </Link>
                ) : (
                  finding.description
                )}
                {finding.status ? (
                  <>
                    {' '}
                    <StatusBadge status={finding.status} /> {t.rectifications.dueOn} {finding.dueOn}
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="inspection-attachments" title={t.attachments.title}>
        {inspection.attachments.length === 0 ? (
          <p className="text-sm text-stone-700">{t.attachments.none}</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {inspection.attachments.map((a) => (
              <li key={a.id}>
                <a className="text-brand-700 hover:underline" href={`/staff/inspections/attachments/${a.id}`}>
                  {a.fileName}
                </a>
                <span className="text-stone-600">
                  {' '}
                  · {formatFileSize(a.size)} · SHA-256 {a.sha256.slice(0, 12)}…
                </span>
              </li>
            ))}
          </ul>
        )}
        {can(actor.roles, 'inspection.record') ? <AttachmentUpload inspectionId={inspection.id} /> : null}
      </Section>
    </div>
  );
}
