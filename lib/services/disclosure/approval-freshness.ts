import 'server-only';
import type { Tx } from '@/lib/db';

// Attachments are not part of the content hash the database keeps, so an attachment added after
// the approval of the current version would escape review: the publish rule asks for a new one.
export async function attachmentsAddedAfter(tx: Tx, disclosureId: string, approvedAt: Date | null): Promise<boolean> {
  if (!approvedAt) return false;
  return (await tx.attachment.count({ where: { disclosureId, createdAt: { gt: approvedAt } } })) > 0;
}
