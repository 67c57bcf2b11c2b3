import { describe, expect, it } from 'vitest';

import { NOTICE_CALENDAR, noticeEntries } from './state-council-notices.fixture';
import { EMPTY_CALENDAR, calendarFromEntries, classifyDay, isWorkingDay, validateCalendar, validateCalendarEntries } from './working-calendar';

describe('isWorkingDay', () => {
  it('treats Monday–Friday as working and weekends as rest without a calendar', () => {
    expect(isWorkingDay('2024-03-08', EMPTY_CALENDAR)).toBe(true); // Fri
    expect(isWorkingDay('2024-03-09', EMPTY_CALENDAR)).toBe(false); // Sat
  });

  it('rests on statutory holidays, including weekdays inside a break (2024 Spring Festival)', () => {
    expect(isWorkingDay('2024-02-09', NOTICE_CALENDAR)).toBe(true); // 除夕 is formally a working day
    expect(isWorkingDay('2024-02-12', NOTICE_CALENDAR)).toBe(false); // Mon
    expect(isWorkingDay('2024-02-16', NOTICE_CALENDAR)).toBe(false); // Fri
    expect(isWorkingDay('2024-02-19', NOTICE_CALENDAR)).toBe(true);
  });

  it('works on make-up Saturdays and Sundays', () => {
    for (const date of ['2024-02-04', '2024-02-18', '2024-09-29', '2024-10-12', '2025-01-26', '2025-02-08', '2025-09-28', '2025-10-11']) {
      expect(isWorkingDay(date, NOTICE_CALENDAR), date).toBe(true);
    }
    expect(isWorkingDay('2024-10-13', NOTICE_CALENDAR)).toBe(false); // the Sunday after is a normal rest day
  });

  it('2025: National Day and Mid-Autumn run Oct 1–8', () => {
    expect(isWorkingDay('2025-10-08', NOTICE_CALENDAR)).toBe(false);
    expect(isWorkingDay('2025-10-09', NOTICE_CALENDAR)).toBe(true);
  });

  it('reports a holiday on a weekend as the holiday, not as 周末', () => {
    expect(classifyDay('2024-02-10', NOTICE_CALENDAR)).toEqual({ kind: 'HOLIDAY', name: '春节' });
    expect(classifyDay('2024-02-18', NOTICE_CALENDAR)).toEqual({ kind: 'MAKEUP_WORKDAY', name: '春节' });
    expect(classifyDay('2024-03-09', NOTICE_CALENDAR)).toEqual({ kind: 'WEEKEND' });
    expect(classifyDay('2024-03-08', NOTICE_CALENDAR)).toEqual({ kind: 'WORKDAY' });
  });
});

describe('validateCalendar', () => {
  it('finds nothing wrong with the announced arrangements', () => {
    expect(validateCalendar(NOTICE_CALENDAR)).toEqual([]);
    expect(validateCalendarEntries(noticeEntries([2024, 2025, 2026]))).toEqual([]);
  });

  it('refuses a date that is both a holiday and a make-up working day', () => {
    const calendar = {
      holidays: new Map([['2024-10-12', '国庆节']]),
      makeupWorkdays: new Map([['2024-10-12', '国庆节']]),
    };
    expect(validateCalendar(calendar)).toEqual([expect.objectContaining({ code: 'HOLIDAY_AND_MAKEUP_WORKDAY', severity: 'error', date: '2024-10-12' })]);
  });

  it('reports malformed dates, blank names and make-up days that change nothing', () => {
    const problems = validateCalendar({
      holidays: new Map([
        ['2024-02-30', '春节'],
        ['2024-02-12', ' '],
      ]),
      makeupWorkdays: new Map([['2024-02-19', '春节']]), // a Monday
    });
    expect(problems.map((p) => [p.date, p.code, p.severity])).toEqual([
      ['2024-02-12', 'MISSING_NAME', 'error'],
      ['2024-02-19', 'MAKEUP_WORKDAY_ON_WEEKDAY', 'warning'],
      ['2024-02-30', 'INVALID_DATE', 'error'],
    ]);
    expect(problems.every((p) => p.message.length > 0)).toBe(true);
  });

  it('reports rows listed twice and clashes between rows of different kinds', () => {
    const problems = validateCalendarEntries([
      { date: '2025-01-01', kind: 'HOLIDAY', name: '元旦' },
      { date: '2025-01-01', kind: 'HOLIDAY', name: '元旦' },
      { date: '2025-02-08', kind: 'MAKEUP_WORKDAY', name: '春节' },
      { date: '2025-02-08', kind: 'HOLIDAY', name: '春节' },
    ]);
    expect(problems.map((p) => [p.date, p.code])).toEqual([
      ['2025-01-01', 'DUPLICATE_DATE'],
      ['2025-02-08', 'HOLIDAY_AND_MAKEUP_WORKDAY'],
    ]);
  });

  it('calendarFromEntries splits rows by kind', () => {
    const calendar = calendarFromEntries([
      { date: '2025-10-06', kind: 'HOLIDAY', name: '中秋节' },
      { date: '2025-10-11', kind: 'MAKEUP_WORKDAY', name: '国庆节' },
    ]);
    expect([...calendar.holidays]).toEqual([['2025-10-06', '中秋节']]);
    expect([...calendar.makeupWorkdays]).toEqual([['2025-10-11', '国庆节']]);
  });
});
