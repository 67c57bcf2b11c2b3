import { describe, expect, it } from 'vitest';

import { addDays, daysBetween } from './date-string';
import { workingDaysBetween } from './deadline-status';
import { addCalendarDays, addWorkingDays } from './periods';
import { NOTICE_CALENDAR as calendar } from './state-council-notices.fixture';
import { EMPTY_CALENDAR, isWorkingDay } from './working-calendar';

// Every expected due date below was counted by hand on a paper calendar from the notices.
const dueAfter = (start: string, days: number): string => addWorkingDays({ start, days, calendar }).due;
const skippedDates = (start: string, days: number): string[] => addWorkingDays({ start, days, calendar }).explanation.skippedDays.map((d) => d.date);

describe('addWorkingDays: the trigger day is not counted', () => {
  it('counts from the next day', () => {
    expect(dueAfter('2024-03-04', 1)).toBe('2024-03-05'); // Mon → Tue
    expect(dueAfter('2024-03-08', 1)).toBe('2024-03-11'); // Fri → Mon
    expect(dueAfter('2024-03-09', 1)).toBe('2024-03-11'); // a Saturday event → Mon
    expect(dueAfter('2024-03-04', 3)).toBe('2024-03-07');
  });

  it('records the start and first counted day', () => {
    const { explanation } = addWorkingDays({ start: '2024-03-08', days: 1, calendar });
    expect(explanation).toMatchObject({ rule: 'WORKING_DAYS', start: '2024-03-08', firstCountedDay: '2024-03-09', days: 1 });
  });
});

describe('addWorkingDays around the 2024 Spring Festival (off Feb 10–17, work Sun Feb 4 and Sun Feb 18)', () => {
  it('7 working days from the day before 除夕', () => {
    // Feb 9 (1), Feb 10–17 off, Sun Feb 18 (2), Feb 19–23 (3–7)
    const { due, explanation } = addWorkingDays({ start: '2024-02-08', days: 7, calendar });
    expect(due).toBe('2024-02-23');
    expect(explanation.skippedDays).toHaveLength(8);
    expect(explanation.skippedDays.every((d) => d.reason === 'HOLIDAY' && d.label === '春节')).toBe(true);
    expect(explanation.skippedDays[0]?.date).toBe('2024-02-10');
    expect(explanation.countedMakeupWorkdays).toEqual([{ date: '2024-02-18', name: '春节' }]);
    expect(explanation.nominalEnd).toBe('2024-02-23');
  });

  it('7 working days starting inside the break', () => {
    // Feb 13–17 off, Feb 18 (1), Feb 19–23 (2–6), weekend, Feb 26 (7)
    expect(dueAfter('2024-02-12', 7)).toBe('2024-02-26');
    expect(skippedDates('2024-02-12', 7)).toEqual(['2024-02-13', '2024-02-14', '2024-02-15', '2024-02-16', '2024-02-17', '2024-02-24', '2024-02-25']);
  });

  it('starting on a make-up working day: that day is not counted either', () => {
    // Sun Feb 4 is the event; Feb 5–9 (1–5), Feb 10–17 off, Feb 18 (6), Feb 19 (7)
    const { due, explanation } = addWorkingDays({ start: '2024-02-04', days: 7, calendar });
    expect(due).toBe('2024-02-19');
    expect(explanation.countedMakeupWorkdays.map((d) => d.date)).toEqual(['2024-02-18']);
    expect(dueAfter('2024-02-18', 3)).toBe('2024-02-21');
  });

  it('20 working days across the break', () => {
    // Jan 29 (Mon) … : Jan 30–Feb 2 (1–4), Feb 4 (5), Feb 5–9 (6–10), Feb 18 (11), Feb 19–23 (12–16), Feb 26–29 (17–20)
    expect(dueAfter('2024-01-29', 20)).toBe('2024-02-29');
  });
});

