import 'server-only';
import type { Db } from '@/lib/db';
import type { IsoDate } from '@/lib/domain/calendar';
import type { MatterStatus } from '@/lib/domain/review/matter-status';
import { matterStatus } from '@/lib/queries/matters/matter-record';

export type MatterListItem = { id: string; title: string; status: MatterStatus; updatedAt: Date; detail: string };

const iso = (date: Date): IsoDate => date.toISOString().slice(0, 10);

export async function listMajorDecisions(db: Db): Promise<MatterListItem[]> {
  const rows = await db.majorAdminDecision.findMany({ orderBy: { updatedAt: 'desc' }, take: 200 });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    status: matterStatus(row.status),
    updatedAt: row.updatedAt,
    detail: row.decidedOn ? `决策日期 ${iso(row.decidedOn)}` : '',
  }));
}

export async function listAdminContracts(db: Db): Promise<MatterListItem[]> {
  const rows = await db.administrativeContract.findMany({ orderBy: { updatedAt: 'desc' }, take: 200 });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    status: matterStatus(row.status),
    updatedAt: row.updatedAt,
    detail: `${row.counterparty} · ¥${row.amount.toFixed(2)} · ${iso(row.termFrom)}至${iso(row.termTo)}`,
  }));
}
