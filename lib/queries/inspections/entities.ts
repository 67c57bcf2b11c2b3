import 'server-only';
import type { Db } from '@/lib/db';
import { toShanghaiDate, type IsoDate } from '@/lib/domain/calendar';
import { rectificationOverdue, type EntityKind, type InspectionKind, type RectificationStatus } from '@/lib/domain/inspections';
import { isoDayOrNull } from './shared';
import { isoOfDateColumn } from '@/lib/domain/calendar/date-column';

export type EntityRow = {
  id: string;
  kind: EntityKind;
  name: string;
  address: string;
  licenceNo: string | null;
  registeredOn: IsoDate | null;
  filedOn: IsoDate | null;
  active: boolean;
  inspections: number;
  lastInspectedOn: IsoDate | null;
  openRectifications: number;
};

/** Supervised entities with how often and how recently they were inspected. */
export async function listEntities(db: Db, options: { kind?: EntityKind } = {}): Promise<EntityRow[]> {
  const rows = await db.supervisedEntity.findMany({
    where: options.kind ? { kind: options.kind } : {},
    orderBy: [{ kind: 'asc' }, { name: 'asc' }],
    include: {
      _count: { select: { inspections: true } },
      inspections: { select: { inspectedOn: true }, orderBy: { inspectedOn: 'desc' }, take: 1 },
    },
  });
  const open = await db.rectification.findMany({
    where: { status: { not: 'CLOSED' } },
    select: { finding: { select: { inspection: { select: { entityId: true } } } } },
  });
  const openByEntity = new Map<string, number>();
  for (const { finding } of open) {
    const entityId = finding.inspection.entityId;
    openByEntity.set(entityId, (openByEntity.get(entityId) ?? 0) + 1);
  }
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    name: row.name,
    address: row.address,
    licenceNo: row.licenceNo,
    registeredOn: isoDayOrNull(row.registeredOn),
    filedOn: isoDayOrNull(row.filedOn),
    active: row.active,
    inspections: row._count.inspections,
    lastInspectedOn: row.inspections[0] ? isoOfDateColumn(row.inspections[0].inspectedOn) : null,
    openRectifications: openByEntity.get(row.id) ?? 0,
  }));
}

export type EntityHistoryInspection = {
  id: string;
  kind: InspectionKind;
  inspectedOn: IsoDate;
  onSite: boolean;
  inspectors: string[];
  partnerDepartments: string[];
  findings: { id: string; description: string; rectificationId: string | null; status: RectificationStatus | null; overdue: boolean }[];
};

export type EntityDetail = Omit<EntityRow, 'inspections' | 'lastInspectedOn' | 'openRectifications'> & {
  conflicts: { officerId: string; officerName: string; reason: string; declaredOn: IsoDate }[];
  history: EntityHistoryInspection[];
};

/** One entity with its declared conflicts and its full inspection and rectification history. */
export async function getEntity(db: Db, options: { id: string; now?: Date }): Promise<EntityDetail | null> {
  const today = toShanghaiDate(options.now ?? new Date());
  const row = await db.supervisedEntity.findUnique({
    where: { id: options.id },
    include: {
      conflicts: { include: { officer: { select: { name: true } } }, orderBy: { createdAt: 'asc' } },
      inspections: {
        orderBy: [{ inspectedOn: 'desc' }, { createdAt: 'desc' }],
        include: {
          inspectors: { include: { officer: { select: { name: true } } } },
          findings: { include: { rectification: true } },
        },
      },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    address: row.address,
    licenceNo: row.licenceNo,
    registeredOn: isoDayOrNull(row.registeredOn),
    filedOn: isoDayOrNull(row.filedOn),
    active: row.active,
    conflicts: row.conflicts.map((c) => ({
      officerId: c.officerId,
      officerName: c.officer.name,
      reason: c.reason,
      declaredOn: toShanghaiDate(c.createdAt),
    })),
    history: row.inspections.map((inspection) => ({
      id: inspection.id,
      kind: inspection.kind,
      inspectedOn: isoOfDateColumn(inspection.inspectedOn),
      onSite: inspection.onSite,
      inspectors: inspection.inspectors.map((i) => i.officer.name).sort(),
      partnerDepartments: inspection.partnerDepartments,
      findings: inspection.findings.map((f) => ({
        id: f.id,
        description: f.description,
        rectificationId: f.rectification?.id ?? null,
        status: f.rectification?.status ?? null,
        overdue: f.rectification
          ? rectificationOverdue({
              status: f.rectification.status,
              dueOn: isoOfDateColumn(f.rectification.dueOn),
              recheckDueOn: isoDayOrNull(f.rectification.recheckDueOn),
              today,
            }).overdue
          : false,
      })),
    })),
  };
}