describe('addWorkingDays around the 2024 National Day (off Oct 1–7, work Sun Sep 29 and Sat Oct 12)', () => {
  it('3 working days from the last day before the break', () => {
    expect(dueAfter('2024-09-30', 3)).toBe('2024-10-10');
  });

  it('20 working days counting both make-up days', () => {
    // Sep 23–27 (1–5), Sep 29 (6), Sep 30 (7), Oct 8–11 (8–11), Oct 12 (12), Oct 14–18 (13–17), Oct 21–23 (18–20)
    const { due, explanation } = addWorkingDays({ start: '2024-09-20', days: 20, calendar });
    expect(due).toBe('2024-10-23');
    expect(explanation.countedMakeupWorkdays.map((d) => d.date)).toEqual(['2024-09-29', '2024-10-12']);
    const weekends = explanation.skippedDays.filter((d) => d.reason === 'WEEKEND').map((d) => d.date);
    expect(weekends).toEqual(['2024-09-21', '2024-09-22', '2024-09-28', '2024-10-13', '2024-10-19', '2024-10-20']);
    expect(explanation.skippedDays.filter((d) => d.reason === 'HOLIDAY')).toHaveLength(7);
  });

  it('a Saturday make-up day can itself be the due date', () => {
    // Oct 8–11 (1–4), Sat Oct 12 (5)
    expect(dueAfter('2024-10-07', 5)).toBe('2024-10-12');
  });

  it('3 working days from the Friday before a make-up Saturday (Labour Day 2024, work Sat May 11)', () => {
    expect(dueAfter('2024-05-10', 3)).toBe('2024-05-14');
  });
});

describe('addWorkingDays in 2025 (Spring Festival off Jan 28–Feb 4; National Day + Mid-Autumn off Oct 1–8)', () => {
  it('20 working days across the Spring Festival', () => {
    // Jan 21–24 (1–4), Sun Jan 26 (5), Jan 27 (6), Feb 5–7 (7–9), Sat Feb 8 (10), Feb 10–14 (11–15), Feb 17–21 (16–20)
    const { due, explanation } = addWorkingDays({ start: '2025-01-20', days: 20, calendar });
    expect(due).toBe('2025-02-21');
    expect(explanation.countedMakeupWorkdays.map((d) => d.date)).toEqual(['2025-01-26', '2025-02-08']);
    expect(explanation.skippedDays.filter((d) => d.reason === 'HOLIDAY').map((d) => d.date)).toEqual([
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-02-02',
      '2025-02-03',
      '2025-02-04',
    ]);
  });

  it('7 working days from the day before the eight-day break', () => {
    // Oct 9–10 (1–2), Sat Oct 11 (3), Oct 13–16 (4–7)
    expect(dueAfter('2025-09-30', 7)).toBe('2025-10-16');
    expect(skippedDates('2025-09-30', 7)).toContain('2025-10-08');
  });

  it('3 working days from the make-up Sunday Sep 28', () => {
    // Sep 29 (1), Sep 30 (2), Oct 1–8 off, Oct 9 (3)
    expect(dueAfter('2025-09-28', 3)).toBe('2025-10-09');
  });

  it('7 working days from inside the Spring Festival break', () => {
    // Feb 2 (Sun, holiday) → Feb 3–4 off, Feb 5–7 (1–3), Sat Feb 8 (4), Feb 10–12 (5–7)
    expect(dueAfter('2025-02-02', 7)).toBe('2025-02-12');
  });
});

describe('addWorkingDays across year boundaries', () => {
  it('2024 → 2025 over New Year', () => {
    // Dec 30 (1), Dec 31 (2), Jan 1 off, Jan 2 (3)
    expect(dueAfter('2024-12-27', 3)).toBe('2025-01-02');
  });

  it('2025 → 2026 over New Year (off Jan 1–3, work Sun Jan 4)', () => {
    // Jan 4 (1), Jan 5–9 (2–6), Jan 12 (7)
    expect(dueAfter('2025-12-31', 7)).toBe('2026-01-12');
  });

  it('plain weekdays without a calendar', () => {
    expect(addWorkingDays({ start: '2024-12-31', days: 1, calendar: EMPTY_CALENDAR }).due).toBe('2025-01-01');
  });
});

