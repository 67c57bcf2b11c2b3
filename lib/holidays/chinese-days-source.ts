// The package's documented JSON data (README: "提供了中国节假日的 JSON 文件"), read directly rather
// than through its functions: those parse `YYYY-MM-DD` as UTC but format and take the weekday in
// the process's local zone, which shifts dates by one on servers west of UTC.
import rawData from 'chinese-days/dist/chinese-days.json';
import { z } from 'zod';

import type { CalendarEntry } from '@/lib/domain/calendar';

/** Years the seed covers; the admin adds later years from each State Council notice. */
export const CHINESE_DAYS_FIRST_YEAR = 2021;
export const CHINESE_DAYS_LAST_YEAR = 2026;

// Values look like "Spring Festival,春节,4": English name, Chinese name, length of the break.
const dataSchema = z.object({
  holidays: z.record(z.string(), z.string()),
  workdays: z.record(z.string(), z.string()),
});

// The package uses colloquial short names; the State Council notices say 清明节, 端午节, 中秋节.
const OFFICIAL_NAMES: Readonly<Record<string, string>> = {
  清明: '清明节',
  端午: '端午节',
  中秋: '中秋节',
};

export type ChineseDaysOptions = {
  /** First calendar year to include (default 2021). */
  readonly fromYear?: number;
  /** Last calendar year to include (default 2026). */
  readonly toYear?: number;
};

/**
 * Statutory holidays (days off, including weekend days inside a break) and make-up working days
 * (调休上班日) from the `chinese-days` package, sorted by date. Years are those of the dates
 * themselves, so 2022-12-31 (the 2023 New Year break) belongs to 2022.
 * Used to seed the Holiday table; at run time that table, not this package, is the source of truth.
 * @throws Error if the package data does not have the expected shape.
 */
export function chineseDaysHolidayEntries(options: ChineseDaysOptions = {}): CalendarEntry[] {
  const { fromYear = CHINESE_DAYS_FIRST_YEAR, toYear = CHINESE_DAYS_LAST_YEAR } = options;
  const data = dataSchema.parse(rawData);
  const inRange = (date: string): boolean => {
    const year = Number(date.slice(0, 4));
    return year >= fromYear && year <= toYear;
  };
  const entries: CalendarEntry[] = [];
  for (const [date, value] of Object.entries(data.holidays)) {
    if (inRange(date)) entries.push({ date, kind: 'HOLIDAY', name: chineseName(date, value) });
  }
  for (const [date, value] of Object.entries(data.workdays)) {
    if (inRange(date)) entries.push({ date, kind: 'MAKEUP_WORKDAY', name: chineseName(date, value) });
  }
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function chineseName(date: string, value: string): string {
  const name = value.split(',')[1]?.trim();
  if (name === undefined || name === '') {
    throw new Error(`chinese-days: no Chinese holiday name for ${date} in "${value}"`);
  }
  return OFFICIAL_NAMES[name] ?? name;
}
