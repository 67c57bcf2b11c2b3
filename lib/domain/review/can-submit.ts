import type { Blocker } from '@/lib/domain/blockers';

export type SubmitFacts = {
  // The subject's own reasons (from its adapter): wrong status, missing fields…
  subjectBlockers: readonly Blocker[];
  currentHash: string;
  // Rounds of this subject still PENDING, with the content each one covers.
  pendingHashes: readonly string[];
  // Content hashes this subject already has an APPROVED round for.
  approvedHashes: readonly string[];
};

/**
 * Why a subject cannot be sent for review now. A pending round of the *current* content blocks a
 * second one; a pending round of older content is stale (see `staleRounds`) and is superseded by
 * the new submission instead, since nobody may decide it any more.
 */
export function canSubmitReview(facts: SubmitFacts): Blocker[] {
  const blockers: Blocker[] = [...facts.subjectBlockers];
  if (facts.pendingHashes.includes(facts.currentHash)) {
    blockers.push({ code: 'REVIEW_ALREADY_PENDING', message: '该事项已在法制审核中，请等待审核意见' });
  }
  if (facts.approvedHashes.includes(facts.currentHash)) {
    blockers.push({ code: 'ALREADY_APPROVED', message: '该事项当前内容已经法制审核同意，无需重复送审' });
  }
  return blockers;
}

/** Pending rounds that reviewed other content than the subject's current version. */
export function staleRounds<R extends { contentHash: string }>(pending: readonly R[], currentHash: string): R[] {
  return pending.filter((round) => round.contentHash !== currentHash);
}
