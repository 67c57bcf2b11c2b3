import { describe, expect, it } from 'vitest';
import { ALL_CHECKPOINT_KEYS, CHECKLIST_KINDS, CHECKLISTS, CHECKPOINT_KEYS, CHECKPOINT_LABELS, CHECKPOINT_QUESTIONS, checklistFor, isCheckpointKey } from './checkpoints';
import { REVIEW_STATUSES, REVIEW_TRANSITIONS, canTransitionReview, isDecided, isReviewOutcome } from './status';

describe('checkpoints', () => {
  it('are the nine points of the guideline, in order, each with a Chinese label and question', () => {
    expect(CHECKPOINT_KEYS).toHaveLength(9);
    expect(Object.keys(CHECKPOINT_LABELS)).toEqual([...ALL_CHECKPOINT_KEYS]);
    expect(Object.keys(CHECKPOINT_QUESTIONS)).toEqual([...ALL_CHECKPOINT_KEYS]);
    for (const key of ALL_CHECKPOINT_KEYS) expect(CHECKPOINT_LABELS[key]).toMatch(/^[\u4e00-\u9fff]+$/);
    expect(CHECKLISTS.ENFORCEMENT_DECISION).toEqual(CHECKPOINT_KEYS);
  });

  it('each kind of subject has its own checklist, every point in exactly one', () => {
    const seen = CHECKLIST_KINDS.flatMap((kind) => [...CHECKLISTS[kind]]);
    expect([...seen].sort()).toEqual([...ALL_CHECKPOINT_KEYS].sort());
    expect(checklistFor('DISCLOSURE', 'NOTICE')).toBe('DISCLOSURE');
    expect(checklistFor('DISCLOSURE', 'NORMATIVE_DOCUMENT')).toBe('NORMATIVE_DOCUMENT');
    expect(checklistFor('ADMIN_CONTRACT')).toBe('ADMIN_CONTRACT');
    // A notice is not checked for 执法人员资格 or 涉嫌犯罪移送.
    expect(CHECKLISTS.DISCLOSURE).not.toContain('OFFICER_QUALIFICATION');
    expect(CHECKLISTS.DISCLOSURE).toEqual(expect.arrayContaining(['DC_STATE_SECRET', 'DC_PRIVACY']));
  });

  it('within a checklist no label contains another, so each names exactly one field on the review page', () => {
    for (const kind of CHECKLIST_KINDS) {
      const labels = CHECKLISTS[kind].map((key) => CHECKPOINT_LABELS[key]);
      for (const a of labels) for (const b of labels) if (a !== b) expect(a.includes(b)).toBe(false);
      for (const other of ['审核意见', '同意', '退回修改', '提请移送', '符合', '不符合', '延期理由', '出具单位', '文号', '出具日期', '内容摘要']) {
        for (const label of labels) expect(other.includes(label) || label.includes(other), `${label} / ${other}`).toBe(false);
      }
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
