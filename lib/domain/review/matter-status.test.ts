import { describe, expect, it } from 'vitest';
import { MATTER_STATUSES, MATTER_TRANSITIONS, canConcludeMatter, canTransitionMatter, matterEditBlockers, matterSubmitBlockers, statusAfterEdit } from './matter-status';

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
    expect(canConcludeMatter({ kind: 'ADMIN_CONTRACT', status: 'APPROVED', approvedCurrent: false }).map((b) => b.code)).toEqual(['REVIEW_NOT_APPROVED']);
    // A major decision: each missing procedure named, legality review (the approval) among them.
    const blockers = canConcludeMatter({ kind: 'MAJOR_ADMIN_DECISION', status: 'DRAFT', approvedCurrent: false });
    expect(blockers.map((b) => b.code)).toEqual([
      'decision.procedure.PUBLIC_PARTICIPATION',
      'decision.procedure.EXPERT_ARGUMENTATION',
      'decision.procedure.RISK_ASSESSMENT',
      'decision.procedure.LEGALITY_REVIEW',
      'decision.procedure.COLLECTIVE_DISCUSSION',
    ]);
    expect(blockers.find((b) => b.code === 'decision.procedure.LEGALITY_REVIEW')?.citation).toBe('《重大行政决策程序暂行条例》第二十五条');
    const record = { heldFrom: '2026-01-01', heldTo: '2026-01-30', summary: '已办', exemptionReason: null, collectiveDecisionId: 'c1' };
    const all = { PUBLIC_PARTICIPATION: record, EXPERT_ARGUMENTATION: record, RISK_ASSESSMENT: record, COLLECTIVE_DISCUSSION: record };
    expect(canConcludeMatter({ kind: 'MAJOR_ADMIN_DECISION', status: 'APPROVED', approvedCurrent: true, procedures: all })).toEqual([]);
    // 29 days without a reason is too short; with a reason it counts.
    const short = { ...record, heldTo: '2026-01-29' };
    expect(
      canConcludeMatter({ kind: 'MAJOR_ADMIN_DECISION', status: 'APPROVED', approvedCurrent: true, procedures: { ...all, PUBLIC_PARTICIPATION: short } }).map((b) => b.code),
    ).toEqual(['decision.procedure.PUBLIC_PARTICIPATION']);
    expect(
      canConcludeMatter({
        kind: 'MAJOR_ADMIN_DECISION',
        status: 'APPROVED',
        approvedCurrent: true,
        procedures: { ...all, PUBLIC_PARTICIPATION: { ...short, exemptionReason: '情况紧急' } },
      }),
    ).toEqual([]);
  });
});