describe('addWorkingDays input checks', () => {
  it.each([0, -1, 1.5, Number.NaN])('refuses days = %s', (days) => {
    expect(() => addWorkingDays({ start: '2024-01-02', days, calendar })).toThrow(RangeError);
  });

  it('refuses a malformed start', () => {
    expect(() => addWorkingDays({ start: '2024/01/02', days: 1, calendar })).toThrow(/start/);
  });

  it('stops instead of looping forever on a calendar without working days', () => {
    const holidays = new Map<string, string>();
    for (let d = '2024-01-01'; d <= '2026-12-31'; d = addDays(d, 1)) holidays.set(d, '错误');
    expect(() => addWorkingDays({ start: '2024-01-01', days: 1, calendar: { holidays, makeupWorkdays: new Map() } })).toThrow(/no working day/);
  });
});

describe('addWorkingDays agrees with workingDaysBetween', () => {
  it('for every start in 2024–2025 and periods of 1, 3, 5, 7, 20 working days', () => {
    for (let start = '2024-01-01'; start <= '2025-12-31'; start = addDays(start, 1)) {
      for (const days of [1, 3, 5, 7, 20]) {
        const { due, explanation } = addWorkingDays({ start, days, calendar });
        expect(isWorkingDay(due, calendar)).toBe(true);
        expect(workingDaysBetween({ from: start, to: due, calendar })).toBe(days);
        expect(workingDaysBetween({ from: start, to: addDays(due, -1), calendar })).toBe(days - 1);
        // every day after the start up to the due date is either counted or listed as skipped
        expect(explanation.skippedDays.length + days).toBe(daysBetween(start, due));
      }
    }
  });
});

describe('addCalendarDays', () => {
  it('90 days ending on National Day 2024 runs to the first working day after the break', () => {
    const { due, explanation } = addCalendarDays({ start: '2024-07-03', days: 90, calendar });
    expect(due).toBe('2024-10-08');
    expect(explanation).toMatchObject({ rule: 'CALENDAR_DAYS', nominalEnd: '2024-10-01', firstCountedDay: '2024-07-04' });
    expect(explanation.skippedDays.map((d) => d.date)).toEqual(['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-05', '2024-10-06', '2024-10-07']);
  });

  it('90 days ending on the first day of the 2025 Spring Festival', () => {
    expect(addCalendarDays({ start: '2024-10-30', days: 90, calendar }).due).toBe('2025-02-05');
  });

  it('90 days ending inside the 2025 National Day + Mid-Autumn break', () => {
    // 2025-07-08 + 90 = 2025-10-06 (中秋节 in the fixture's combined break) → Oct 9
    const { due, explanation } = addCalendarDays({ start: '2025-07-08', days: 90, calendar });
    expect(explanation.nominalEnd).toBe('2025-10-06');
    expect(due).toBe('2025-10-09');
  });

  it('a nominal end on a make-up Sunday stands', () => {
    const { due, explanation } = addCalendarDays({ start: '2024-10-28', days: 90, calendar });
    expect(due).toBe('2025-01-26');
    expect(explanation.skippedDays).toEqual([]);
    expect(explanation.countedMakeupWorkdays).toEqual([{ date: '2025-01-26', name: '春节' }]);
  });

  it('a nominal end on an ordinary weekend moves to Monday; a weekday end stays', () => {
    expect(addCalendarDays({ start: '2024-03-01', days: 15, calendar }).due).toBe('2024-03-18');
    expect(addCalendarDays({ start: '2024-03-04', days: 15, calendar }).due).toBe('2024-03-19');
  });

  it('counts leap days and crosses the year', () => {
    expect(addCalendarDays({ start: '2023-12-01', days: 90, calendar: EMPTY_CALENDAR }).due).toBe('2024-02-29');
    expect(addCalendarDays({ start: '2024-12-17', days: 15, calendar }).due).toBe('2025-01-02');
  });

  it('refuses a non-positive period', () => {
    expect(() => addCalendarDays({ start: '2024-03-01', days: 0, calendar })).toThrow(RangeError);
  });
});
