import 'server-only';
import type { Db } from '@/lib/db';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import { isoToDbDate } from '@/lib/queries/officers/certificate-facts';
import { createResponsibilitySchema, type CreateResponsibilityInput } from '@/lib/schemas/publicity';
import { parseOrThrow } from '@/lib/validation';

// One line of the responsibility list (谁执法谁普法): which unit publicises which laws to whom, by when.
export async function createResponsibility(db: Db, actor: Actor, input: CreateResponsibilityInput) {
  assertCan(actor, 'publicity.manage');
  const data = parseOrThrow(createResponsibilitySchema, input);
  return db.$transaction(async (tx) => {
    const row = await tx.publicityResponsibility.create({ data: { ...data, dueOn: isoToDbDate(data.dueOn) } });
    await recordAudit(tx, { actorId: actor.id, action: 'publicity.createResponsibility', entityType: 'PublicityResponsibility', entityId: row.id, after: { ...data } });
    return row;
  });
}
