import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import type { CreateLegalAdviserInput } from '@/lib/schemas/legal-affairs';
import { toDateColumn } from '@/lib/domain/calendar/date-column';

/** Registers a retained legal adviser (法律顾问): name, firm and term of engagement. */
export async function createLegalAdviser(db: Db, actor: Actor, input: CreateLegalAdviserInput) {
  assertCan(actor, 'legalAffairs.manage');
  return db.$transaction(async (tx) => {
    const adviser = await tx.legalAdviser.create({
      data: { name: input.name, firm: input.firm, termFrom: toDateColumn(input.termFrom), termTo: toDateColumn(input.termTo) },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'adviser.create',
      entityType: 'LegalAdviser',
      entityId: adviser.id,
      after: { name: input.name, firm: input.firm, termFrom: input.termFrom, termTo: input.termTo },
    });
    return adviser;
  });
}
