import { describe, expect, it } from 'vitest';

import { deadlineStatus, workingDaysBetween } from './deadline-status';
import { NOTICE_CALENDAR as calendar } from './state-council-notices.fixture';

describe('workingDaysBetween', () => {
  it('counts working days after `from` up to and including `to`', () => {
    expect(workingDaysBetween({ from: '2024-02-08', to: '2024-02-23', calendar })).toBe(7);
    expect(workingDaysBetween({ from: '2024-09-30', to: '2024-10-08', calendar })).toBe(1);
    expect(workingDaysBetween({ from: '2024-10-11', to: '2024-10-12', calendar })).toBe(1); // make-up Saturday
  });

  it('is 0 for the same day and for a span of rest days only', () => {
    expect(workingDaysBetween({ from: '2024-03-05', to: '2024-03-05', calendar })).toBe(0);
    expect(workingDaysBetween({ from: '2024-03-08', to: '2024-03-10', calendar })).toBe(0); // Fri → Sun
    expect(workingDaysBetween({ from: '2025-09-30', to: '2025-10-08', calendar })).toBe(0); // whole break
  });

  it('is negative, with the same magnitude, when `to` is before `from`', () => {
    expect(workingDaysBetween({ from: '2024-02-23', to: '2024-02-08', calendar })).toBe(-7);
  });

  it('crosses the year', () => {
    expect(workingDaysBetween({ from: '2024-12-27', to: '2025-01-02', calendar })).toBe(3);
  });
});

describe('deadlineStatus', () => {
  const due = '2024-10-10'; // 3 working days after 2024-09-30

  it('is due-soon when the remaining working days are within the warning window', () => {
    expect(deadlineStatus({ due, today: '2024-09-30', calendar, warnWithinWorkingDays: 3 })).toEqual({
      status: 'due-soon',
      remainingWorkingDays: 3,
    });
  });

  it('is ok when more working days remain, although the calendar gap is long', () => {
    expect(deadlineStatus({ due, today: '2024-09-30', calendar, warnWithinWorkingDays: 2 })).toEqual({
      status: 'ok',
      remainingWorkingDays: 3,
    });
  });

  it('is due-soon with 0 remaining on the due day, even with no warning window', () => {
    expect(deadlineStatus({ due, today: due, calendar, warnWithinWorkingDays: 0 })).toEqual({
      status: 'due-soon',
      remainingWorkingDays: 0,
    });
  });

  it('is overdue the day after, counting elapsed working days negatively', () => {
    expect(deadlineStatus({ due, today: '2024-10-11', calendar, warnWithinWorkingDays: 3 })).toEqual({
      status: 'overdue',
      remainingWorkingDays: -1,
    });
    expect(deadlineStatus({ due, today: '2024-10-12', calendar, warnWithinWorkingDays: 3 }).remainingWorkingDays).toBe(-2);
  });

  it('is overdue on the weekend after a Friday due date, with 0 working days elapsed', () => {
    expect(deadlineStatus({ due: '2024-03-08', today: '2024-03-09', calendar, warnWithinWorkingDays: 3 })).toEqual({
      status: 'overdue',
      remainingWorkingDays: 0,
    });
  });

  it('refuses a negative or fractional warning window', () => {
    expect(() => deadlineStatus({ due, today: due, calendar, warnWithinWorkingDays: -1 })).toThrow(RangeError);
    expect(() => deadlineStatus({ due, today: due, calendar, warnWithinWorkingDays: 0.5 })).toThrow(RangeError);
  });
});
