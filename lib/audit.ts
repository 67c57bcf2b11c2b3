import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/db';
import { auditSealContent, sealRecord } from '@/lib/domain/records/seal';
import { currentMacKey } from '@/lib/records/mac-key';

// Rows are written inside the caller's transaction, so an audit
// row exists exactly when the change it describes was committed. The database fills the hash chain
// (id, time, prevHash, hash: insert trigger, holding the chain head's lock until commit); the app
// then seals the chained row with a key the database does not hold (docs/decisions/0017).
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
  | 'remedy'
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
  | 'publicReport'
  | 'notification';
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
  const key = currentMacKey();
  const row = await tx.auditEvent.create({
    data: {
      actorId: event.actorId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      ...(event.before === undefined ? {} : { before: event.before }),
      ...(event.after === undefined ? {} : { after: event.after }),
    },
  });
  const seal = sealRecord(key, 'AuditEvent', auditSealContent(row));
  await tx.$executeRaw`UPDATE "AuditEvent" SET "mac" = ${seal.mac}, "macKeyId" = ${seal.macKeyId} WHERE "id" = ${row.id}`;
}
