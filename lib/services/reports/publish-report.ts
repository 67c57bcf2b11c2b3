import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import type { ReportYearInput } from '@/lib/schemas/reports';
import { publishInTransaction, rethrowReviewGate } from '@/lib/services/disclosure/publish-disclosure';
import { disclosureContent, findReportWithVersion } from './shared';
import { findDisclosureOrThrow } from '@/lib/queries/disclosure/find-disclosure';

const t = messages.reports.errors;

/**
 * The director publishes the year's report (permission report.edit, not the editors'
 * disclosure.publish). It is the disclosure publishing path: the same publish rules on rows read
 * in this transaction (secrecy check, an approved review of the current content hash, no
 * attachment added after approval), the same index number, and the database trigger refusing an
 * unreviewed item whatever happens here. It also refuses when the report was edited after the text
 * under review was fixed (the disclosure no longer carries the current version).
 */
export async function publishAnnualReport(db: Db, actor: Actor, input: ReportYearInput, now: Date = new Date()) {
  assertCan(actor, 'report.edit');
  let disclosureId: string | null = null;
  try {
    return await db.$transaction(async (tx) => {
      const { report, current } = await findReportWithVersion(tx, input.year);
      if (!report.disclosureId) throw new AppError({ code: 'RULE_VIOLATION', userMessage: t.notSent });
      disclosureId = report.disclosureId;
      const before = await findDisclosureOrThrow(tx, report.disclosureId);
      const expected = disclosureContent(current.content);
      if (before.body !== expected.body || before.title !== expected.title) throw new AppError({ code: 'RULE_VIOLATION', userMessage: t.stale });
      const { disclosure, indexNumber } = await publishInTransaction(tx, actor, before.id, now);
      // The published version's stored figures are the published figures: later versions are compared to them.
      await tx.annualReport.update({ where: { id: report.id }, data: { publishedVersion: current.version } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'report.publish',
        entityType: 'AnnualReport',
        entityId: report.id,
        after: { year: input.year, version: current.version, disclosureId: disclosure.id, indexNumber },
      });
      return disclosure;
    });
  } catch (error) {
    if (disclosureId) return await rethrowReviewGate(db, disclosureId, error);
    throw error;
  }
}
