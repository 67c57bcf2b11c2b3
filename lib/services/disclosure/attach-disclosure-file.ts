import 'server-only';
import { cleanFileName } from '@/lib/storage/file-name';
import type { Readable } from 'node:stream';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { attachmentBlockers } from '@/lib/domain/disclosure/rules';
import { statusAfterEdit } from '@/lib/domain/disclosure/workflow';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import { refuseIfBlocked } from '@/lib/rule-error';
import type { AttachmentStore } from '@/lib/storage/attachment-store';
import { CLEARED_SECRECY_CHECK, conflict, editedBy } from './shared';
import { findDisclosureOrThrow } from '@/lib/queries/disclosure/find-disclosure';

// Below Next's proxy body limit (proxyClientMaxBodySize, 10 MB): a larger body would reach the
// route handler truncated. The route refuses anything larger by its Content-Length first.
export const DISCLOSURE_ATTACHMENT_MAX_BYTES = 8 * 1024 * 1024;

export type AttachDisclosureFileInput = {
  disclosureId: string;
  fileName: string;
  declaredType: string;
  stream: Readable | ReadableStream<Uint8Array>;
};

// Stores the file (streamed to disk while hashing and sniffing its type), then records it in one
// transaction with its audit row. An attachment is published with the item, so adding one to a
// checked or approved item sends it back to DRAFT. If the transaction fails, the file is removed.
export async function attachDisclosureFile(db: Db, actor: Actor, input: AttachDisclosureFileInput, options: { store: AttachmentStore; maxBytes?: number }, now: Date = new Date()) {
  assertCan(actor, 'disclosure.draft');
  const fileName = cleanFileName(input.fileName);
  if (fileName === '') throw new AppError({ code: 'VALIDATION', userMessage: messages.disclosure.attachment.missing });
  const current = await findDisclosureOrThrow(db, input.disclosureId);
  refuseIfBlocked(attachmentBlockers(current.status));
  const stored = await options.store.put(input.stream, {
    fileName,
    declaredType: input.declaredType,
    maxBytes: options.maxBytes ?? DISCLOSURE_ATTACHMENT_MAX_BYTES,
  });
  try {
    return await db.$transaction(async (tx) => {
      const before = await findDisclosureOrThrow(tx, input.disclosureId);
      refuseIfBlocked(attachmentBlockers(before.status));
      const status = statusAfterEdit(before.status, true);
      const written = await tx.disclosure.updateMany({
        where: { id: before.id, status: before.status, updatedAt: before.updatedAt },
        data: { status, ...CLEARED_SECRECY_CHECK, ...editedBy(before, actor.id) },
      });
      if (written.count !== 1) conflict();
      const attachment = await tx.attachment.create({
        data: {
          storageKey: stored.key,
          fileName,
          mimeType: stored.mimeType,
          size: BigInt(stored.size),
          sha256: stored.sha256,
          uploadedById: actor.id,
          disclosureId: before.id,
          createdAt: now,
        },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'disclosure.attach',
        entityType: 'Disclosure',
        entityId: before.id,
        before: { status: before.status },
        after: { status, attachmentId: attachment.id, fileName, mimeType: stored.mimeType, size: stored.size, sha256: stored.sha256 },
      });
      return attachment;
    });
  } catch (error) {
    await options.store.delete(stored.key);
    throw error;
  }
}
