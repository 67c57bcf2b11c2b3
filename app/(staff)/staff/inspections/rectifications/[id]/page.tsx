import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { can } from '@/lib/domain/auth/permissions';
import { RECHECK_WORKING_DAYS, canTransition } from '@/lib/domain/inspections/rectification';
import { toShanghaiDate } from '@/lib/domain/calendar';
import { messages } from '@/lib/i18n/messages';
import { getRectification, type TimelineEvent } from '@/lib/queries/inspections/rectifications';
import { Section } from '../../_components/controls';
import { OverdueBadge, StatusBadge } from '../../_components/status-badge';
import { SubNav } from '../../_components/sub-nav';
import { RecheckForm, ResponseForm } from './rectification-forms';

const t = messages.inspections;
const r = t.rectifications;
export const metadata: Metadata = { title: r.title };

const EVENT_LABEL: Record<TimelineEvent['kind'], string> = {
  OPENED: r.opened,
  RESPONDED: r.responded,
  RECHECK_PASSED: `${r.rechecked}：${r.passed}（${r.closed}）`,
  RECHECK_FAILED: `${r.rechecked}：${r.failed}`,
};

export default async function RectificationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireStaffPage({ path: `/staff/inspections/rectifications/${id}` });
  const now = new Date();
  const order = await getRectification(getDb(), { id, now });
  if (!order) notFound();
  const canRecord = can(actor.roles, 'inspection.record');
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">
        {r.title}：{order.entityName}
      </h1>
      <SubNav current="/staff/inspections/rectifications" />
      <Section id="order" title={order.finding}>
        <p className="text-sm">
          {r.status}：<StatusBadge status={order.status} testId="rectification-status" />
          <OverdueBadge overdue={order.overdue} />
        </p>
        {order.overdue.overdue ? (
          <p role="alert" className="text-sm text-red-800" data-testid="rectification-overdue">
            {order.overdue.message}
          </p>
        ) : null}
        <dl className="grid gap-2 text-sm sm:grid-cols-2">
          <div>
            <dt className="inline text-stone-600">{r.entity}：</dt>
            <dd className="inline">
              <Link className="text-brand-700 hover:underline" href={`/staff/inspections/entities/${order.entityId}`}>
                {order.entityName}
              </Link>
            </dd>
          </div>
          <div>
            <dt className="inline text-stone-600">{r.inspectedOn}：</dt>
            <dd className="inline">
              <Link className="text-brand-700 hover:underline" href={`/staff/inspections/records/${order.inspectionId}`}>
                {order.inspectedOn}
              </Link>
            </dd>
          </div>
          <div>
            <dt className="inline text-stone-600">{r.dueOn}：</dt>
            <dd className="inline" data-testid="rectification-due">
              {order.dueOn}
            </dd>
          </div>
          <div>
            <dt className="inline text-stone-600">{r.recheckDueOn}：</dt>
            <dd className="inline" data-testid="rectification-recheck-due">
              {order.recheckDueOn ?? '—'}
            </dd>
          </div>
        </dl>
        {order.dueExplanation ? (
          <p className="text-xs text-stone-600">
            {r.dueExplanation}：{order.dueExplanation}
          </p>
        ) : null}
        <p className="text-xs text-stone-600">{r.recheckScheduled(RECHECK_WORKING_DAYS)}</p>
      </Section>

      {canRecord && canTransition(order.status, 'RESPONDED') ? (
        <Section id="respond" title={r.respondTitle}>
          <ResponseForm rectificationId={order.id} />
        </Section>
      ) : null}
      {canRecord && order.status === 'RESPONDED' ? (
        <Section id="recheck" title={r.recheckTitle}>
          <RecheckForm rectificationId={order.id} today={toShanghaiDate(now)} />
        </Section>
      ) : null}

      <Section id="timeline" title={r.timeline}>
        <ol className="space-y-2 border-l-2 border-stone-200 pl-4 text-sm" data-testid="rectification-timeline">
          {order.timeline.map((event) => (
            <li key={event.key}>
              <span className="font-medium">
                {event.on} {EVENT_LABEL[event.kind]}
              </span>
              {event.actorName ? <span className="text-stone-600">（{event.actorName}）</span> : null}
              {event.text ? <p className="whitespace-pre-line text-stone-800">{event.text}</p> : null}
            </li>
          ))}
        </ol>
      </Section>
    </div>
  );
}
