import 'server-only';
import { getDb, type Db, type Tx } from '@/lib/db';
import type { Role } from '@/lib/domain/auth/permissions';
import { handoffDone, HANDOFF_RECEIVER_ROLE, type HandoffCaseFacts, type HandoffKind, type HandoffRequest } from '@/lib/domain/workbench';

// The one fact loader of the hand-off rule (handoffBlockers): the case form uses it to explain,
// the service calls it again inside its transaction to refuse.

const caseSelect = {
  closedOn: true,
  decidedOn: true,
  hearingHeldOn: true,
  hearingWaived: true,
  officers: { select: { officer: { select: { userId: true } } } },
} as const;

type CaseRow = { closedOn: Date | null; decidedOn: Date | null; hearingHeldOn: Date | null; hearingWaived: boolean; officers: { officer: { userId: string | null } }[] };

export function handoffCaseFactsOf(row: CaseRow): HandoffCaseFacts {
  return {
    closed: row.closedOn !== null,
    decided: row.decidedOn !== null,
    hearingDone: row.hearingHeldOn !== null || row.hearingWaived,
    officerUserIds: row.officers.flatMap((o) => (o.officer.userId ? [o.officer.userId] : [])),
  };
}

/** Whether an enforcement-decision review of the case was decided after `since`. */
export async function reviewedSince(db: Db | Tx, caseId: string, since: Date): Promise<boolean> {
  const count = await db.legalReview.count({ where: { subjectType: 'ENFORCEMENT_DECISION', subjectId: caseId, decidedAt: { gt: since } } });
  return count > 0;
}

export async function loadHandoffRequest(db: Db | Tx, input: { caseId: string; kind: HandoffKind; senderId: string; receiverId: string }): Promise<HandoffRequest> {
  const [row, receiver, previous] = await Promise.all([
    db.enforcementCase.findUnique({ where: { id: input.caseId }, select: caseSelect }),
    db.user.findUnique({ where: { id: input.receiverId }, select: { id: true, roles: true, active: true } }),
    db.caseHandoff.findMany({ where: { caseId: input.caseId, kind: input.kind }, select: { createdAt: true } }),
  ]);
  const kase = row ? handoffCaseFactsOf(row) : null;
  let alreadyOpen = false;
  if (kase) {
    for (const handoff of previous) {
      const reviewed = input.kind === 'REVIEW' ? await reviewedSince(db, input.caseId, handoff.createdAt) : false;
      if (!handoffDone(input.kind, { ...kase, reviewedSinceHandoff: reviewed })) alreadyOpen = true;
    }
  }
  return {
    kind: input.kind,
    senderId: input.senderId,
    receiver: receiver ? { id: receiver.id, roles: receiver.roles as Role[], active: receiver.active } : null,
    kase,
    alreadyOpen,
  };
}

export type HandoffReceiver = { id: string; name: string };

/** Who may receive each kind of hand-off: active users holding the receiving role. */
export async function listHandoffReceivers(db: Db = getDb()): Promise<Record<HandoffKind, HandoffReceiver[]>> {
  const users = await db.user.findMany({ where: { active: true }, select: { id: true, name: true, roles: true }, orderBy: { name: 'asc' } });
  const of = (kind: HandoffKind) => users.filter((u) => u.roles.includes(HANDOFF_RECEIVER_ROLE[kind])).map(({ id, name }) => ({ id, name }));
  return { DECISION: of('DECISION'), HEARING: of('HEARING'), REVIEW: of('REVIEW') };
}
