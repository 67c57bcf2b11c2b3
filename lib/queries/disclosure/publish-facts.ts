import 'server-only';
import type { Db, Tx } from '@/lib/db';
import { requiresReview } from '@/lib/domain/disclosure/categories';
import type { DisclosureFacts } from '@/lib/domain/disclosure/rules';
import type { DisclosureCategory, DisclosureStatus } from '@/lib/generated/prisma/enums';
import { findApprovedReview } from '@/lib/queries/review/find-approved-review';
import { readSetting } from '@/lib/queries/settings/read-setting';
import { loadPublicTextFacts } from './public-text-facts';

// The one fact loader of the publish gate: the staff page calls it to explain why Publish is
// blocked, the publish service calls it inside its transaction to refuse (lib/domain/disclosure/rules.ts
// publishBlockers decides on what it returns).

type PublishableRow = { id: string; status: DisclosureStatus; category: DisclosureCategory; contentHash: string; enforcementCaseId: string | null };

export async function loadPublishFacts(tx: Db | Tx, disclosure: PublishableRow) {
  const requiredCategories = await readSetting(tx, 'review.requiredCategories');
  const gated = requiresReview(disclosure.category, requiredCategories);
  // The engine's gate query, keeping the approval's date for the attachment check.
  const approval = gated ? await findApprovedReview(tx, { subjectType: 'DISCLOSURE', subjectId: disclosure.id, contentHash: disclosure.contentHash }) : null;
  const facts: DisclosureFacts = {
    status: disclosure.status,
    category: disclosure.category,
    requiredCategories,
    approvedReviewOfCurrentVersion: approval !== null,
    attachmentsAddedAfterApproval: await attachmentsAddedAfter(tx, disclosure.id, approval?.decidedAt ?? null),
    decisionRevoked: await decisionRevoked(tx, disclosure.enforcementCaseId),
    publicText: await loadPublicTextFacts(tx, disclosure.id),
  };
  return { facts, gated, approval };
}

// Attachments are part of the content hash, so one added after an approval already leaves the
// item without an approved review of its current hash. This check stays as a second, explicit
// reason in the publish refusal (and covers an approval recorded before attachments were hashed).
async function attachmentsAddedAfter(tx: Db | Tx, disclosureId: string, approvedAt: Date | null): Promise<boolean> {
  if (!approvedAt) return false;
  return (await tx.attachment.count({ where: { disclosureId, createdAt: { gt: approvedAt } } })) > 0;
}

// After-decision publicity of a decision since revoked or changed must not go out (art. 48).
async function decisionRevoked(tx: Db | Tx, enforcementCaseId: string | null): Promise<boolean> {
  if (!enforcementCaseId) return false;
  const decision = await tx.enforcementCase.findUnique({ where: { id: enforcementCaseId }, select: { revokedOn: true } });
  return Boolean(decision?.revokedOn);
}
