// "An approved review of the current content", written once. A round approves a version only when
// it is APPROVED and its content hash is the version's current hash: any edit changes the hash, so
// an approval never outlives the text it read. The database holds the same rule in its gates
// (disclosure_publish_gate, enforcement_decision_review_gate); tests/integration/review-gate-parity.test.ts
// runs one matrix through this function and through the database and fails when they disagree.

export type ReviewRoundFacts = { readonly status: string; readonly contentHash: string };

export const APPROVED = 'APPROVED' as const;

export function approvesContent(round: ReviewRoundFacts, currentHash: string): boolean {
  return currentHash !== '' && round.status === APPROVED && round.contentHash === currentHash;
}

/** The first round (callers pass them newest first) that approves the current content, if any. */
export function approvalOfContent<R extends ReviewRoundFacts>(rounds: readonly R[], currentHash: string): R | null {
  return rounds.find((round) => approvesContent(round, currentHash)) ?? null;
}
