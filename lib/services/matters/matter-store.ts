import 'server-only';
import type { Tx } from '@/lib/db';
import { canTransitionMatter, isMatterStatus, type MatterKind, type MatterStatus } from '@/lib/domain/review/matter-status';
import { Prisma } from '@/lib/generated/prisma/client';
import { conflict, contentHash, isoOfDateColumn, notFound } from '@/lib/services/review/support';

// The two subjects this module owns, as the review engine and the matter services see them.

export const MATTER_ENTITY = { MAJOR_ADMIN_DECISION: 'MajorAdminDecision', ADMIN_CONTRACT: 'AdministrativeContract' } as const;

/** What a review of a major decision reads: its title and draft text. */
export function majorDecisionHash(decision: { title: string; description: string }): string {
  return contentHash([decision.title, decision.description]);
}

/**
 * What a review of a contract reads: title, counterparty, amount (yuan, 2 decimals), term and,
 * when one is attached, the contract file (its sha256 and name): replacing the file after
 * approval changes the hash, so the approval no longer covers the contract.
 */
export function adminContractHash(
  contract: {
    title: string;
    counterparty: string;
    amount: Prisma.Decimal | string;
    termFrom: Date | string;
    termTo: Date | string;
  },
  file: { sha256: string; fileName: string } | null,
): string {
  const day = (value: Date | string) => (typeof value === 'string' ? value : isoOfDateColumn(value));
  const terms = [contract.title, contract.counterparty, normaliseAmount(contract.amount), day(contract.termFrom), day(contract.termTo)];
  return contentHash(file ? [...terms, file.sha256, file.fileName] : terms);
}

export function normaliseAmount(amount: Prisma.Decimal | string): string {
  return new Prisma.Decimal(amount).toFixed(2);
}

export function matterStatus(value: string): MatterStatus {
  // The column is free text in the shared schema; anything unexpected is a data error, not a user error.
  if (!isMatterStatus(value)) throw new Error(`unknown matter status "${value}"`);
  return value;
}

/** Everyone who drafted or edited the matter (its creator and editorIds): none of them may review it. */
export function matterAuthorIds(matter: { createdById: string; editorIds: readonly string[] }): string[] {
  return [...new Set([matter.createdById, ...matter.editorIds])];
}

/** Records who changed the matter (the list only grows; the review trigger reads it). */
export function matterEditedBy(matter: { createdById: string; editorIds: readonly string[] }, actorId: string): { editorIds?: { push: string } } {
  return matterAuthorIds(matter).includes(actorId) ? {} : { editorIds: { push: actorId } };
}

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
