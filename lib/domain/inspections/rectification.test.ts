import { describe, expect, it } from 'vitest';
import { RECTIFICATION_STATUSES, RECTIFICATION_TRANSITIONS, canTransition, recheckBlockers, rectificationOverdue, respondBlockers, statusAfterRecheck } from './rectification';

describe('the rectification state machine', () => {
  it('reaches CLOSED only from RESPONDED, i.e. through a re-check', () => {
    const into = RECTIFICATION_STATUSES.filter((from) => canTransition(from, 'CLOSED'));
    expect(into).toEqual(['RESPONDED']);
    expect(RECTIFICATION_TRANSITIONS.CLOSED).toEqual([]);
    expect(statusAfterRecheck(true)).toBe('CLOSED');
    expect(statusAfterRecheck(false)).toBe('RECHECK_FAILED');
  });

  it('takes a response when open or after a failed re-check, never twice in a row or after closing', () => {
    expect(respondBlockers('OPEN')).toEqual([]);
    expect(respondBlockers('RECHECK_FAILED')).toEqual([]);
    expect(respondBlockers('RESPONDED').map((b) => b.code)).toEqual(['RECTIFICATION_NOT_AWAITING_RESPONSE']);
    expect(respondBlockers('CLOSED')[0]?.message).toContain('已销号');
  });

  it('re-checks only a responded order, not before the response or in the future', () => {
    const ok = { status: 'RESPONDED' as const, checkedOn: '2021-06-10', respondedOn: '2021-06-08', today: '2021-06-10' };
    expect(recheckBlockers(ok)).toEqual([]);
    expect(recheckBlockers({ ...ok, status: 'OPEN' }).map((b) => b.code)).toEqual(['RECTIFICATION_NOT_AWAITING_RECHECK']);
    expect(recheckBlockers({ ...ok, status: 'CLOSED' }).map((b) => b.code)).toEqual(['RECTIFICATION_NOT_AWAITING_RECHECK']);
    expect(recheckBlockers({ ...ok, checkedOn: '2021-06-07' }).map((b) => b.code)).toEqual(['RECHECK_BEFORE_RESPONSE']);
    expect(recheckBlockers({ ...ok, checkedOn: '2021-06-11' }).map((b) => b.code)).toEqual(['RECHECK_IN_FUTURE']);
  });
});

describe('rectificationOverdue', () => {
  const order = { dueOn: '2021-06-10', recheckDueOn: null };
  it('is overdue the day after the period to rectify, without a response', () => {
    expect(rectificationOverdue({ ...order, status: 'OPEN', today: '2021-06-10' }).overdue).toBe(false);
    const late = rectificationOverdue({ ...order, status: 'OPEN', today: '2021-06-11' });
    expect(late).toMatchObject({ overdue: true, kind: 'RESPONSE', due: '2021-06-10' });
    expect(rectificationOverdue({ ...order, status: 'RECHECK_FAILED', today: '2021-06-11' })).toMatchObject({ kind: 'RESPONSE' });
  });

  it('is overdue after the re-check date without a re-check, and never once closed', () => {
    const responded = { status: 'RESPONDED' as const, dueOn: '2021-06-10', recheckDueOn: '2021-06-17' };
    expect(rectificationOverdue({ ...responded, today: '2021-06-18' })).toMatchObject({ overdue: true, kind: 'RECHECK', due: '2021-06-17' });
    expect(rectificationOverdue({ ...responded, today: '2021-06-17' }).overdue).toBe(false);
    expect(rectificationOverdue({ status: 'CLOSED', dueOn: '2021-06-10', recheckDueOn: '2021-06-17', today: '2022-01-01' }).overdue).toBe(false);
  });
});
