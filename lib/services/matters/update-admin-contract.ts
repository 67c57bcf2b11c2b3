import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { matterEditBlockers, statusAfterEdit } from '@/lib/domain/review/matter-status';
import { refuseIfBlocked } from '@/lib/rule-error';
import type { UpdateAdminContractInput } from '@/lib/schemas/legal-affairs';
import { conflict, notFound } from '@/lib/services/review/support';
import type { AttachmentStore } from '@/lib/storage/attachment-store';
import { auditFile, recordUpload, storeUpload, withUpload } from './matter-files';
import { isoOfDateColumn, toDateColumn } from '@/lib/domain/calendar/date-column';
import { adminContractHash, fileIdentity, MATTER_ENTITY, matterEditedBy, matterStatus, normaliseAmount } from '@/lib/queries/matters/matter-record';

/**
 * Revises a contract's terms and, when a new file is given, replaces its file; as for decisions,
 * changed approved content (terms or file) needs a new review. A replaced file's row and object
 * stay (earlier review rounds and the audit trail name them); the contract links the new one.
 */
export async function updateAdminContract(db: Db, actor: Actor, input: UpdateAdminContractInput, options: { store?: AttachmentStore } = {}, now: Date = new Date()) {
  assertCan(actor, 'matters.draft');
  if (input.file) {
    // Refuse before storing anything when the contract cannot be edited now.
    const current = await db.administrativeContract.findUnique({ where: { id: input.id }, select: { status: true } });
    if (!current) notFound();
    refuseIfBlocked(matterEditBlockers(matterStatus(current.status)));
  }
  const upload = input.file ? await storeUpload(input.file, options.store) : null;
  return withUpload(upload, () =>
    db.$transaction(async (tx) => {
      const before = await tx.administrativeContract.findUnique({ where: { id: input.id } });
      if (!before) notFound();
      const status = matterStatus(before.status);
      refuseIfBlocked(matterEditBlockers(status));
      const beforeFile = await fileIdentity(tx, before.attachmentId);
      const attachment = upload ? await recordUpload(tx, upload, actor.id, now) : null;
      const afterFile = attachment ?? beforeFile;
      const beforeHash = adminContractHash(before, beforeFile);
      const afterHash = adminContractHash(input, afterFile);
      const nextStatus = statusAfterEdit(status, afterHash !== beforeHash);
      const written = await tx.administrativeContract.updateMany({
        where: { id: before.id, status, updatedAt: before.updatedAt },
        data: {
          title: input.title,
          counterparty: input.counterparty,
          amount: normaliseAmount(input.amount),
          termFrom: toDateColumn(input.termFrom),
          termTo: toDateColumn(input.termTo),
          ...(attachment ? { attachmentId: attachment.id } : {}),
          status: nextStatus,
          ...matterEditedBy(before, actor.id),
        },
      });
      if (written.count !== 1) conflict();
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'contract.update',
        entityType: MATTER_ENTITY.ADMIN_CONTRACT,
        entityId: before.id,
        before: {
          title: before.title,
          counterparty: before.counterparty,
          amount: normaliseAmount(before.amount),
          termFrom: isoOfDateColumn(before.termFrom),
          termTo: isoOfDateColumn(before.termTo),
          attachmentId: before.attachmentId,
          status,
          contentHash: beforeHash,
        },
        after: {
          title: input.title,
          counterparty: input.counterparty,
          amount: normaliseAmount(input.amount),
          termFrom: input.termFrom,
          termTo: input.termTo,
          ...(attachment ? { file: auditFile(upload, attachment.id) } : { attachmentId: before.attachmentId }),
          status: nextStatus,
          contentHash: afterHash,
        },
      });
      return { id: before.id, status: nextStatus, contentHash: afterHash };
    }),
  );
}
