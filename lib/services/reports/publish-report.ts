import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { describeBlockers } from '@/lib/domain/blockers';
import { toShanghaiDate } from '@/lib/domain/calendar';
import { requiresReview } from '@/lib/domain/disclosure/categories';
import { publishBlockers, REVIEW_MISSING_MESSAGE, reviewCitation } from '@/lib/domain/disclosure/rules';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import { readSetting } from '@/lib/queries/settings/read-setting';
import { refuseIfBlocked } from '@/lib/rule-error';
import type { ReportYearInput } from '@/lib/schemas/reports';
import { attachmentsAddedAfter } from '@/lib/services/disclosure/approval-freshness';
import { nextIndexNumber } from '@/lib/services/disclosure/index-number';
import { isReviewGateViolation } from '@/lib/services/disclosure/publish-disclosure';
import { auditSnapshot, conflict, findDisclosureOrThrow } from '@/lib/services/disclosure/shared';
import { findApprovedReview } from '@/lib/services/review/find-approved-review';
import { disclosureContent, findReportWithVersion } from './shared';

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
      const requiredCategories = await readSetting(tx, 'review.requiredCategories');
      const gated = requiresReview(before.category, requiredCategories);
      const approval = gated
        ? await findApprovedReview(tx, { subjectType: 'DISCLOSURE', subjectId: before.id, contentHash: before.contentHash })
        : null;
      refuseIfBlocked(
        publishBlockers({
          status: before.status,
          category: before.category,
          requiredCategories,
          approvedReviewOfCurrentVersion: approval !== null,
          attachmentsAddedAfterApproval: await attachmentsAddedAfter(tx, before.id, approval?.decidedAt ?? null),
        }),
      );
      const indexNumber = before.indexNumber ?? (await nextIndexNumber(tx, Number(toShanghaiDate(now).slice(0, 4))));
      const written = await tx.disclosure.updateMany({
        where: { id: before.id, status: before.status, updatedAt: before.updatedAt, contentHash: before.contentHash },
        data: { status: 'PUBLISHED', publishedAt: now, indexNumber, requiresReview: gated },
      });
      if (written.count !== 1) conflict();
      const disclosure = await findDisclosureOrThrow(tx, before.id);
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'disclosure.publish',
        entityType: 'Disclosure',
        entityId: disclosure.id,
        before: { status: before.status },
        after: { ...(auditSnapshot(disclosure) as object), publishedAt: now.toISOString(), reviewed: approval !== null },
      });
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
    if (isReviewGateViolation(error)) {
      throw new AppError({
        code: 'RULE_VIOLATION',
        userMessage: describeBlockers([{ code: 'LEGAL_REVIEW_MISSING', message: REVIEW_MISSING_MESSAGE, citation: reviewCitation('ANNUAL_REPORT') }]),
        cause: error,
      });
    }
    throw error;
  }
}
