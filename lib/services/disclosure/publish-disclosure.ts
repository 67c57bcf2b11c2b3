import { disclosureActorOf, publisherBlockers } from '@/lib/domain/disclosure/separation';
import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db, Tx } from '@/lib/db';
import { describeBlockers } from '@/lib/domain/blockers';
import { toShanghaiDate } from '@/lib/domain/calendar';
import { requiresReview } from '@/lib/domain/disclosure/categories';
import { penaltyLaw } from '@/lib/domain/enforcement/citations';
import { publishBlockers, REVIEW_MISSING_MESSAGE, reviewCitation } from '@/lib/domain/disclosure/rules';
import { AppError } from '@/lib/errors';
import { readSetting } from '@/lib/queries/settings/read-setting';
import { loadPublicTextFacts } from '@/lib/queries/disclosure/public-text-facts';
import { refuseIfBlocked } from '@/lib/rule-error';
import type { DisclosureIdInput } from '@/lib/schemas/disclosure';
import { findApprovedReview } from '@/lib/services/review/find-approved-review';
import { attachmentsAddedAfter } from './approval-freshness';
import { nextIndexNumber } from './index-number';
import { rethrowPersonalDataGate } from './personal-data-gate';
import { auditSnapshot, conflict, findDisclosureOrThrow } from './shared';

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
  const requiredCategories = await readSetting(tx, 'review.requiredCategories');
  const gated = requiresReview(before.category, requiredCategories);
  // The engine's gate query (hasApprovedReview), keeping the approval's date for the attachment check.
  const approval = gated
    ? await findApprovedReview(tx, { subjectType: 'DISCLOSURE', subjectId: before.id, contentHash: before.contentHash })
    : null;
  const approved = approval !== null;
  refuseIfBlocked([
    ...publisherBlockers(before, disclosureActorOf(actor)),
    ...publishBlockers({
      status: before.status,
      category: before.category,
      requiredCategories,
      approvedReviewOfCurrentVersion: approved,
      attachmentsAddedAfterApproval: await attachmentsAddedAfter(tx, before.id, approval?.decidedAt ?? null),
      publicText: await loadPublicTextFacts(tx, before.id),
    }),
  ]);
  // After-decision publicity of a decision since revoked or changed must not go out (art. 48).
  if (before.enforcementCaseId) {
    const decision = await tx.enforcementCase.findUnique({ where: { id: before.enforcementCaseId }, select: { revokedOn: true } });
    if (decision?.revokedOn) {
      refuseIfBlocked([{ code: 'DECISION_REVOKED', message: '该执法决定已被撤销或变更，其执法公示不能发布', citation: penaltyLaw(48) }]);
    }
  }
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
