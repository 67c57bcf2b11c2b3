import { describe, expect, it } from 'vitest';
import {
  MATTER_STATUSES,
  MATTER_TRANSITIONS,
  canConcludeMatter,
  canTransitionMatter,
  matterEditBlockers,
  matterSubmitBlockers,
  statusAfterEdit,
} from './matter-status';

describe('matter status', () => {
  it('has a transition list for every status; drafted → in review → outcome → concluded', () => {
    expect(Object.keys(MATTER_TRANSITIONS)).toEqual([...MATTER_STATUSES]);
    expect(canTransitionMatter('DRAFT', 'IN_REVIEW')).toBe(true);
    expect(canTransitionMatter('IN_REVIEW', 'RETURNED')).toBe(true);
    expect(canTransitionMatter('RETURNED', 'IN_REVIEW')).toBe(true);
    expect(canTransitionMatter('APPROVED', 'CONCLUDED')).toBe(true);
    expect(canTransitionMatter('DRAFT', 'APPROVED')).toBe(false);
    expect(canTransitionMatter('CONCLUDED', 'DRAFT')).toBe(false);
  });

  it('cannot be edited while in review or once concluded', () => {
    expect(matterEditBlockers('DRAFT')).toEqual([]);
    expect(matterEditBlockers('APPROVED')).toEqual([]);
    expect(matterEditBlockers('IN_REVIEW').map((b) => b.code)).toEqual(['MATTER_IN_REVIEW']);
    expect(matterEditBlockers('CONCLUDED').map((b) => b.code)).toEqual(['MATTER_CONCLUDED']);
  });

  it('an edited approved matter is a new draft; a returned one stays returned for resubmission', () => {
    expect(statusAfterEdit('APPROVED', true)).toBe('DRAFT');
    expect(statusAfterEdit('APPROVED', false)).toBe('APPROVED');
    expect(statusAfterEdit('RETURNED', true)).toBe('RETURNED');
  });

  it('refuses to submit a concluded matter only (the engine refuses pending and approved content)', () => {
    expect(matterSubmitBlockers('DRAFT')).toEqual([]);
    expect(matterSubmitBlockers('CONCLUDED').map((b) => b.code)).toEqual(['MATTER_CONCLUDED']);
  });

  it('concludes only with an approved review of the current content, citing the decision regulation', () => {
    expect(canConcludeMatter({ kind: 'ADMIN_CONTRACT', status: 'APPROVED', approvedCurrent: true })).toEqual([]);
    const [blocker] = canConcludeMatter({ kind: 'MAJOR_ADMIN_DECISION', status: 'DRAFT', approvedCurrent: false });
    expect(blocker?.code).toBe('REVIEW_NOT_APPROVED');
    expect(blocker?.citation).toBe('《重大行政决策程序暂行条例》第二十五条');
  });
});
