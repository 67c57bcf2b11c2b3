import 'server-only';
import { cleanFileName } from '@/lib/storage/file-name';
import type { Readable } from 'node:stream';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import type { AttachmentStore } from '@/lib/storage/attachment-store';
import { notFound } from './shared';

// Below Next's proxy body limit (10 MB); the route refuses a larger body by its Content-Length.
export const INSPECTION_ATTACHMENT_MAX_BYTES = 8 * 1024 * 1024;

export type AttachInspectionFileInput = {
  inspectionId: string;
  fileName: string;
  declaredType: string;
  stream: Readable | ReadableStream<Uint8Array>;
};

/**
 * Adds a photo or document (evidence) to an inspection through the one attachment store: the file
 * is streamed to storage (hashed, its real type checked), then recorded with its audit row in one
 * transaction; if the transaction fails the stored file is removed.
 */
export async function attachInspectionFile(db: Db, actor: Actor, input: AttachInspectionFileInput, options: { store: AttachmentStore; maxBytes?: number }, now: Date = new Date()) {
  assertCan(actor, 'inspection.record');
  const fileName = cleanFileName(input.fileName);
  if (fileName === '') throw new AppError({ code: 'VALIDATION', userMessage: messages.inspections.attachments.missing });
  if (!(await db.inspection.findUnique({ where: { id: input.inspectionId }, select: { id: true } }))) {
    notFound(messages.inspections.errors.inspectionNotFound);
  }
  const stored = await options.store.put(input.stream, {
    fileName,
    declaredType: input.declaredType,
    maxBytes: options.maxBytes ?? INSPECTION_ATTACHMENT_MAX_BYTES,
  });
  try {
    return await db.$transaction(async (tx) => {
      const inspection = await tx.inspection.findUnique({ where: { id: input.inspectionId }, select: { id: true } });
      if (!inspection) notFound(messages.inspections.errors.inspectionNotFound);
      const attachment = await tx.attachment.create({
        data: {
          storageKey: stored.key,
          fileName,
          mimeType: stored.mimeType,
          size: BigInt(stored.size),
          sha256: stored.sha256,
          uploadedById: actor.id,
          inspectionId: inspection.id,
          createdAt: now,
        },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'inspection.attach',
        entityType: 'Inspection',
        entityId: inspection.id,
        after: { attachmentId: attachment.id, fileName, mimeType: stored.mimeType, size: stored.size, sha256: stored.sha256 },
      });
      return attachment;
    });
  } catch (error) {
    await options.store.delete(stored.key);
    throw error;
  }
}
