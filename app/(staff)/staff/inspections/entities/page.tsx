import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { can } from '@/lib/domain/auth/permissions';
import { ENTITY_KINDS, type EntityKind } from '@/lib/domain/inspections/inspection-rules';
import { messages } from '@/lib/i18n/messages';
import { listEntities } from '@/lib/queries/inspections/entities';
import { Section } from '../_components/controls';
import { SubNav } from '../_components/sub-nav';
import { CreateEntityForm } from './entity-forms';

const t = messages.inspections;
export const metadata: Metadata = { title: t.entities.title };

export default async function EntitiesPage({ searchParams }: { searchParams: Promise<{ kind?: string }> }) {
  const actor = await requireStaffPage({ path: '/staff/inspections/entities' });
  const requested = (await searchParams).kind;
  const kind = ENTITY_KINDS.find((k) => k === requested) as EntityKind | undefined;
  const entities = await listEntities(getDb(), kind ? { kind } : {});
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t.entities.title}</h1>
      <SubNav current="/staff/inspections/entities" />
      {can(actor.roles, 'inspection.record') ? (
        <Section id="create-entity" title={t.entities.create}>
          <CreateEntityForm />
        </Section>
      ) : null}
      <Section id="entity-list" title={`${t.entities.list}（${entities.length}）`}>
        <nav aria-label={t.fields.entityKind} className="flex flex-wrap gap-3 text-sm">
          <Link className={kind ? 'text-brand-700 hover:underline' : 'font-semibold'} href="/staff/inspections/entities">
            {t.entities.filterAll}
          </Link>
          {ENTITY_KINDS.map((k) => (
            <Link key={k} className={kind === k ? 'font-semibold' : 'text-brand-700 hover:underline'} href={`/staff/inspections/entities?kind=${k}`}>
              {t.entityKinds[k]}
            </Link>
          ))}
        </nav>
        {entities.length === 0 ? (
          <p className="text-sm text-stone-700">{t.entities.none}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="border-b">
                  <th className="py-2">{t.fields.entityName}</th>
                  <th>{t.fields.entityKind}</th>
                  <th>{t.entities.address}</th>
                  <th>{t.entities.filed}</th>
                  <th>{t.entities.inspections}</th>
                  <th>{t.entities.lastInspected}</th>
                  <th>{t.entities.openOrders}</th>
                  <th>{t.entities.status}</th>
                </tr>
              </thead>
              <tbody>
                {entities.map((e) => (
                  <tr key={e.id} className="border-b" data-testid={`entity-${e.name}`}>
                    <td className="py-2">
                      <Link className="text-brand-700 hover:underline" href={`/staff/inspections/entities/${e.id}`}>
                        {e.name}
                      </Link>
                    </td>
                    <td>{t.entityKinds[e.kind]}</td>
                    <td>{e.address}</td>
                    <td>{e.filedOn ?? '—'}</td>
                    <td>{e.inspections}</td>
                    <td>{e.lastInspectedOn ?? '—'}</td>
                    <td>{e.openRectifications}</td>
                    <td>{e.active ? t.entities.active : t.entities.inactive}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
    </div>
  );
}
