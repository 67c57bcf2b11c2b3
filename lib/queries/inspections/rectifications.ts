import 'server-only';
import type { Db } from '@/lib/db';
import { addWorkingDays, describeDueDate, toShanghaiDate, type IsoDate } from '@/lib/domain/calendar';
import { rectificationOverdue, type OverdueState, type RectificationStatus } from '@/lib/domain/inspections';
import type { Prisma } from '@/lib/generated/prisma/client';
import { loadWorkingCalendar } from '@/lib/queries/calendar/load-calendar';
import { readSetting } from '@/lib/queries/settings/read-setting';
import { isoDayOrNull } from './shared';
import { isoOfDateColumn, toDateColumn } from '@/lib/domain/calendar/date-column';

export type RectificationRow = {
  id: string;
  finding: string;
  entityId: string;
  entityName: string;
  inspectionId: string;
  inspectedOn: IsoDate;
  dueOn: IsoDate;
  recheckDueOn: IsoDate | null;
  status: RectificationStatus;
  overdue: OverdueState;
};

const rowInclude = {
  finding: { include: { inspection: { select: { id: true, inspectedOn: true, entity: { select: { id: true, name: true } } } } } },
} as const satisfies Prisma.RectificationInclude;

type Row = Prisma.RectificationGetPayload<{ include: typeof rowInclude }>;

function toRow(row: Row, today: IsoDate): RectificationRow {
  const dueOn = isoOfDateColumn(row.dueOn);
  const recheckDueOn = isoDayOrNull(row.recheckDueOn);
  return {
    id: row.id,
    finding: row.finding.description,
    entityId: row.finding.inspection.entity.id,
    entityName: row.finding.inspection.entity.name,
    inspectionId: row.finding.inspection.id,
    inspectedOn: isoOfDateColumn(row.finding.inspection.inspectedOn),
    dueOn,
    recheckDueOn,
    status: row.status,
    overdue: rectificationOverdue({ status: row.status, dueOn, recheckDueOn, today }),
  };
}

/** The SQL form of the domain's overdue rule (rectificationOverdue), for counting and listing. */
export function overdueWhere(today: IsoDate): Prisma.RectificationWhereInput {
  const day = toDateColumn(today);
  return {
    OR: [
      { status: { in: ['OPEN', 'RECHECK_FAILED'] }, dueOn: { lt: day } },
      { status: 'RESPONDED', recheckDueOn: { lt: day } },
    ],
  };
}

export type RectificationFilter = 'open' | 'closed' | 'all';

export async function listRectifications(db: Db, options: { filter?: RectificationFilter; now?: Date; limit?: number } = {}): Promise<RectificationRow[]> {
  const today = toShanghaiDate(options.now ?? new Date());
  const filter = options.filter ?? 'open';
  const where: Prisma.RectificationWhereInput = filter === 'open' ? { status: { not: 'CLOSED' } } : filter === 'closed' ? { status: 'CLOSED' } : {};
  const rows = await db.rectification.findMany({
    where,
    include: rowInclude,
    orderBy: [{ dueOn: 'asc' }, { id: 'asc' }],
    take: options.limit ?? 200,
  });
  return rows.map((row) => toRow(row, today));
}

/** Orders past their period without a response, or past their re-check date without a re-check. */
export async function listOverdueRectifications(db: Db, options: { now?: Date } = {}): Promise<RectificationRow[]> {
  const today = toShanghaiDate(options.now ?? new Date());
  const rows = await db.rectification.findMany({ where: overdueWhere(today), include: rowInclude, orderBy: [{ dueOn: 'asc' }, { id: 'asc' }] });
  return rows.map((row) => toRow(row, today));
}

export type TimelineEvent = {
  key: string;
  kind: 'OPENED' | 'RESPONDED' | 'RECHECK_PASSED' | 'RECHECK_FAILED';
  on: IsoDate;
  text: string;
  actorName: string | null;
};

export type RectificationDetail = RectificationRow & {
  response: string | null;
  respondedOn: IsoDate | null;
  closedOn: IsoDate | null;
  /** How dueOn was computed, when the current calendar and setting still give it. */
  dueExplanation: string | null;
  timeline: TimelineEvent[];
};

type AuditAfter = { response?: string; respondedOn?: string; recheckDueOn?: string; checkedOn?: string; passed?: boolean; note?: string; dueOn?: string };

/** One order with how its deadline was computed and its history (from the audit log). */
export async function getRectification(db: Db, options: { id: string; now?: Date }): Promise<RectificationDetail | null> {
  const now = options.now ?? new Date();
  const row = await db.rectification.findUnique({ where: { id: options.id }, include: rowInclude });
  if (!row) return null;
  const base = toRow(row, toShanghaiDate(now));
  const [events, days, calendar] = await Promise.all([
    db.auditEvent.findMany({
      where: { entityType: 'Rectification', entityId: row.id, action: { in: ['rectification.respond', 'rectification.recheck'] } },
      orderBy: { id: 'asc' },
      include: { actor: { select: { name: true } } },
    }),
    readSetting(db, 'inspection.rectificationWorkingDays'),
    loadWorkingCalendar(db),
  ]);
  const timeline: TimelineEvent[] = [
    { key: 'opened', kind: 'OPENED', on: base.inspectedOn, text: base.finding, actorName: null },
    ...events.map((event): TimelineEvent => {
      const after = (event.after ?? {}) as AuditAfter;
      const actorName = event.actor?.name ?? null;
      if (event.action === 'rectification.respond') {
        return { key: String(event.id), kind: 'RESPONDED', on: after.respondedOn ?? toShanghaiDate(event.occurredAt), text: after.response ?? '', actorName };
      }
      return {
        key: String(event.id),
        kind: after.passed ? 'RECHECK_PASSED' : 'RECHECK_FAILED',
        on: after.checkedOn ?? toShanghaiDate(event.occurredAt),
        text: after.note ?? '',
        actorName,
      };
    }),
  ];
  // The explanation of the original period; after a failed re-check the period restarts from it.
  const lastFailed = [...timeline].reverse().find((e) => e.kind === 'RECHECK_FAILED');
  const start = lastFailed ? lastFailed.on : base.inspectedOn;
  const due = addWorkingDays({ start, days, calendar });
  return {
    ...base,
    response: row.response,
    respondedOn: row.respondedAt ? toShanghaiDate(row.respondedAt) : null,
    closedOn: row.closedAt ? toShanghaiDate(row.closedAt) : null,
    dueExplanation: due.due === base.dueOn ? describeDueDate(due.explanation) : null,
    timeline,
  };
}
