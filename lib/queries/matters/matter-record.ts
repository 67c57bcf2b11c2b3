import 'server-only';
import { isMatterStatus, type MatterStatus } from '@/lib/domain/review/matter-status';
import { isoOfDateColumn } from '@/lib/domain/calendar/date-column';
import { contentHash } from '@/lib/domain/review/content-hash';
import type { Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';

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

export type FileIdentity = { sha256: string; fileName: string };

/** The reviewed identity of a linked file (its content hash and its name), or null. */
export async function fileIdentity(tx: Tx, attachmentId: string | null): Promise<FileIdentity | null> {
  if (!attachmentId) return null;
  const attachment = await tx.attachment.findUnique({ where: { id: attachmentId }, select: { sha256: true, fileName: true } });
  return attachment ? { sha256: attachment.sha256, fileName: attachment.fileName } : null;
}
