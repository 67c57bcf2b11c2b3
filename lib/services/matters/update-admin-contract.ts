import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { matterEditBlockers, statusAfterEdit } from '@/lib/domain/review/matter-status';
import { refuseIfBlocked } from '@/lib/rule-error';
import type { UpdateAdminContractInput } from '@/lib/schemas/legal-affairs';
import { conflict, isoOfDateColumn, notFound, toDateColumn } from '@/lib/services/review/support';
import { MATTER_ENTITY, adminContractHash, matterStatus, normaliseAmount } from './matter-store';

/** Revises a contract's terms; as for decisions, changed approved terms need a new review. */
export async function updateAdminContract(db: Db, actor: Actor, input: UpdateAdminContractInput) {
  assertCan(actor, 'matters.draft');
  return db.$transaction(async (tx) => {
    const before = await tx.administrativeContract.findUnique({ where: { id: input.id } });
    if (!before) notFound();
    const status = matterStatus(before.status);
    refuseIfBlocked(matterEditBlockers(status));
    const beforeHash = adminContractHash(before);
    const afterHash = adminContractHash(input);
    const nextStatus = statusAfterEdit(status, afterHash !== beforeHash);
    const written = await tx.administrativeContract.updateMany({
      where: { id: before.id, status },
      data: {
        title: input.title,
        counterparty: input.counterparty,
        amount: normaliseAmount(input.amount),
        termFrom: toDateColumn(input.termFrom),
        termTo: toDateColumn(input.termTo),
        status: nextStatus,
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
        status,
        contentHash: beforeHash,
      },
      after: {
        title: input.title,
        counterparty: input.counterparty,
        amount: normaliseAmount(input.amount),
        termFrom: input.termFrom,
        termTo: input.termTo,
        status: nextStatus,
        contentHash: afterHash,
      },
    });
    return { id: before.id, status: nextStatus, contentHash: afterHash };
  });
}
