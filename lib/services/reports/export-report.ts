import 'server-only';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar/date-string';
import { exportBlocks, renderMarkdown } from '@/lib/domain/reports/render';
import { AppError } from '@/lib/errors';
import { reportToDocx } from '@/lib/export/docx';
import { reportToPdf } from '@/lib/export/pdf';
import { messages } from '@/lib/i18n/messages';
import { findReport, latestVersion } from '@/lib/queries/reports/get-report';

export type ReportFormat = 'docx' | 'pdf';

// The current version as a Word document or a PDF, for the director. It is marked 草稿 unless this
// very version is what the approved (or published) disclosure carries; it ends with the 落款, dated
// the day of publication, else of approval, else of the version.
export async function exportAnnualReport(db: Db, actor: Actor, input: { year: number; format: ReportFormat }) {
  assertCan(actor, 'report.edit');
  const report = await findReport(db, input.year);
  const current = report ? await latestVersion(db, report.id) : null;
  if (!report || !current) throw new AppError({ code: 'NOT_FOUND', userMessage: messages.reports.errors.notGenerated });
  const disclosure = report.disclosureId
    ? await db.disclosure.findUnique({ where: { id: report.disclosureId }, select: { status: true, body: true, publishedAt: true, updatedAt: true } })
    : null;
  const approved = disclosure !== null && (disclosure.status === 'APPROVED' || disclosure.status === 'PUBLISHED') && disclosure.body === renderMarkdown(current.content);
  const signedAt = approved ? (disclosure.publishedAt ?? disclosure.updatedAt) : current.createdAt;
  const blocks = exportBlocks(current.content, toShanghaiDate(signedAt));
  const meta = { title: `${current.content.bureau}${current.content.title}`, author: current.content.bureau, draft: !approved };
  const bytes = input.format === 'docx' ? await reportToDocx(blocks, meta) : await reportToPdf(blocks, meta);
  return {
    bytes,
    fileName: `${meta.title}（第${current.version}版${approved ? '' : '，草稿'}）.${input.format}`,
    asciiName: `rule-of-law-report-${input.year}-v${current.version}.${input.format}`,
  };
}
