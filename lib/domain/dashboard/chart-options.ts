// ECharts options for the dashboard's charts, as plain data (no chart library imported here):
// this year against the previous one, one bar pair per category.

export type YearSeries = { year: number; values: readonly number[] };

const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
const COLOURS = ['#9f1239', '#a8a29e'];

export function comparisonBarOption(input: { categories: readonly string[]; current: YearSeries; previous: YearSeries; horizontal?: boolean }) {
  const horizontal = input.horizontal ?? input.categories.length > 5;
  const categoryAxis = { type: 'category', data: [...input.categories], axisLabel: { interval: 0, fontSize: 12 }, ...(horizontal ? { inverse: true } : {}) };
  const valueAxis = { type: 'value', minInterval: 1 };
  const series = [input.current, input.previous].map((s, i) => ({
    name: `${s.year}年`,
    type: 'bar',
    data: [...s.values],
    itemStyle: { color: COLOURS[i] },
    label: { show: true, position: horizontal ? 'right' : 'top', fontSize: 11 },
  }));
  return {
    animation: false,
    textStyle: { fontFamily: FONT },
    legend: { top: 0, data: series.map((s) => s.name) },
    grid: { left: horizontal ? 130 : 40, right: 40, top: 36, bottom: horizontal ? 24 : 40, containLabel: false },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series,
  };
}

/** Height that fits the bars: horizontal charts grow with their categories. */
export function chartHeight(categories: number, horizontal: boolean): number {
  return horizontal ? Math.max(160, 60 + categories * 44) : 280;
}
