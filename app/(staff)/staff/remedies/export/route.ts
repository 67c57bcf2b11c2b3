import { currentActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { can } from '@/lib/domain/auth/permissions';
import { messages } from '@/lib/i18n/messages';
import { reportYearSchema } from '@/lib/schemas/reports';
import { exportRemedies, remediesTitle } from '@/lib/services/remedies/export-remedies';
import { xlsxResponse } from '../../officers/export/xlsx-response';

// The year's reconsideration and litigation register as xlsx (legalAffairs.manage, from the database).
export async function GET(request: Request) {
  const actor = await currentActor();
  if (!actor) return new Response(messages.errors.unauthenticated, { status: 401 });
  if (!can(actor.roles, 'legalAffairs.manage')) return new Response(messages.errors.forbidden, { status: 403 });
  const year = reportYearSchema.safeParse(new URL(request.url).searchParams.get('year'));
  if (!year.success) return new Response('年度无效', { status: 400 });
  const bytes = await exportRemedies(getDb(), actor, { year: year.data });
  return xlsxResponse(bytes, { fileName: `${remediesTitle(year.data)}.xlsx`, asciiName: `remedies-${year.data}.xlsx` });
}
