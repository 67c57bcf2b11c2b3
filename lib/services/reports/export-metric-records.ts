import 'server-only';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { tableToXlsx } from '@/lib/export/xlsx-table';
import { messages } from '@/lib/i18n/messages';
import type { MetricDef } from '@/lib/queries/metrics/registry';

const t = messages.dashboard.records;

// A dashboard figure's records (exactly those it counts) as an xlsx: the row count, or for a sum
// the amount column's total, is the figure.
export async function exportMetricRecords(db: Db, actor: Actor, options: { def: MetricDef; year: number }): Promise<Uint8Array> {
  assertCan(actor, 'dashboard.view');
  const { def, year } = options;
  const records = await def.records(db, year);
  const columns = [
    { header: t.index, width: 6 },
    { header: t.name, width: 48 },
    { header: t.date, width: 12 },
  ];
  return tableToXlsx({
    title: `${t.heading(def.label, year)}（${t.source}：${def.source}）`,
    columns: def.kind === 'sum' ? [...columns, { header: t.amount, width: 12 }] : columns,
    rows: records.map((r, i) => (def.kind === 'sum' ? [i + 1, r.title, r.date, r.amount ?? 0] : [i + 1, r.title, r.date])),
  });
}
