import 'server-only';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { renderBlocks } from '@/lib/domain/reports/render';
import { AppError } from '@/lib/errors';
import { reportToDocx } from '@/lib/export/docx';
import { reportToPdf } from '@/lib/export/pdf';
import { messages } from '@/lib/i18n/messages';
import { findReport, latestVersion } from '@/lib/queries/reports/get-report';

export type ReportFormat = 'docx' | 'pdf';

// The current version as a Word document or a PDF, for the director.
export async function exportAnnualReport(db: Db, actor: Actor, input: { year: number; format: ReportFormat }) {
  assertCan(actor, 'report.edit');
  const report = await findReport(db, input.year);
  const current = report ? await latestVersion(db, report.id) : null;
  if (!current) throw new AppError({ code: 'NOT_FOUND', userMessage: messages.reports.errors.notGenerated });
  const blocks = renderBlocks(current.content);
  const meta = { title: `${current.content.bureau}${current.content.title}`, author: current.content.bureau };
  const bytes = input.format === 'docx' ? await reportToDocx(blocks, meta) : await reportToPdf(blocks, meta);
  return { bytes, fileName: `${meta.title}（第${current.version}版）.${input.format}`, asciiName: `rule-of-law-report-${input.year}-v${current.version}.${input.format}` };
}
