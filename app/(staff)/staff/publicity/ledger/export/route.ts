import { currentActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { can } from '@/lib/domain/auth/permissions';
import { messages } from '@/lib/i18n/messages';
import { yearSchema } from '@/lib/schemas/publicity';
import { exportPublicityLedger, ledgerTitle } from '@/lib/services/publicity/export-ledger';
import { xlsxResponse } from '../../../officers/export/xlsx-response';

// The year's ledger as a printable xlsx, for any signed-in staff member.
export async function GET(request: Request) {
  const actor = await currentActor();
  if (!actor) return new Response(messages.errors.unauthenticated, { status: 401 });
  if (!can(actor.roles, 'staff.access')) return new Response(messages.errors.forbidden, { status: 403 });
  const year = yearSchema.safeParse(new URL(request.url).searchParams.get('year'));
  if (!year.success) return new Response('年度无效', { status: 400 });
  const bytes = await exportPublicityLedger(getDb(), actor, { year: year.data });
  return xlsxResponse(bytes, { fileName: `${ledgerTitle(year.data)}.xlsx`, asciiName: `publicity-ledger-${year.data}.xlsx` });
}
