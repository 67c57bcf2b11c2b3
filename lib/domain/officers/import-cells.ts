import { isIsoDate, type IsoDate } from '@/lib/domain/calendar/date-string';

// A spreadsheet cell reduced to a plain value (the xlsx reader flattens rich text, formulas and
// hyperlinks before the rules see it).
export type CellValue = string | number | boolean | Date | null;

export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? '是' : '否';
  return String(value).trim();
}

// Excel stores dates as days since 1899-12-30; a spreadsheet cell read as a Date is a UTC midnight.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DATE_PATTERNS = [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/, /^(\d{4})年(\d{1,2})月(\d{1,2})日$/];

export function cellDate(value: CellValue): IsoDate | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 1 || value > 100_000) return null;
    return new Date(EXCEL_EPOCH_MS + value * 86_400_000).toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  for (const pattern of DATE_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const iso = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
    return isIsoDate(iso) ? iso : null;
  }
  return null;
}

const YES = new Set(['是', 'Y', 'YES', 'TRUE', '1', '√']);
const NO = new Set(['否', 'N', 'NO', 'FALSE', '0', '×']);

export function cellYesNo(value: CellValue): boolean | null {
  if (typeof value === 'boolean') return value;
  const text = cellText(value).toUpperCase();
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return null;
}
