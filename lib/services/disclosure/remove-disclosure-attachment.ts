import 'server-only';
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

// Removes an attachment of an editable item (back to DRAFT, like any change to what is published);
// the file is deleted from storage after the transaction commits.
export async function removeDisclosureAttachment(db: Db, actor: Actor, input: { attachmentId: string }, options: { store: AttachmentStore }) {
  assertCan(actor, 'disclosure.draft');
  const removed = await db.$transaction(async (tx) => {
    const attachment = await tx.attachment.findUnique({ where: { id: input.attachmentId } });
    if (!attachment?.disclosureId) throw new AppError({ code: 'NOT_FOUND', userMessage: messages.errors.notFound });
    const before = await findDisclosureOrThrow(tx, attachment.disclosureId);
    refuseIfBlocked(attachmentBlockers(before.status));
    const status = statusAfterEdit(before.status, true);
    const written = await tx.disclosure.updateMany({
      where: { id: before.id, status: before.status, updatedAt: before.updatedAt },
      data: { status, ...CLEARED_SECRECY_CHECK, ...editedBy(before, actor.id) },
    });
    if (written.count !== 1) conflict();
    await tx.attachment.delete({ where: { id: attachment.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'disclosure.detach',
      entityType: 'Disclosure',
      entityId: before.id,
      before: { status: before.status, attachmentId: attachment.id, fileName: attachment.fileName, sha256: attachment.sha256 },
      after: { status },
    });
    return attachment;
  });
  await options.store.delete(removed.storageKey);
  return removed;
}
