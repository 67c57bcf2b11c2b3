import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import type { CreateAdminContractInput } from '@/lib/schemas/legal-affairs';
import type { AttachmentStore } from '@/lib/storage/attachment-store';
import { auditFile, recordUpload, storeUpload, withUpload } from './matter-files';
import { toDateColumn } from '@/lib/domain/calendar/date-column';
import { adminContractHash, MATTER_ENTITY, normaliseAmount } from '@/lib/queries/matters/matter-record';

/**
 * Drafts an administrative contract (行政合同), with its text as a file (PDF, Word or image) if one
 * is given; it is sent for legal review separately. The file is stored first and removed again if
 * the transaction fails.
 */
export async function createAdminContract(db: Db, actor: Actor, input: CreateAdminContractInput, options: { store?: AttachmentStore } = {}, now: Date = new Date()) {
  assertCan(actor, 'matters.draft');
  const upload = input.file ? await storeUpload(input.file, options.store) : null;
  return withUpload(upload, () =>
    db.$transaction(async (tx) => {
      const attachment = upload ? await recordUpload(tx, upload, actor.id, now) : null;
      const contract = await tx.administrativeContract.create({
        data: {
          title: input.title,
          counterparty: input.counterparty,
          amount: normaliseAmount(input.amount),
          termFrom: toDateColumn(input.termFrom),
          termTo: toDateColumn(input.termTo),
          attachmentId: attachment?.id ?? null,
          status: 'DRAFT',
          createdById: actor.id,
        },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'contract.create',
        entityType: MATTER_ENTITY.ADMIN_CONTRACT,
        entityId: contract.id,
        after: {
          title: contract.title,
          counterparty: contract.counterparty,
          amount: normaliseAmount(contract.amount),
          termFrom: input.termFrom,
          termTo: input.termTo,
          status: contract.status,
          file: auditFile(upload, attachment?.id ?? null),
          contentHash: adminContractHash(contract, attachment),
        },
      });
      return contract;
    }),
  );
}
