import 'server-only';
import { getDb, type Db } from '@/lib/db';
import { SETTING_DEFAULTS } from '@/lib/domain/settings/defaults';
import { auditActionLabel, entityHref, entityTypeLabel } from '@/lib/domain/audit/labels';
import type { Prisma } from '@/lib/generated/prisma/client';

// The audit log as the staff read it: filters (who, what, when, which record), pages over any
// number of rows, Chinese action names, and each target's human name with a link.

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilters = {
  actorId?: string | undefined;
  action?: string | undefined;
  from?: string | undefined; // YYYY-MM-DD, Asia/Shanghai
  to?: string | undefined;
  entityId?: string | undefined;
  page?: number | undefined;
};

export type AuditRow = {
  id: string;
  occurredAt: Date;
  actorName: string;
  action: string;
  actionLabel: string;
  targetType: string;
  targetName: string;
  targetHref: string | null;
  entityId: string;
  hash: string;
};

const dayStart = (day: string) => new Date(`${day}T00:00:00+08:00`);
const isDay = (v: string | undefined): v is string => !!v && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(dayStart(v).getTime());

export function auditWhere(filters: AuditFilters): Prisma.AuditEventWhereInput {
  const occurredAt: Prisma.DateTimeFilter = {};
  if (isDay(filters.from)) occurredAt.gte = dayStart(filters.from);
  if (isDay(filters.to)) occurredAt.lt = new Date(dayStart(filters.to).getTime() + 86_400_000);
  return {
    ...(filters.actorId ? { actorId: filters.actorId } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.entityId ? { entityId: filters.entityId.trim() } : {}),
    ...(occurredAt.gte || occurredAt.lt ? { occurredAt } : {}),
  };
}

type Named = Map<string, string>;

/** Human names of the targets, read in one query per record type present. */
async function targetNames(db: Db, rows: { entityType: string; entityId: string }[]): Promise<Map<string, Named>> {
  const ids = (type: string) => [...new Set(rows.filter((r) => r.entityType === type).map((r) => r.entityId))];
  const byType = new Map<string, Named>();
  const put = (type: string, pairs: [string, string][]) => byType.set(type, new Map(pairs));
  const readers: Record<string, (ids: string[]) => Promise<[string, string][]>> = {
    User: async (i) => (await db.user.findMany({ where: { id: { in: i } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]),
    EnforcementCase: async (i) =>
      (await db.enforcementCase.findMany({ where: { id: { in: i } }, select: { id: true, caseNumber: true, title: true } })).map((c) => [c.id, `${c.caseNumber} ${c.title}`]),
    Disclosure: async (i) => (await db.disclosure.findMany({ where: { id: { in: i } }, select: { id: true, title: true } })).map((d) => [d.id, d.title]),
    LegalReview: async (i) =>
      (await db.legalReview.findMany({ where: { id: { in: i } }, select: { id: true, title: true, round: true } })).map((r) => [r.id, `${r.title}（第${r.round}轮）`]),
    Officer: async (i) => (await db.officer.findMany({ where: { id: { in: i } }, select: { id: true, name: true } })).map((o) => [o.id, o.name]),
    Setting: async (i) => i.map((key) => [key, (SETTING_DEFAULTS as Record<string, { description: string }>)[key]?.description ?? '参数']),
    Holiday: async (i) => i.map((d) => [d, d]),
  };
  await Promise.all(
    Object.entries(readers).map(async ([type, read]) => {
      const list = ids(type);
      if (list.length > 0) put(type, await read(list));
    }),
  );
  return byType;
}

export async function searchAuditEvents(filters: AuditFilters, db: Db = getDb()): Promise<{ rows: AuditRow[]; total: number; page: number; pages: number }> {
  const where = auditWhere(filters);
  const total = await db.auditEvent.count({ where });
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(Math.max(1, filters.page ?? 1), pages);
  const events = await db.auditEvent.findMany({
    where,
    orderBy: { id: 'desc' },
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    select: { id: true, occurredAt: true, action: true, entityType: true, entityId: true, hash: true, actor: { select: { name: true } } },
  });
  return { rows: await toRows(db, events), total, page, pages };
}

/** Every matching row (for the xlsx export), newest first, at most `limit`. */
export async function exportAuditEvents(filters: AuditFilters, limit = 100_000, db: Db = getDb()): Promise<AuditRow[]> {
  const events = await db.auditEvent.findMany({
    where: auditWhere(filters),
    orderBy: { id: 'desc' },
    take: limit,
    select: { id: true, occurredAt: true, action: true, entityType: true, entityId: true, hash: true, actor: { select: { name: true } } },
  });
  return toRows(db, events);
}

type EventRow = { id: bigint; occurredAt: Date; action: string; entityType: string; entityId: string; hash: string; actor: { name: string } | null };

async function toRows(db: Db, events: EventRow[]): Promise<AuditRow[]> {
  const names = await targetNames(db, events);
  return events.map((e) => ({
    id: String(e.id),
    occurredAt: e.occurredAt,
    actorName: e.actor?.name ?? '公众或系统',
    action: e.action,
    actionLabel: auditActionLabel(e.action),
    targetType: entityTypeLabel(e.entityType),
    targetName: names.get(e.entityType)?.get(e.entityId) ?? '',
    targetHref: entityHref(e.entityType, e.entityId),
    entityId: e.entityId,
    hash: e.hash,
  }));
}

/** The people who appear in the log, and the actions, for the filter form. */
export async function auditFilterChoices(db: Db = getDb()): Promise<{ actors: { id: string; name: string }[] }> {
  const actors = await db.user.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' } });
  return { actors };
}
