import { currentActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { can } from '@/lib/domain/auth/permissions';
import { messages } from '@/lib/i18n/messages';
import { METRICS } from '@/lib/queries/metrics/registry';
import { reportYearSchema } from '@/lib/schemas/reports';
import { exportMetricRecords } from '@/lib/services/reports/export-metric-records';
import { xlsxResponse } from '../../../officers/export/xlsx-response';

// The records behind one dashboard figure as xlsx (dashboard.view, from the database).
export async function GET(request: Request) {
  const actor = await currentActor();
  if (!actor) return new Response(messages.errors.unauthenticated, { status: 401 });
  if (!can(actor.roles, 'dashboard.view')) return new Response(messages.errors.forbidden, { status: 403 });
  const params = new URL(request.url).searchParams;
  const def = METRICS[params.get('metric') ?? ''];
  const year = reportYearSchema.safeParse(params.get('year'));
  if (!def || !year.success) return new Response('指标或年度无效', { status: 400 });
  const bytes = await exportMetricRecords(getDb(), actor, { def, year: year.data });
  return xlsxResponse(bytes, { fileName: `${def.label}（${year.data}年）.xlsx`, asciiName: `records-${def.key}-${year.data}.xlsx` });
}
