import { describe, expect, it } from 'vitest';
import { compareYears, describeComparison, rate } from './compare';
import { answerBlockers, pastDateBlockers, planTaskBlockers } from './register-rules';

describe('year comparison', () => {
  it('computes the change and its percentage', () => {
    expect(compareYears(365, 300)).toEqual({ value: 365, previous: 300, delta: 65, percent: 21.7, direction: 'up' });
    expect(describeComparison(compareYears(365, 300))).toBe('比上年增加 65（+21.7%）');
    expect(describeComparison(compareYears(3, 5))).toBe('比上年减少 2（-40%）');
    expect(describeComparison(compareYears(4, 4))).toBe('与上年持平');
  });
  it('has no percentage when the previous year was zero', () => {
    expect(compareYears(12, 0).percent).toBeNull();
    expect(describeComparison(compareYears(1200, 0))).toBe('比上年增加 1,200');
  });
  it('computes rates with one decimal, none for an empty whole', () => {
    expect(rate(2, 3)).toBe(66.7);
    expect(rate(0, 0)).toBeNull();
  });
});

describe('register rules', () => {
  it('refuses dates after today', () => {
    expect(pastDateBlockers('2021-05-01', '2021-05-01', '会议日期')).toEqual([]);
    expect(pastDateBlockers('2021-05-02', '2021-05-01', '会议日期')[0]?.message).toBe('会议日期不能晚于今天（2021-05-01）');
  });
  it('refuses an answer before the request, a second answer, or one in the future', () => {
    expect(answerBlockers({ receivedOn: '2021-03-01', answeredOn: '2021-03-10', today: '2021-04-01', alreadyAnswered: false })).toEqual([]);
    const codes = answerBlockers({ receivedOn: '2021-03-01', answeredOn: '2021-02-10', today: '2021-02-01', alreadyAnswered: true }).map((b) => b.code);
    expect(codes).toEqual(['ALREADY_ANSWERED', 'ANSWER_BEFORE_REQUEST', 'DATE_IN_FUTURE']);
  });
  it('keeps finished and dropped plan tasks closed', () => {
    expect(planTaskBlockers('PLANNED', 'DONE')).toEqual([]);
    expect(planTaskBlockers('DONE', 'DONE')).toEqual([]);
    expect(planTaskBlockers('DONE', 'IN_PROGRESS').map((b) => b.code)).toEqual(['PLAN_TASK_CLOSED']);
    expect(planTaskBlockers('DROPPED', 'PLANNED')).toHaveLength(1);
  });
});
