import { describe, expect, it } from 'vitest';
import { submissionBlockers, submissionStates } from './submissions';

describe('yearly submissions', () => {
  it('falls due on 31 January, 1 March and 1 April of the next year, and tells done, late, overdue and open apart', () => {
    const states = submissionStates(
      2021,
      [
        { step: 'DISCLOSURE_ANNUAL_REPORT', doneOn: '2022-01-28', receipt: '网址' },
        { step: 'ENFORCEMENT_STATISTICS', doneOn: '2022-02-03', receipt: '网址' },
      ],
      '2022-03-02',
    );
    const by = Object.fromEntries(states.map((s) => [s.step, s]));
    expect(by.DISCLOSURE_ANNUAL_REPORT).toMatchObject({ dueOn: '2022-01-31', status: 'DONE' });
    expect(by.ENFORCEMENT_STATISTICS).toMatchObject({ status: 'LATE' });
    expect(by.RULE_OF_LAW_TO_PARTY_AND_GOVERNMENT).toMatchObject({ dueOn: '2022-03-01', status: 'OVERDUE' });
    expect(by.RULE_OF_LAW_PUBLISHED).toMatchObject({ dueOn: '2022-04-01', status: 'OPEN' });
  });
  it('refuses a date within the year reported on, in the future, or a second record', () => {
    expect(submissionBlockers({ year: 2021, step: 'RULE_OF_LAW_PUBLISHED', doneOn: '2021-12-30', today: '2022-01-05', alreadyDone: false }).map((b) => b.code)).toEqual([
      'BEFORE_YEAR_END',
    ]);
    expect(submissionBlockers({ year: 2021, step: 'RULE_OF_LAW_PUBLISHED', doneOn: '2022-01-06', today: '2022-01-05', alreadyDone: true }).map((b) => b.code)).toEqual([
      'ALREADY_RECORDED',
      'FUTURE_DATE',
    ]);
  });
});
