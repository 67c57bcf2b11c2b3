import { afterEach, describe, expect, it } from 'vitest';

import { addDays, assertIsoDate, dayOfWeek, daysBetween, isIsoDate, isWeekend, toShanghaiDate } from './date-string';

describe('isIsoDate', () => {
  it('accepts real dates only, written YYYY-MM-DD', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-02-30')).toBe(false);
    expect(isIsoDate('2024-2-9')).toBe(false);
    expect(isIsoDate('2024-02-09T00:00:00Z')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });

  it('assertIsoDate names the offending argument', () => {
    expect(() => assertIsoDate('2024-13-01', 'due')).toThrow(/due must be a calendar date/);
  });
});

describe('toShanghaiDate', () => {
  it('converts an instant to the calendar date in UTC+8', () => {
    expect(toShanghaiDate(new Date('2024-02-09T15:59:59Z'))).toBe('2024-02-09');
    expect(toShanghaiDate(new Date('2024-02-09T16:00:00Z'))).toBe('2024-02-10');
    expect(toShanghaiDate(new Date('2024-12-31T16:00:00Z'))).toBe('2025-01-01');
  });

  it('rejects an invalid Date', () => {
    expect(() => toShanghaiDate(new Date('nope'))).toThrow(RangeError);
  });
});

describe('date arithmetic', () => {
  it('adds days across month, leap-day and year boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(daysBetween('2024-07-03', '2024-10-01')).toBe(90);
    expect(daysBetween('2024-10-01', '2024-07-03')).toBe(-90);
  });

  it('knows the weekday', () => {
    expect(dayOfWeek('2024-02-18')).toBe(0); // a Sunday make-up working day
    expect(dayOfWeek('2025-10-11')).toBe(6);
    expect(isWeekend('2024-10-12')).toBe(true);
    expect(isWeekend('2024-10-08')).toBe(false);
  });

  it('rejects malformed input instead of producing NaN dates', () => {
    expect(() => addDays('2024-02-30', 1)).toThrow(RangeError);
  });
});

describe('time-zone independence', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it.each(['America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati'])('gives the same answers in %s', (zone) => {
    process.env.TZ = zone;
    expect(addDays('2024-03-09', 1)).toBe('2024-03-10'); // US DST starts 2024-03-10
    expect(addDays('2024-11-02', 2)).toBe('2024-11-04'); // and ends 2024-11-03
    expect(dayOfWeek('2024-03-10')).toBe(0);
    expect(toShanghaiDate(new Date('2024-03-10T20:00:00Z'))).toBe('2024-03-11');
  });
});
