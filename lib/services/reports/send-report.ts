import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar';
import { requiresReview } from '@/lib/domain/disclosure/categories';
import { readSetting } from '@/lib/queries/settings/read-setting';
import { reportSubmissionBlockers } from '@/lib/domain/reports/gaps';
import { refuseIfBlocked } from '@/lib/rule-error';
import type { SendReportInput } from '@/lib/schemas/reports';
import { submitForReview } from '@/lib/services/review/submit-for-review';
import { disclosureContent, findReportWithVersion, syncDisclosure } from './shared';
import { toDateColumn } from '@/lib/domain/calendar/date-column';

/**
 * Puts the report's current version through the disclosure workflow: (1) the carrying disclosure
 * (category ANNUAL_REPORT) is created or brought to this version's text, (2) an editor who did not
 * write it records the secrecy check (保密审查) on the disclosure page, (3) once checked, sending
 * again submits it to the legal-review engine. Each step is the workflow's own audited service with
 * its own rules; a refusal leaves the earlier steps done (a valid state: the item waits there).
 */
export async function sendReportForReview(db: Db, actor: Actor, input: SendReportInput, now: Date = new Date()) {
  assertCan(actor, 'report.edit');
  const disclosureId = await db.$transaction(async (tx) => {
    const { report, current } = await findReportWithVersion(tx, input.year);
    // A gap left for the author is not a claim the report may make: fill or remove it first.
    refuseIfBlocked(reportSubmissionBlockers(current.content));
    if (report.disclosureId) {
      await syncDisclosure(tx, actor, report.disclosureId, current.content);
      return report.disclosureId;
    }
    const requiredCategories = await readSetting(tx, 'review.requiredCategories');
    const disclosure = await tx.disclosure.create({
      data: {
        category: 'ANNUAL_REPORT',
        ...disclosureContent(current.content),
        sourceDepartment: current.content.bureau,
        formedOn: toDateColumn(toShanghaiDate(now)),
        requiresReview: requiresReview('ANNUAL_REPORT', requiredCategories),
        authorId: actor.id,
      },
    });
    await tx.annualReport.update({ where: { id: report.id }, data: { disclosureId: disclosure.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'disclosure.create',
      entityType: 'Disclosure',
      entityId: disclosure.id,
      after: { category: 'ANNUAL_REPORT', title: disclosure.title, source: 'annualReport', year: input.year, version: current.version },
    });
    return disclosure.id;
  });
  const disclosure = await db.disclosure.findUniqueOrThrow({ where: { id: disclosureId }, select: { status: true, requiresReview: true } });
  // The director wrote the report: an editor, not its author, signs off the secrecy check on the
  // disclosure page (《政府信息公开条例》第十七条); until then the report waits for it.
  if (disclosure.status === 'DRAFT') return { disclosureId, awaitingSecrecyCheck: true };
  if (disclosure.requiresReview) await submitForReview(db, actor, { subjectType: 'DISCLOSURE', subjectId: disclosureId }, now);
  return { disclosureId, awaitingSecrecyCheck: false };
}
