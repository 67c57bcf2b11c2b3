import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { can } from '@/lib/domain/auth/permissions';
import { messages } from '@/lib/i18n/messages';
import { getDraw, verifyDraw } from '@/lib/queries/inspections/draws';
import { Section } from '../../_components/controls';
import { SubNav } from '../../_components/sub-nav';

const t = messages.inspections;
const d = t.draws;
export const metadata: Metadata = { title: d.title };

// The published draw and its check: 复核抽取结果 recomputes the draw on the server from the stored
// seed and pools alone, with the same published algorithm, and compares it with the stored result.
export default async function DrawPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ verify?: string }> }) {
  const { id } = await params;
  const actor = await requireStaffPage({ path: `/staff/inspections/draws/${id}` });
  const db = getDb();
  const draw = await getDraw(db, id);
  if (!draw) notFound();
  const verification = (await searchParams).verify === '1' ? await verifyDraw(db, id) : null;
  const entityName = new Map(draw.entityPool.map((e) => [e.id, e.name]));
  const inspectorName = new Map(draw.inspectorPool.map((i) => [i.id, i.name]));
  const canRecord = can(actor.roles, 'inspection.record');
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{d.title}</h1>
      <SubNav current="/staff/inspections/plans" />
      <Section id="draw-facts" title={draw.plan.title}>
        <dl className="grid gap-2 text-sm sm:grid-cols-2">
          <div>
            <dt className="inline text-stone-600">{d.plan}：</dt>
            <dd className="inline">
              <Link className="text-brand-700 hover:underline" href={`/staff/inspections/plans/${draw.plan.id}`}>
                {draw.plan.title}（{draw.plan.year}）
              </Link>
            </dd>
          </div>
          <div>
            <dt className="inline text-stone-600">{d.seed}：</dt>
            <dd className="inline font-mono break-all" data-testid="draw-seed">
              {draw.seed}
            </dd>
          </div>
          <div>
            <dt className="inline text-stone-600">{d.drawnAt}：</dt>
            <dd className="inline">{draw.drawnOn}</dd>
          </div>
          <div>
            <dt className="inline text-stone-600">{d.drawnBy}：</dt>
            <dd className="inline">{draw.drawnBy}</dd>
          </div>
          <div>
            <dt className="inline text-stone-600">{d.publication}：</dt>
            <dd className="inline">
              {draw.disclosureId ? (
                <Link className="text-brand-700 hover:underline" href={`/staff/disclosures/${draw.disclosureId}`}>
                  {draw.disclosureId}
                </Link>
              ) : (
                d.publicationMissing
              )}
            </dd>
          </div>
        </dl>
        <form method="get" className="flex flex-wrap items-center gap-3">
          <input type="hidden" name="verify" value="1" />
          <button type="submit" className="rounded-md border border-stone-300 bg-white px-4 py-2 text-sm font-medium text-stone-800 hover:bg-stone-100">
            {d.verify}
          </button>
          {verification ? (
            <p role="status" className={`text-sm ${verification.consistent ? 'text-green-800' : 'text-red-800'}`}>
              {d.verifyExplain}
              <strong data-testid="draw-verification">{verification.consistent ? d.consistent : d.inconsistent}</strong>
            </p>
          ) : null}
        </form>
      </Section>

      <Section id="draw-result" title={d.result}>
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b">
              <th className="py-2">{d.order}</th>
              <th>{d.entity}</th>
              <th>{d.inspectors}</th>
              {canRecord ? <th /> : null}
            </tr>
          </thead>
          <tbody>
            {draw.picks.map((pick, index) => {
              const query = new URLSearchParams([
                ['entityId', pick.entityId],
                ['planId', draw.plan.id],
                ['kind', 'RANDOM'],
                ...pick.inspectorIds.map((i) => ['inspectorIds', i] as [string, string]),
              ]);
              return (
                <tr key={pick.entityId} className="border-b" data-testid="draw-pick">
                  <td className="py-2">{index + 1}</td>
                  <td>{entityName.get(pick.entityId) ?? pick.entityId}</td>
                  <td>{pick.inspectorIds.map((i) => inspectorName.get(i) ?? i).join('、')}</td>
                  {canRecord ? (
                    <td>
                      <Link className="text-brand-700 hover:underline" href={`/staff/inspections/records/new?${query.toString()}`}>
                        {d.recordFor}
                      </Link>
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </Section>

      <Section id="draw-algorithm" title={d.algorithm}>
        <p className="whitespace-pre-line text-sm">{draw.algorithm}</p>
      </Section>

      <Section id="draw-pools" title={`${d.entityPool}（${draw.entityPool.length}） / ${d.inspectorPool}（${draw.inspectorPool.length}）`}>
        <div className="grid gap-4 md:grid-cols-2">
          <ol className="list-decimal pl-6 text-sm" aria-label={d.entityPool}>
            {draw.entityPool.map((e) => (
              <li key={e.id}>
                <span className="font-mono text-xs text-stone-600">{e.id}</span> {e.name}
              </li>
            ))}
          </ol>
          <ol className="list-decimal pl-6 text-sm" aria-label={d.inspectorPool}>
            {draw.inspectorPool.map((i) => (
              <li key={i.id}>
                <span className="font-mono text-xs text-stone-600">{i.id}</span> {i.name}
                {i.excludedEntityIds.length > 0 ? `（${d.excluded}：${i.excludedEntityIds.map((e) => entityName.get(e) ?? e).join('、')}）` : ''}
              </li>
            ))}
          </ol>
        </div>
      </Section>
    </div>
  );
}
