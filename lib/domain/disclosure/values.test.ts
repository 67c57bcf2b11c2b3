import { describe, expect, it } from 'vitest';
import { NOTICE_CALENDAR as calendar } from '../calendar/state-council-notices.fixture';
import { formatIndexNumber, parseIndexNumber, proactiveTimeliness, withdrawalTimeliness } from '.';
import { maskPersonName, publicPartyName } from '../privacy/mask';

describe('index numbers', () => {
  it('format as <organisation code>/<year>-<5-digit sequence> and parse back', () => {
    const value = formatIndexNumber({ organisationCode: '11370102MB28XXXXXX', year: 2021, sequence: 1 });
    expect(value).toBe('11370102MB28XXXXXX/2021-00001');
    expect(parseIndexNumber(value)).toEqual({ organisationCode: '11370102MB28XXXXXX', year: 2021, sequence: 1 });
    expect(formatIndexNumber({ organisationCode: '11370102MB28XXXXXX', year: 2021, sequence: 365 })).toMatch(/2021-00365$/);
    expect(parseIndexNumber('nonsense')).toBeNull();
  });

  it('refuse a malformed code, year or sequence', () => {
    expect(() => formatIndexNumber({ organisationCode: 'abc/def', year: 2021, sequence: 1 })).toThrow(RangeError);
    expect(() => formatIndexNumber({ organisationCode: '11370102MB28XXXXXX', year: 21, sequence: 1 })).toThrow(RangeError);
    expect(() => formatIndexNumber({ organisationCode: '11370102MB28XXXXXX', year: 2021, sequence: 0 })).toThrow(RangeError);
  });
});

describe('masking of natural persons', () => {
  it('keeps the surname and masks the given name', () => {
    expect(maskPersonName('张三')).toBe('张某某');
    expect(maskPersonName('王小明')).toBe('王某某');
    expect(maskPersonName(' 李 ')).toBe('李某某');
    expect(maskPersonName('')).toBe('某某');
  });

  it('keeps a compound surname whole', () => {
    expect(maskPersonName('欧阳明')).toBe('欧阳某某');
    expect(maskPersonName('司马相如')).toBe('司马某某');
    expect(maskPersonName('诸葛亮')).toBe('诸葛某某');
    // Two characters only: the second is a given name, not part of a surname.
    expect(maskPersonName('欧阳')).toBe('欧某某');
  });

  it('derives the public name from the party kind; organisations are not masked', () => {
    expect(publicPartyName({ kind: 'PERSON', name: '欧阳明' })).toBe('欧阳某某');
    expect(publicPartyName({ kind: 'ORGANISATION', name: '幸福养老院有限公司' })).toBe('幸福养老院有限公司');
  });
});

describe('timeliness', () => {
  it('gives 20 working days from formation across the 2024 Spring Festival with make-up days', () => {
    // Formed Thu 2024-02-01: Feb 2 (1), Feb 4 make-up Sun (2), Feb 5-9 (3-7), 春节 Feb 10-17,
    // Feb 18 make-up Sun (8), Feb 19-23 (9-13), Feb 26-Mar 1 (14-18), Mar 4 (19), Mar 5 (20).
    const result = proactiveTimeliness({ formedOn: '2024-02-01', today: '2024-02-01', workingDays: 20, calendar });
    expect(result.due).toBe('2024-03-05');
    expect(result.status).toBe('ok');
    expect(result.explanation.countedMakeupWorkdays.map((d) => d.date)).toEqual(['2024-02-04', '2024-02-18']);
  });

  it('is due-soon within the warning window and overdue after the due date', () => {
    const base = { formedOn: '2024-02-01', workingDays: 20, calendar };
    expect(proactiveTimeliness({ ...base, today: '2024-02-26' })).toMatchObject({ status: 'ok', remainingWorkingDays: 6 });
    expect(proactiveTimeliness({ ...base, today: '2024-02-28' })).toMatchObject({ status: 'due-soon', remainingWorkingDays: 4 });
    expect(proactiveTimeliness({ ...base, today: '2024-03-05' })).toMatchObject({ status: 'due-soon', remainingWorkingDays: 0 });
    expect(proactiveTimeliness({ ...base, today: '2024-03-06' })).toMatchObject({ status: 'overdue', remainingWorkingDays: -1 });
  });

  it('tracks the 3 working days to withdraw a changed enforcement decision across National Day', () => {
    const late = withdrawalTimeliness({ decisionChangedOn: '2024-09-30', withdrawnOn: '2024-10-11', workingDays: 3, calendar });
    expect(late.due).toBe('2024-10-10');
    expect(late.onTime).toBe(false);
    expect(withdrawalTimeliness({ decisionChangedOn: '2024-09-30', withdrawnOn: '2024-10-10', workingDays: 3, calendar }).onTime).toBe(true);
  });
});
