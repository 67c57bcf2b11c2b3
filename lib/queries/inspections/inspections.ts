import 'server-only';
import type { Db } from '@/lib/db';
import type { IsoDate } from '@/lib/domain/calendar';
import type { InspectionKind, RectificationStatus } from '@/lib/domain/inspections';
import { isoOfDateColumn } from '@/lib/domain/calendar/date-column';

export type InspectionRow = {
  id: string;
  entityId: string;
  entityName: string;
  kind: InspectionKind;
  inspectedOn: IsoDate;
  onSite: boolean;
  inspectors: string[];
  partnerDepartments: string[];
  findings: number;
};

export async function listRecentInspections(db: Db, options: { limit?: number } = {}): Promise<InspectionRow[]> {
  const rows = await db.inspection.findMany({
    orderBy: [{ inspectedOn: 'desc' }, { createdAt: 'desc' }],
    take: options.limit ?? 20,
    include: {
      entity: { select: { name: true } },
      inspectors: { include: { officer: { select: { name: true } } } },
      _count: { select: { findings: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    entityId: row.entityId,
    entityName: row.entity.name,
    kind: row.kind,
    inspectedOn: isoOfDateColumn(row.inspectedOn),
    onSite: row.onSite,
    inspectors: row.inspectors.map((i) => i.officer.name).sort(),
    partnerDepartments: row.partnerDepartments,
    findings: row._count.findings,
  }));
}

export type InspectionDetail = Omit<InspectionRow, 'findings'> & {
  plan: { id: string; title: string } | null;
  itemsChecked: string[];
  summary: string;
  findings: { id: string; description: string; rectificationId: string | null; status: RectificationStatus | null; dueOn: IsoDate | null }[];
  attachments: { id: string; fileName: string; mimeType: string; size: number; sha256: string }[];
};

export async function getInspection(db: Db, id: string): Promise<InspectionDetail | null> {
  const row = await db.inspection.findUnique({
    where: { id },
    include: {
      entity: { select: { name: true } },
      plan: { select: { id: true, title: true } },
      inspectors: { include: { officer: { select: { name: true } } } },
      findings: { include: { rectification: { select: { id: true, status: true, dueOn: true } } } },
      attachments: { orderBy: { createdAt: 'asc' }, select: { id: true, fileName: true, mimeType: true, size: true, sha256: true } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    entityId: row.entityId,
    entityName: row.entity.name,
    kind: row.kind,
    inspectedOn: isoOfDateColumn(row.inspectedOn),
    onSite: row.onSite,
    inspectors: row.inspectors.map((i) => i.officer.name).sort(),
    partnerDepartments: row.partnerDepartments,
    plan: row.plan,
    itemsChecked: Array.isArray(row.itemsChecked) ? row.itemsChecked.map(String) : [],
    summary: row.summary,
    findings: row.findings.map((f) => ({
      id: f.id,
      description: f.description,
      rectificationId: f.rectification?.id ?? null,
      status: f.rectification?.status ?? null,
      dueOn: f.rectification ? isoOfDateColumn(f.rectification.dueOn) : null,
    })),
    attachments: row.attachments.map((a) => ({ ...a, size: Number(a.size) })),
  };
}
