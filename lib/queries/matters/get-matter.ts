import 'server-only';
import type { Db } from '@/lib/db';
import type { IsoDate } from '@/lib/domain/calendar';
import type { MatterStatus } from '@/lib/domain/review/matter-status';
import { matterStatus, normaliseAmount } from '@/lib/queries/matters/matter-record';
import { isoOfDateColumn } from '@/lib/domain/calendar/date-column';

export type MajorDecisionView = {
  id: string;
  title: string;
  description: string;
  status: MatterStatus;
  decidedOn: IsoDate | null;
  createdAt: Date;
  updatedAt: Date;
};

export type AdminContractView = {
  id: string;
  title: string;
  counterparty: string;
  amount: string;
  termFrom: IsoDate;
  termTo: IsoDate;
  status: MatterStatus;
  // The contract's current file, reviewed with its terms.
  file: { fileName: string; size: number; mimeType: string; sha256: string } | null;
  createdAt: Date;
  updatedAt: Date;
};

export async function getMajorDecision(db: Db, id: string): Promise<MajorDecisionView | null> {
  const row = await db.majorAdminDecision.findUnique({ where: { id } });
  if (!row) return null;
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    status: matterStatus(row.status),
    decidedOn: row.decidedOn ? isoOfDateColumn(row.decidedOn) : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export async function getAdminContract(db: Db, id: string): Promise<AdminContractView | null> {
  const row = await db.administrativeContract.findUnique({ where: { id } });
  if (!row) return null;
  const file = row.attachmentId ? await db.attachment.findUnique({ where: { id: row.attachmentId }, select: { fileName: true, size: true, mimeType: true, sha256: true } }) : null;
  return {
    id: row.id,
    title: row.title,
    counterparty: row.counterparty,
    amount: normaliseAmount(row.amount),
    termFrom: isoOfDateColumn(row.termFrom),
    termTo: isoOfDateColumn(row.termTo),
    status: matterStatus(row.status),
    file: file ? { fileName: file.fileName, size: Number(file.size), mimeType: file.mimeType, sha256: file.sha256 } : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
