import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import { getDb, type Db } from '@/lib/db';
import { handoffBlockers, HANDOFF_KIND_LABELS } from '@/lib/domain/workbench/handoff';
import { refuseIfBlocked } from '@/lib/rule-error';
import type { HandOffCaseInput } from '@/lib/schemas/workbench';
import { loadHandoffRequest } from '@/lib/queries/workbench/handoff-facts';
import { lockCase } from '@/lib/services/enforcement/case-chain';
import { notifyInTransaction } from '@/lib/services/notifications/notify';

/**
 * An officer on the case hands it to the next person (the head, the hearing host, a legal
 * reviewer). The rule is re-checked on rows read under the case's lock, so two officers cannot
 * both hand the same step; the receiver is notified in the same transaction.
 */
export async function handOffCase(db: Db, actor: Actor, input: HandOffCaseInput): Promise<{ id: string }> {
  assertCan(actor, 'case.work');
  return db.$transaction(async (tx) => {
    await lockCase(tx, input.caseId);
    const request = await loadHandoffRequest(tx, { caseId: input.caseId, kind: input.handoffKind, senderId: actor.id, receiverId: input.receiverId });
    refuseIfBlocked(handoffBlockers(request));
    const row = await tx.caseHandoff.create({
      data: { caseId: input.caseId, kind: input.handoffKind, fromUserId: actor.id, toUserId: input.receiverId, note: input.handoffNote },
      include: { case: { select: { caseNumber: true, title: true } } },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'case.handoff',
      entityType: 'EnforcementCase',
      entityId: input.caseId,
      after: { handoffId: row.id, kind: input.handoffKind, toUserId: input.receiverId, note: input.handoffNote },
    });
    await notifyInTransaction(tx, {
      userId: input.receiverId,
      key: `handoff:${row.id}`,
      title: `${actor.name}${HANDOFF_KIND_LABELS[input.handoffKind]}：${row.case.caseNumber}`,
      body: `${row.case.title}${input.handoffNote ? `（${input.handoffNote}）` : ''}`,
      href: `/staff/cases/${input.caseId}`,
    });
    return { id: row.id };
  });
}

/** The action's entry point, on the portal's database. */
export function handOffCaseOnPortal(actor: Actor, input: HandOffCaseInput): Promise<{ id: string }> {
  return handOffCase(getDb(), actor, input);
}
