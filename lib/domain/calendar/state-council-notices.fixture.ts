// Test fixture, typed in by hand from the State Council General Office notices on the holiday
// arrangements for 2024 (issued October 2023), 2025 (November 2024, the first year with the extra
// Spring Festival and Labour Day days) and the New Year part of 2026, so tests never check the
// chinese-days package against itself.
import { addDays, type IsoDate } from './date-string';
import { calendarFromEntries, type CalendarEntry, type WorkingCalendar } from './working-calendar';

type Break = { name: string; from: IsoDate; to: IsoDate; makeup: readonly IsoDate[] };

export const NOTICE_BREAKS: Readonly<Record<2024 | 2025 | 2026, readonly Break[]>> = {
  2024: [
    { name: '元旦', from: '2024-01-01', to: '2024-01-01', makeup: [] },
    { name: '春节', from: '2024-02-10', to: '2024-02-17', makeup: ['2024-02-04', '2024-02-18'] },
    { name: '清明节', from: '2024-04-04', to: '2024-04-06', makeup: ['2024-04-07'] },
    { name: '劳动节', from: '2024-05-01', to: '2024-05-05', makeup: ['2024-04-28', '2024-05-11'] },
    { name: '端午节', from: '2024-06-10', to: '2024-06-10', makeup: [] },
    { name: '中秋节', from: '2024-09-15', to: '2024-09-17', makeup: ['2024-09-14'] },
    { name: '国庆节', from: '2024-10-01', to: '2024-10-07', makeup: ['2024-09-29', '2024-10-12'] },
  ],
  2025: [
    { name: '元旦', from: '2025-01-01', to: '2025-01-01', makeup: [] },
    { name: '春节', from: '2025-01-28', to: '2025-02-04', makeup: ['2025-01-26', '2025-02-08'] },
    { name: '清明节', from: '2025-04-04', to: '2025-04-06', makeup: [] },
    { name: '劳动节', from: '2025-05-01', to: '2025-05-05', makeup: ['2025-04-27'] },
    { name: '端午节', from: '2025-05-31', to: '2025-06-02', makeup: [] },
    { name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08', makeup: ['2025-09-28', '2025-10-11'] },
  ],
  2026: [{ name: '元旦', from: '2026-01-01', to: '2026-01-03', makeup: ['2026-01-04'] }],
};

export function noticeEntries(years: readonly (2024 | 2025 | 2026)[]): CalendarEntry[] {
  const entries: CalendarEntry[] = [];
  for (const year of years) {
    for (const { name, from, to, makeup } of NOTICE_BREAKS[year]) {
      for (let date = from; date <= to; date = addDays(date, 1)) entries.push({ date, kind: 'HOLIDAY', name });
      for (const date of makeup) entries.push({ date, kind: 'MAKEUP_WORKDAY', name });
    }
  }
  return entries;
}

/** 2024, 2025 and New Year 2026 as announced. */
export const NOTICE_CALENDAR: WorkingCalendar = calendarFromEntries(noticeEntries([2024, 2025, 2026]));
