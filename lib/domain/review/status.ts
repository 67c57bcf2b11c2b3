// The life of one review round. A round is decided once; a later round (after a revision) is a new
// row, so every round stays on record. SUPERSEDED closes a pending round whose subject changed
// before it was decided (the database allows no other change to a decided round).

export const REVIEW_STATUSES = ['PENDING', 'APPROVED', 'RETURNED', 'REFERRED', 'SUPERSEDED'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const REVIEW_TRANSITIONS = {
  PENDING: ['APPROVED', 'RETURNED', 'REFERRED', 'SUPERSEDED'],
  APPROVED: [],
  RETURNED: [],
  REFERRED: [],
  SUPERSEDED: [],
} as const satisfies Record<ReviewStatus, readonly ReviewStatus[]>;

// Outcomes a reviewer can choose: agree, return for correction with opinions, refer.
export const REVIEW_OUTCOMES = ['APPROVED', 'RETURNED', 'REFERRED'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

export function canTransitionReview(from: ReviewStatus, to: ReviewStatus): boolean {
  return (REVIEW_TRANSITIONS[from] as readonly ReviewStatus[]).includes(to);
}

export function isDecided(status: ReviewStatus): boolean {
  return (REVIEW_OUTCOMES as readonly string[]).includes(status);
}

export function isReviewOutcome(value: string): value is ReviewOutcome {
  return (REVIEW_OUTCOMES as readonly string[]).includes(value);
}
