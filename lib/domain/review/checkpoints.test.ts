import { describe, expect, it } from 'vitest';
import { CHECKPOINT_KEYS, CHECKPOINT_LABELS, CHECKPOINT_QUESTIONS, isCheckpointKey } from './checkpoints';
import { REVIEW_STATUSES, REVIEW_TRANSITIONS, canTransitionReview, isDecided, isReviewOutcome } from './status';

describe('checkpoints', () => {
  it('are the nine points of the guideline, in order, each with a Chinese label and question', () => {
    expect(CHECKPOINT_KEYS).toHaveLength(9);
    expect(Object.keys(CHECKPOINT_LABELS)).toEqual([...CHECKPOINT_KEYS]);
    expect(Object.keys(CHECKPOINT_QUESTIONS)).toEqual([...CHECKPOINT_KEYS]);
    for (const key of CHECKPOINT_KEYS) expect(CHECKPOINT_LABELS[key]).toMatch(/^[\u4e00-\u9fff]+$/);
  });

  it('no label contains another, so each names exactly one field on the review page', () => {
    const labels = Object.values(CHECKPOINT_LABELS);
    for (const a of labels) for (const b of labels) if (a !== b) expect(a.includes(b)).toBe(false);
    for (const other of ['审核意见', '同意', '退回修改', '提请移送', '符合', '不符合']) {
      for (const label of labels) expect(other.includes(label) || label.includes(other)).toBe(false);
    }
  });

  it('recognises keys', () => {
    expect(isCheckpointKey('LAW_APPLIED')).toBe(true);
    expect(isCheckpointKey('law_applied')).toBe(false);
  });
});

describe('review status transitions', () => {
  it('only a pending round moves, to an outcome or superseded; decided rounds are final', () => {
    expect(Object.keys(REVIEW_TRANSITIONS)).toEqual([...REVIEW_STATUSES]);
    expect(canTransitionReview('PENDING', 'APPROVED')).toBe(true);
    expect(canTransitionReview('PENDING', 'SUPERSEDED')).toBe(true);
    for (const decided of ['APPROVED', 'RETURNED', 'REFERRED', 'SUPERSEDED'] as const) {
      for (const to of REVIEW_STATUSES) expect(canTransitionReview(decided, to)).toBe(false);
    }
  });

  it('knows which statuses are outcomes', () => {
    expect(isDecided('RETURNED')).toBe(true);
    expect(isDecided('PENDING')).toBe(false);
    expect(isDecided('SUPERSEDED')).toBe(false);
    expect(isReviewOutcome('REFERRED')).toBe(true);
    expect(isReviewOutcome('PENDING')).toBe(false);
  });
});
