import 'server-only';
import { disclosureActorOf, publisherBlockers } from '@/lib/domain/disclosure/separation';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db, Tx } from '@/lib/db';
import { describeBlockers } from '@/lib/domain/blockers';
import { toShanghaiDate } from '@/lib/domain/calendar';
import { publishBlockers, REVIEW_MISSING_MESSAGE, reviewCitation } from '@/lib/domain/disclosure/rules';
import { AppError } from '@/lib/errors';
import { refuseIfBlocked } from '@/lib/rule-error';
import type { DisclosureIdInput } from '@/lib/schemas/disclosure';
import { nextIndexNumber } from './index-number';
import { rethrowPersonalDataGate } from './personal-data-gate';
import { auditSnapshot, conflict } from './shared';
import { findDisclosureOrThrow } from '@/lib/queries/disclosure/find-disclosure';
import { loadPublishFacts } from '@/lib/queries/disclosure/publish-facts';

// Publishes a disclosure. The rules are re-checked here on rows read in this transaction (secrecy
// check, an approved legal review of the current content hash when the category requires one),
// and the database trigger refuses the same thing again if anything slipped past.
export async function publishDisclosure(db: Db, actor: Actor, input: DisclosureIdInput, now: Date = new Date()) {
  assertCan(actor, 'disclosure.publish');
  try {
    return await db.$transaction(async (tx) => (await publishInTransaction(tx, actor, input.id, now)).disclosure);
  } catch (error) {
    return await rethrowReviewGate(db, input.id, error);
  }
}

/**
 * The publishing path every publisher shares (the editors' action, the director's annual report):
 * the publish rules on rows read in `tx`, the index number, the guarded write and its audit row.
 * The caller has checked its own permission; wrap the transaction with rethrowReviewGate.
 */
export async function publishInTransaction(tx: Tx, actor: Actor, disclosureId: string, now: Date) {
  const before = await findDisclosureOrThrow(tx, disclosureId);
  const { facts, gated, approval } = await loadPublishFacts(tx, before);
  // Whoever wrote or edited it does not publish it alone (separation of duties, ADR 0024).
  refuseIfBlocked([...publisherBlockers(before, disclosureActorOf(actor)), ...publishBlockers(facts)]);
  const approved = approval !== null;
  const indexNumber = before.indexNumber ?? (await nextIndexNumber(tx, Number(toShanghaiDate(now).slice(0, 4))));
  const written = await tx.disclosure.updateMany({
    where: { id: before.id, status: before.status, updatedAt: before.updatedAt, contentHash: before.contentHash },
    data: { status: 'PUBLISHED', publishedAt: now, indexNumber, requiresReview: gated },
  });
  if (written.count !== 1) conflict();
  const disclosure = await findDisclosureOrThrow(tx, before.id);
  await recordAudit(tx, {
    actorId: actor.id,
    action: 'disclosure.publish',
    entityType: 'Disclosure',
    entityId: disclosure.id,
    before: { status: before.status },
    after: { ...(auditSnapshot(disclosure) as object), publishedAt: now.toISOString(), reviewed: approved },
  });
  return { disclosure, indexNumber };
}

/** Turns the database's review-gate or personal-data refusal into the Chinese rule message; rethrows anything else. */
export async function rethrowReviewGate(db: Db, disclosureId: string, error: unknown): Promise<never> {
  await rethrowPersonalDataGate(db, disclosureId, error);
  if (isReviewGateViolation(error)) {
    const disclosure = await db.disclosure.findUnique({ where: { id: disclosureId }, select: { category: true } });
    const citation = disclosure ? reviewCitation(disclosure.category) : undefined;
    throw new AppError({
      code: 'RULE_VIOLATION',
      userMessage: describeBlockers([{ code: 'LEGAL_REVIEW_MISSING', message: REVIEW_MISSING_MESSAGE, ...(citation ? { citation } : {}) }]),
      cause: error,
    });
  }
  throw error;
}

// The database's own refusal (trigger disclosure_20_publish_gate), however the driver wraps it.
export function isReviewGateViolation(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth += 1) {
    if (String((current as { message?: unknown }).message ?? '').includes('legal review gate')) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
