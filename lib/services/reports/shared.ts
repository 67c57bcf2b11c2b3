import 'server-only';
import { recordAudit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/guard';
import type { Tx } from '@/lib/db';
import type { ReportContent } from '@/lib/domain/reports/model';
import { renderMarkdown } from '@/lib/domain/reports/render';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { messages } from '@/lib/i18n/messages';
import { findReport, latestVersion } from '@/lib/queries/reports/get-report';
import { CLEARED_SECRECY_CHECK, conflict, editedBy } from '@/lib/services/disclosure/shared';

const t = messages.reports.errors;

// What the disclosure (category ANNUAL_REPORT) carries of a report version: what the public reads
// and what the legal review's content hash covers.
export function disclosureContent(content: ReportContent) {
  return {
    title: `${content.bureau}${content.title}`,
    summary: `${content.bureau}${content.year}年度法治政府建设情况报告`,
    body: renderMarkdown(content),
  };
}

export async function findReportWithVersion(tx: Tx, year: number) {
  const report = await findReport(tx, year);
  const current = report ? await latestVersion(tx, report.id) : null;
  if (!report || !current) throw new AppError({ code: 'NOT_FOUND', userMessage: t.notGenerated });
  return { report, current };
}

// A new version may be saved unless the carrying disclosure is in review (the reviewer is looking
// at a fixed text) — after approval an edit is allowed and sends the item back to DRAFT: the
// changed content hash needs a new secrecy check and a new review.
export async function refuseEditWhileInReview(tx: Tx, disclosureId: string | null) {
  if (!disclosureId) return;
  const disclosure = await tx.disclosure.findUnique({ where: { id: disclosureId }, select: { status: true } });
  if (disclosure?.status === 'IN_REVIEW') throw new AppError({ code: 'RULE_VIOLATION', userMessage: t.inReview });
}

export async function saveVersion(tx: Tx, actor: Actor, options: { reportId: string; version: number; content: ReportContent; note: string }) {
  const row = await tx.annualReportVersion.create({
    data: {
      reportId: options.reportId,
      version: options.version,
      content: options.content as unknown as Prisma.InputJsonValue,
      note: options.note,
      createdById: actor.id,
    },
  });
  await tx.annualReport.update({ where: { id: options.reportId }, data: { updatedAt: new Date() } });
  return row;
}

// Brings the carrying disclosure (if any, and not yet published) to the given version's text.
export async function syncDisclosure(tx: Tx, actor: Actor, disclosureId: string | null, content: ReportContent) {
  if (!disclosureId) return;
  const before = await tx.disclosure.findUnique({ where: { id: disclosureId } });
  if (!before || before.status === 'PUBLISHED' || before.status === 'WITHDRAWN') return;
  if (before.status === 'IN_REVIEW') throw new AppError({ code: 'RULE_VIOLATION', userMessage: t.inReview });
  const next = disclosureContent(content);
  if (before.title === next.title && before.summary === next.summary && before.body === next.body) return;
  const written = await tx.disclosure.updateMany({
    where: { id: before.id, status: before.status, updatedAt: before.updatedAt },
    data: { ...next, status: 'DRAFT', ...CLEARED_SECRECY_CHECK, ...editedBy(before, actor.id) },
  });
  if (written.count !== 1) conflict();
  await recordAudit(tx, {
    actorId: actor.id,
    action: 'disclosure.update',
    entityType: 'Disclosure',
    entityId: before.id,
    before: { status: before.status, contentHash: before.contentHash },
    after: { status: 'DRAFT', source: 'annualReport', year: content.year },
  });
}

// Two saves of the same report at once: the unique (report, version) key lets one through; the
// other is told to reload.
export async function onVersionConflict<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError({ code: 'CONFLICT', userMessage: t.versionChanged, cause: error });
    }
    throw error;
  }
}
