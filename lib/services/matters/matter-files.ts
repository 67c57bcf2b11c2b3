import 'server-only';
import type { Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import { ACTION_FILE_MAX_BYTES, uploadOf } from '@/lib/schemas/upload';
import { cleanFileName } from '@/lib/storage/file-name';
import type { AttachmentStore, StoredFile } from '@/lib/storage/attachment-store';

// Files of contracts (合同文本) and external opinions (外部法律意见书), through the one attachment
// store. The file goes to the store first (streamed, hashed, its real type checked: PDF, Word,
// image); the caller records the Attachment row in its transaction and calls `discard` if that
// transaction fails, so no stored object is left without a row.

export type StoredUpload = { stored: StoredFile; fileName: string; discard: () => Promise<void> };

export async function storeUpload(file: File, store: AttachmentStore | undefined): Promise<StoredUpload> {
  if (!store) throw new Error('an attachment store is required to store a file');
  const upload = uploadOf(file);
  const fileName = cleanFileName(upload.fileName);
  if (fileName === '')
    throw new AppError({ code: 'VALIDATION', userMessage: messages.disclosure.attachment.missing, fieldErrors: { file: [messages.disclosure.attachment.missing] } });
  const stored = await store.put(upload.stream, { fileName, declaredType: upload.declaredType, maxBytes: ACTION_FILE_MAX_BYTES });
  return { stored, fileName, discard: () => store.delete(stored.key) };
}

export async function recordUpload(tx: Tx, upload: StoredUpload, uploadedById: string, now: Date) {
  return tx.attachment.create({
    data: {
      storageKey: upload.stored.key,
      fileName: upload.fileName,
      mimeType: upload.stored.mimeType,
      size: BigInt(upload.stored.size),
      sha256: upload.stored.sha256,
      uploadedById,
      createdAt: now,
    },
  });
}

/** Runs the transaction that records an already stored file; removes the file if it fails. */
export async function withUpload<T>(upload: StoredUpload | null, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    await upload?.discard();
    throw error;
  }
}

export function auditFile(upload: StoredUpload | null, attachmentId: string | null) {
  return upload && attachmentId ? { attachmentId, fileName: upload.fileName, mimeType: upload.stored.mimeType, size: upload.stored.size, sha256: upload.stored.sha256 } : null;
}
