import { currentActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { can } from '@/lib/domain/auth/permissions';
import { messages } from '@/lib/i18n/messages';
import { reportYearSchema } from '@/lib/schemas/reports';
import { exportStatistics, statisticsTitle } from '@/lib/services/reports/export-statistics';
import { xlsxResponse } from '../../../../officers/export/xlsx-response';

// The year's statistics as xlsx: the disclosure annual report's tables in their prescribed layout
// and the enforcement statistics (report.edit, from the database).
export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }) {
  const actor = await currentActor();
  if (!actor) return new Response(messages.errors.unauthenticated, { status: 401 });
  if (!can(actor.roles, 'report.edit')) return new Response(messages.errors.forbidden, { status: 403 });
  const year = reportYearSchema.safeParse((await params).year);
  if (!year.success) return new Response('年度无效', { status: 400 });
  const bytes = await exportStatistics(getDb(), actor, { year: year.data });
  return xlsxResponse(bytes, { fileName: `${statisticsTitle(year.data)}.xlsx`, asciiName: `statistics-${year.data}.xlsx` });
}
