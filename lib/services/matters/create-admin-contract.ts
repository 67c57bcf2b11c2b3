import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import type { CreateAdminContractInput } from '@/lib/schemas/legal-affairs';
import { toDateColumn } from '@/lib/services/review/support';
import { MATTER_ENTITY, adminContractHash, normaliseAmount } from './matter-store';

/** Drafts an administrative contract (行政合同); it is sent for legal review separately. */
export async function createAdminContract(db: Db, actor: Actor, input: CreateAdminContractInput) {
  assertCan(actor, 'matters.draft');
  return db.$transaction(async (tx) => {
    const contract = await tx.administrativeContract.create({
      data: {
        title: input.title,
        counterparty: input.counterparty,
        amount: normaliseAmount(input.amount),
        termFrom: toDateColumn(input.termFrom),
        termTo: toDateColumn(input.termTo),
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
        contentHash: adminContractHash(contract),
      },
    });
    return contract;
  });
}
