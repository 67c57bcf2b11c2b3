import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/db';

// Rows are written inside the caller's transaction, so an audit
// row exists exactly when the change it describes was committed. The database fills the hash chain.
// Every audited action is named `<area>.<verb>`, e.g. 'user.create', 'review.decide'.
type AuditArea =
  | 'user'
  | 'auth'
  | 'setting'
  | 'holiday'
  | 'review'
  | 'disclosure'
  | 'decision'
  | 'contract'
  | 'adviser'
  | 'officer'
  | 'training'
  | 'inspection'
  | 'rectification'
  | 'publicity'
  | 'case'
  | 'evidence'
  | 'device'
  | 'report'
  | 'leadership'
  | 'request'
  | 'publicReport';
export type AuditAction = `${AuditArea}.${string}`;

export type AuditInput = {
  actorId: string | null;
  action: AuditAction;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

export async function recordAudit(tx: Tx, event: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: event.actorId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      ...(event.before === undefined ? {} : { before: event.before }),
      ...(event.after === undefined ? {} : { after: event.after }),
    },
  });
}
