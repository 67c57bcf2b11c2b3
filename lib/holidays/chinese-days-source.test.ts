import { describe, expect, it } from 'vitest';

import { addWorkingDays, calendarFromEntries, validateCalendarEntries } from '@/lib/domain/calendar';
import { noticeEntries } from '@/lib/domain/calendar/state-council-notices.fixture';

import { chineseDaysHolidayEntries } from './chinese-days-source';

const entries = chineseDaysHolidayEntries();
const key = (e: { date: string; kind: string }): string => `${e.date} ${e.kind}`;
const ofYear = (year: number): string[] =>
  entries
    .filter((e) => e.date.startsWith(`${year}-`))
    .map(key)
    .sort();
const dates = (kind: 'HOLIDAY' | 'MAKEUP_WORKDAY', prefix: string): string[] => entries.filter((e) => e.kind === kind && e.date.startsWith(prefix)).map((e) => e.date);

describe('chineseDaysHolidayEntries', () => {
  it.each([2024, 2025])('matches the State Council notice for %i day by day', (year) => {
    const expected = noticeEntries([year as 2024 | 2025])
      .map(key)
      .sort();
    expect(ofYear(year)).toEqual(expected);
  });

  it('uses the official Chinese names', () => {
    const nameOf = (date: string): string | undefined => entries.find((e) => e.date === date)?.name;
    expect(nameOf('2024-02-10')).toBe('春节');
    expect(nameOf('2024-02-04')).toBe('春节'); // make-up day carries the break it belongs to
    expect(nameOf('2024-04-04')).toBe('清明节');
    expect(nameOf('2024-06-10')).toBe('端午节');
    expect(nameOf('2024-09-15')).toBe('中秋节');
    expect(nameOf('2024-10-01')).toBe('国庆节');
    expect(nameOf('2025-01-01')).toBe('元旦');
    expect(nameOf('2025-05-01')).toBe('劳动节');
    expect(nameOf('2025-10-06')).toBe('中秋节');
  });

  it('covers 2021–2026 and nothing else by default', () => {
    const years = new Set(entries.map((e) => Number(e.date.slice(0, 4))));
    expect([...years].sort()).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    for (const year of years) {
      expect(dates('HOLIDAY', `${year}-10-01`), `${year} National Day`).toHaveLength(1);
      const names = new Set(entries.filter((e) => e.kind === 'HOLIDAY' && e.date.startsWith(`${year}-`)).map((e) => e.name));
      expect([...names].sort(), `${year} festivals`).toEqual(['中秋节', '元旦', '劳动节', '国庆节', '春节', '清明节', '端午节'].sort());
    }
  });

  it('agrees with the other notices for spot-checked breaks', () => {
    // 2021: Spring Festival off Feb 11–17, work Sun Feb 7 and Sat Feb 20
    expect(dates('HOLIDAY', '2021-02')).toEqual(['2021-02-11', '2021-02-12', '2021-02-13', '2021-02-14', '2021-02-15', '2021-02-16', '2021-02-17']);
    expect(dates('MAKEUP_WORKDAY', '2021-02')).toEqual(['2021-02-07', '2021-02-20']);
    // 2023 New Year break began on Sat 2022-12-31; Spring Festival make-up Sat Jan 28 and Sun Jan 29
    expect(dates('HOLIDAY', '2022-12-31')).toEqual(['2022-12-31']);
    expect(dates('MAKEUP_WORKDAY', '2023-01')).toEqual(['2023-01-28', '2023-01-29']);
    // 2026: Spring Festival off Feb 15–23, work Sat Feb 14 and Sat Feb 28; New Year make-up Sun Jan 4
    expect(dates('HOLIDAY', '2026-02')).toHaveLength(9);
    expect([...dates('MAKEUP_WORKDAY', '2026-01'), ...dates('MAKEUP_WORKDAY', '2026-02')]).toEqual(['2026-01-04', '2026-02-14', '2026-02-28']);
  });

  it('is a valid calendar, sorted by date', () => {
    expect(validateCalendarEntries(entries)).toEqual([]);
    expect(entries.map((e) => e.date)).toEqual([...entries.map((e) => e.date)].sort());
  });

  it('honours a narrower year range', () => {
    const only2025 = chineseDaysHolidayEntries({ fromYear: 2025, toYear: 2025 });
    expect(only2025.length).toBeGreaterThan(0);
    expect(only2025.every((e) => e.date.startsWith('2025-'))).toBe(true);
  });

  it('gives the hand-counted due dates when used as the calendar', () => {
    const calendar = calendarFromEntries(entries);
    expect(addWorkingDays({ start: '2024-02-08', days: 7, calendar }).due).toBe('2024-02-23');
    expect(addWorkingDays({ start: '2025-01-20', days: 20, calendar }).due).toBe('2025-02-21');
  });
});
