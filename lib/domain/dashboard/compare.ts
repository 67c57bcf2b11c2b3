// A figure against the previous year's: the change and how to say it.

export type Comparison = { value: number; previous: number; delta: number; percent: number | null; direction: 'up' | 'down' | 'same' };

export function compareYears(value: number, previous: number): Comparison {
  const delta = value - previous;
  return {
    value,
    previous,
    delta,
    percent: previous === 0 ? null : Math.round((delta / previous) * 1000) / 10,
    direction: delta > 0 ? 'up' : delta < 0 ? 'down' : 'same',
  };
}

/** e.g. "比上年增加 12（+3.4%）", "与上年持平", "比上年减少 2". */
export function describeComparison(c: Comparison): string {
  if (c.direction === 'same') return '与上年持平';
  const verb = c.direction === 'up' ? '增加' : '减少';
  const percent = c.percent === null ? '' : `（${c.percent > 0 ? '+' : ''}${c.percent}%）`;
  return `比上年${verb} ${Math.abs(c.delta).toLocaleString('zh-CN')}${percent}`;
}

/** Share as a percentage with one decimal, or null when there is nothing to divide by. */
export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}
