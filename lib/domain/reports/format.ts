// Chinese number formatting for report figures: "365条", "1.5万余份", "全部29家".

// A count as the report prints it: digits, then the unit (measure word).
export function formatCount(value: number, unit: string): string {
  return `${Math.trunc(value)}${unit}`;
}

// Large amounts in 万 with one decimal, rounded down, and 余 when something is left over:
// 15,100 → "1.5万余"; 15,000 → "1.5万"; 9,800 → "9800" (below 10,000 the exact figure).
export function formatWanApprox(value: number, unit: string): string {
  const whole = Math.trunc(value);
  if (whole < 10_000) return `${whole}${unit}`;
  const tenths = Math.floor(whole / 1_000);
  const shown = tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1);
  const rest = whole - tenths * 1_000;
  return `${shown}万${rest > 0 ? '余' : ''}${unit}`;
}

export const FIGURE_FORMATS = ['count', 'wan'] as const;
export type FigureFormat = (typeof FIGURE_FORMATS)[number];

export function formatFigure(value: number, unit: string, format: FigureFormat = 'count'): string {
  return format === 'wan' ? formatWanApprox(value, unit) : formatCount(value, unit);
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

// Chinese numerals for ordinals of headings (一、二、… 九十九), as government documents number them.
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`numeral out of range: ${n}`);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

// "（一）", "（二）"… for second-level headings.
export const subHeadingNumber = (n: number): string => `（${chineseNumeral(n)}）`;
