import 'server-only';
import type { Db } from '@/lib/db';
import type { MatterStatus } from '@/lib/domain/review/matter-status';
import { matterStatus } from '@/lib/queries/matters/matter-record';
import { isoOfDateColumn } from '@/lib/domain/calendar/date-column';

export type MatterListItem = { id: string; title: string; status: MatterStatus; updatedAt: Date; detail: string };

export async function listMajorDecisions(db: Db): Promise<MatterListItem[]> {
  const rows = await db.majorAdminDecision.findMany({ orderBy: { updatedAt: 'desc' }, take: 200 });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    status: matterStatus(row.status),
    updatedAt: row.updatedAt,
    detail: row.decidedOn ? `决策日期 ${isoOfDateColumn(row.decidedOn)}` : '',
  }));
}

export async function listAdminContracts(db: Db): Promise<MatterListItem[]> {
  const rows = await db.administrativeContract.findMany({ orderBy: { updatedAt: 'desc' }, take: 200 });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    status: matterStatus(row.status),
    updatedAt: row.updatedAt,
    detail: `${row.counterparty} · ¥${row.amount.toFixed(2)} · ${isoOfDateColumn(row.termFrom)}至${isoOfDateColumn(row.termTo)}`,
  }));
}
