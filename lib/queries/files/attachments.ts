import 'server-only';
import type { Db } from '@/lib/db';

// Reads behind the staff download routes: the attachment row, and which attachment a record links.

export function findAttachment(db: Db, id: string) {
  return db.attachment.findUnique({ where: { id } });
}

/** The file an administrative contract links now, or null when the contract or its file is missing. */
export async function contractAttachmentId(db: Db, contractId: string): Promise<string | null> {
  return (await db.administrativeContract.findUnique({ where: { id: contractId }, select: { attachmentId: true } }))?.attachmentId ?? null;
}

/** The document an external opinion links, or null when the opinion or its document is missing. */
export async function externalOpinionAttachmentId(db: Db, opinionId: string): Promise<string | null> {
  return (await db.externalOpinion.findUnique({ where: { id: opinionId }, select: { attachmentId: true } }))?.attachmentId ?? null;
}
