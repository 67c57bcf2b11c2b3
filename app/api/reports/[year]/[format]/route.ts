import { currentActor } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { can } from '@/lib/domain/auth/permissions';
import { isAppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import { reportYearSchema } from '@/lib/schemas/reports';
import { exportAnnualReport, type ReportFormat } from '@/lib/services/reports/export-report';

const MIME: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

// The current version of a year's report as .docx or PDF: the director only (roles re-read from
// the database for this request).
export async function GET(_request: Request, { params }: { params: Promise<{ year: string; format: string }> }) {
  const { year: rawYear, format } = await params;
  const actor = await currentActor();
  if (!actor) return new Response(messages.errors.unauthenticated, { status: 401 });
  if (!can(actor.roles, 'report.edit')) return new Response(messages.errors.forbidden, { status: 403 });
  const year = reportYearSchema.safeParse(rawYear);
  if (!year.success || (format !== 'docx' && format !== 'pdf')) return new Response('Not found', { status: 404 });
  try {
    const file = await exportAnnualReport(getDb(), actor, { year: year.data, format });
    return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
      headers: {
        'Content-Type': MIME[format],
        'Content-Disposition': `attachment; filename="${file.asciiName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        'Cache-Control': 'no-store',
      },
    });
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') return new Response(error.userMessage, { status: 404 });
    throw error;
  }
}
