import 'server-only';
import * as echarts from 'echarts';
import Link from 'next/link';
import { chartHeight, comparisonBarOption } from '@/lib/domain/dashboard/chart-options';
import { messages } from '@/lib/i18n/messages';

export type ChartRow = { label: string; current: number; previous: number; currentHref: string; previousHref: string };

const t = messages.dashboard.chart;

// Rendered to SVG on the server (ECharts SSR): no chart JavaScript reaches the browser. The table
// after it holds the same numbers, each a link to the records it counts.
function renderSvg(rows: readonly ChartRow[], year: number): string {
  const horizontal = rows.length > 5;
  const height = chartHeight(rows.length, horizontal);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 640, height });
  try {
    chart.setOption(
      comparisonBarOption({
        categories: rows.map((r) => r.label),
        current: { year, values: rows.map((r) => r.current) },
        previous: { year: year - 1, values: rows.map((r) => r.previous) },
        horizontal,
      }),
    );
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

export function ComparisonChart({ id, title, rows, year }: { id: string; title: string; rows: readonly ChartRow[]; year: number }) {
  const svg = renderSvg(rows, year);
  return (
    <figure className="space-y-2" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="text-sm font-semibold">
        {title}
      </figcaption>
      <div role="img" aria-label={t.imageLabel(title, year)} className="max-w-full overflow-x-auto [&_svg]:h-auto [&_svg]:max-w-full" dangerouslySetInnerHTML={{ __html: svg }} />
      <details className="text-sm" open>
        <summary className="cursor-pointer text-brand-700">{t.tableView}</summary>
        <table className="mt-2 w-full text-left" data-testid={`chart-table-${id}`}>
          <caption className="sr-only">{t.tableCaption(title, year)}</caption>
          <thead>
            <tr className="border-b">
              <th scope="col" className="py-1">
                {t.category}
              </th>
              <th scope="col">{t.yearColumn(year)}</th>
              <th scope="col">{t.yearColumn(year - 1)}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label} className="border-b">
                <th scope="row" className="py-1 font-normal">
                  {row.label}
                </th>
                <td>
                  <Link className="text-brand-700 hover:underline" href={row.currentHref}>
                    {row.current.toLocaleString('zh-CN')}
                  </Link>
                </td>
                <td>
                  <Link className="text-stone-600 hover:underline" href={row.previousHref}>
                    {row.previous.toLocaleString('zh-CN')}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
