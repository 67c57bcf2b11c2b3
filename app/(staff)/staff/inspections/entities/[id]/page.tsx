import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { can } from '@/lib/domain/auth/permissions';
import { messages } from '@/lib/i18n/messages';
import { getEntity } from '@/lib/queries/inspections/entities';
import { listOfficerOptions } from '@/lib/queries/inspections/form-options';
import { Section } from '../../_components/controls';
import { StatusBadge } from '../../_components/status-badge';
import { SubNav } from '../../_components/sub-nav';
import { DeclareConflictForm, UpdateEntityForm } from '../entity-forms';

const t = messages.inspections;
export const metadata: Metadata = { title: t.entities.title };

export default async function EntityPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireStaffPage({ path: `/staff/inspections/entities/${id}` });
  const db = getDb();
  const entity = await getEntity(db, { id });
  if (!entity) notFound();
  const canRecord = can(actor.roles, 'inspection.record');
  const officers = canRecord ? await listOfficerOptions(db) : [];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{entity.name}</h1>
      <SubNav current="/staff/inspections/entities" />
      <Section id="entity-data" title={t.entities.title}>
        <dl className="grid gap-2 text-sm sm:grid-cols-2">
          <div>
            <dt className="inline text-stone-600">{t.fields.entityKind}：</dt>
            <dd className="inline">{t.entityKinds[entity.kind]}</dd>
          </div>
          <div>
            <dt className="inline text-stone-600">{t.fields.address}：</dt>
            <dd className="inline">{entity.address}</dd>
          </div>
          <div>
            <dt className="inline text-stone-600">{t.fields.licenceNo}：</dt>
            <dd className="inline">{entity.licenceNo ?? '—'}</dd>
          </div>
          <div>
            <dt className="inline text-stone-600">{t.fields.registeredOn}：</dt>
            <dd className="inline">{entity.registeredOn ?? '—'}</dd>
          </div>
          <div>
            <dt className="inline text-stone-600">{t.fields.filedOn}：</dt>
            <dd className="inline">{entity.filedOn ?? '—'}</dd>
          </div>
          <div>
            <dt className="inline text-stone-600">{t.entities.status}：</dt>
            <dd className="inline">{entity.active ? t.entities.active : t.entities.inactive}</dd>
          </div>
        </dl>
        {canRecord ? (
          <p>
            <Link className="text-brand-700 hover:underline" href={`/staff/inspections/records/new?entityId=${entity.id}`}>
              {t.nav.record}
            </Link>
          </p>
        ) : null}
      </Section>

      <Section id="history" title={t.entities.history}>
        {entity.history.length === 0 ? (
          <p className="text-sm text-stone-700">{t.entities.noHistory}</p>
        ) : (
          <ol className="space-y-3">
            {entity.history.map((inspection) => (
              <li key={inspection.id} className="rounded-md border border-stone-200 p-3 text-sm">
                <p>
                  <Link className="font-medium text-brand-700 hover:underline" href={`/staff/inspections/records/${inspection.id}`}>
                    {inspection.inspectedOn}
                  </Link>
                  {' · '}
                  {t.inspectionKinds[inspection.kind]}
                  {inspection.partnerDepartments.length > 0 ? `（${inspection.partnerDepartments.join('、')}）` : ''}
                  {' · '}
                  {inspection.onSite ? t.inspection.onSite : t.inspection.offSite}
                  {' · '}
                  {inspection.inspectors.join('、')}
                </p>
                {inspection.findings.length > 0 ? (
                  <ul className="mt-1 list-disc pl-5">
                    {inspection.findings.map((finding) => (
                      <li key={finding.id}>
                        {finding.rectificationId ? (
                          <Link className="text-brand-700 hover:underline" href={`/staff/inspections/rectifications/${finding.rectificationId}`}>
                            {finding.description}
                          </Link>
                        ) : (
                          finding.description
                        )}{' '}
                        {finding.status ? <StatusBadge status={finding.status} /> : null}
                        {finding.overdue ? <span className="ml-1 text-xs font-semibold text-red-700">{t.rectifications.overdue}</span> : null}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </Section>

      <Section id="conflicts" title={t.entities.conflicts}>
        {entity.conflicts.length === 0 ? (
          <p className="text-sm text-stone-700">{t.entities.noConflicts}</p>
        ) : (
          <ul className="list-disc pl-5 text-sm">
            {entity.conflicts.map((c) => (
              <li key={c.officerId}>
                {c.officerName}：{c.reason}（{c.declaredOn}）
              </li>
            ))}
          </ul>
        )}
        {canRecord ? <DeclareConflictForm entityId={entity.id} officers={officers} /> : null}
      </Section>

      {canRecord ? (
        <Section id="edit-entity" title={t.entities.edit}>
          <UpdateEntityForm
            entityId={entity.id}
            values={{
              entityKind: entity.kind,
              entityName: entity.name,
              address: entity.address,
              licenceNo: entity.licenceNo ?? '',
              registeredOn: entity.registeredOn ?? '',
              filedOn: entity.filedOn ?? '',
              active: entity.active,
            }}
          />
        </Section>
      ) : null}
    </div>
  );
}
