import 'server-only';
import type { Db } from '@/lib/db';

export type PublishedAttachment = { id: string; fileName: string; mimeType: string; size: number; sha256: string; storageKey: string };

// For the public download route: an attachment exists to the public only while its disclosure is
// PUBLISHED (not a draft, not withdrawn). Read the file with the AttachmentStore by storageKey.
export async function getPublishedAttachment(db: Db, id: string): Promise<PublishedAttachment | null> {
  const attachment = await db.attachment.findFirst({
    where: { id, disclosure: { is: { status: 'PUBLISHED' } } },
    select: { id: true, fileName: true, mimeType: true, size: true, sha256: true, storageKey: true },
  });
  return attachment ? { ...attachment, size: Number(attachment.size) } : null;
}
