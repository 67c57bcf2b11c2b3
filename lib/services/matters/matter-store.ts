import 'server-only';
import type { Tx } from '@/lib/db';
import { canTransitionMatter, type MatterKind, type MatterStatus } from '@/lib/domain/review/matter-status';
import { matterStatus } from '@/lib/queries/matters/matter-record';
import { conflict, notFound } from '@/lib/services/review/support';

// Reading and moving a matter's status (the pure parts are in lib/queries/matters/matter-record.ts).

export async function readMatterStatus(tx: Tx, kind: MatterKind, id: string): Promise<MatterStatus> {
  const row =
    kind === 'MAJOR_ADMIN_DECISION'
      ? await tx.majorAdminDecision.findUnique({ where: { id }, select: { status: true } })
      : await tx.administrativeContract.findUnique({ where: { id }, select: { status: true } });
  if (!row) notFound();
  return matterStatus(row.status);
}

/** Moves a matter along its transition table, only from the status it was read in (optimistic). */
export async function moveMatter(tx: Tx, kind: MatterKind, id: string, to: MatterStatus, extra: { decidedOn?: Date } = {}): Promise<MatterStatus> {
  const from = await readMatterStatus(tx, kind, id);
  if (!canTransitionMatter(from, to)) conflict();
  const written =
    kind === 'MAJOR_ADMIN_DECISION'
      ? await tx.majorAdminDecision.updateMany({ where: { id, status: from }, data: { status: to, ...extra } })
      : await tx.administrativeContract.updateMany({ where: { id, status: from }, data: { status: to } });
  if (written.count !== 1) conflict();
  return from;
}
