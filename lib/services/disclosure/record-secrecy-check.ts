import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { secrecyCheckBlockers } from '@/lib/domain/disclosure/rules';
import { disclosureActorOf, secrecyCheckerBlockers } from '@/lib/domain/disclosure/separation';
import { readSetting } from '@/lib/queries/settings/read-setting';
import { refuseIfBlocked } from '@/lib/rule-error';
import type { SecrecyCheckInput } from '@/lib/schemas/disclosure';
import { conflict } from './shared';
import { findDisclosureOrThrow } from '@/lib/queries/disclosure/find-disclosure';

// Records the secrecy check (保密审查, 《政府信息公开条例》第十七条): who, when, and their note,
// for exactly the version read here (a concurrent edit makes the update miss and is refused).
// Someone other than the item's author signs it off (the drafter does not check their own text).
export async function recordSecrecyCheck(db: Db, actor: Actor, input: SecrecyCheckInput, now: Date = new Date()) {
  assertCan(actor, 'disclosure.secrecyCheck');
  return db.$transaction(async (tx) => {
    const before = await findDisclosureOrThrow(tx, input.id);
    const policy = { headMaySecrecyCheckOwn: await readSetting(tx, 'separation.headMaySecrecyCheckOwn') };
    refuseIfBlocked([...secrecyCheckerBlockers(before, disclosureActorOf(actor), policy), ...secrecyCheckBlockers(before.status)]);
    const written = await tx.disclosure.updateMany({
      where: { id: before.id, status: before.status, updatedAt: before.updatedAt, contentHash: before.contentHash },
      data: { status: 'SECRECY_CHECKED', secrecyCheckedById: actor.id, secrecyCheckedAt: now, secrecyNote: input.note || null },
    });
    if (written.count !== 1) conflict();
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'disclosure.secrecyCheck',
      entityType: 'Disclosure',
      entityId: before.id,
      before: { status: before.status },
      after: { status: 'SECRECY_CHECKED', contentHash: before.contentHash, checkedAt: now.toISOString(), note: input.note },
    });
    return findDisclosureOrThrow(tx, before.id);
  });
}
