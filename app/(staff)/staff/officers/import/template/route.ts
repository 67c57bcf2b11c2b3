import { currentActor } from '@/lib/auth/current-actor';
import { can } from '@/lib/domain/auth/permissions';
import { messages } from '@/lib/i18n/messages';
import { officerImportTemplate } from '@/lib/services/officers/export-officer-registry';
import { xlsxResponse } from '../../export/xlsx-response';

export async function GET() {
  const actor = await currentActor();
  if (!actor) return new Response(messages.errors.unauthenticated, { status: 401 });
  if (!can(actor.roles, 'officers.manage')) return new Response(messages.errors.forbidden, { status: 403 });
  return xlsxResponse(await officerImportTemplate(actor), { fileName: '执法人员导入模板.xlsx', asciiName: 'officers-template.xlsx' });
}
