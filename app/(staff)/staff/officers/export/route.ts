import { currentActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { can } from '@/lib/domain/auth/permissions';
import { toShanghaiDate } from '@/lib/domain/calendar/date-string';
import { messages } from '@/lib/i18n/messages';
import { exportOfficerRegistry } from '@/lib/services/officers/export-officer-registry';
import { xlsxResponse } from './xlsx-response';

// The registry as an xlsx download, for any signed-in staff member (roles re-read from the database).
export async function GET() {
  const actor = await currentActor();
  if (!actor) return new Response(messages.errors.unauthenticated, { status: 401 });
  if (!can(actor.roles, 'staff.access')) return new Response(messages.errors.forbidden, { status: 403 });
  const now = new Date();
  return xlsxResponse(await exportOfficerRegistry(getDb(), actor, now), { fileName: `执法人员名册-${toShanghaiDate(now)}.xlsx`, asciiName: 'officers.xlsx' });
}
