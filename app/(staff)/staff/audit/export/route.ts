import { currentActor } from '@/lib/auth/current-actor';
import { can } from '@/lib/domain/auth/permissions';
import { toShanghaiDate } from '@/lib/domain/calendar/date-string';
import { messages } from '@/lib/i18n/messages';
import { auditWorkbook } from '@/lib/queries/audit/audit-workbook';
import { exportAuditEvents } from '@/lib/queries/audit/search-audit-events';
import { xlsxResponse } from '../../officers/export/xlsx-response';
import { filtersFrom } from '../filters';

// The filtered audit log as an xlsx download (audit.view, re-read from the database).
export async function GET(request: Request) {
  const actor = await currentActor();
  if (!actor) return new Response(messages.errors.unauthenticated, { status: 401 });
  if (!can(actor.roles, 'audit.view')) return new Response(messages.errors.forbidden, { status: 403 });
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const rows = await exportAuditEvents(filtersFrom(params));
  return xlsxResponse(await auditWorkbook(rows), { fileName: `审计日志-${toShanghaiDate(new Date())}.xlsx`, asciiName: 'audit-log.xlsx' });
}
