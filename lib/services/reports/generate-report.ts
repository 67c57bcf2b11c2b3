import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar';
import { generateReport, regenerateReport } from '@/lib/domain/reports/generate';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import { findReport, latestVersion } from '@/lib/queries/reports/get-report';
import { loadReportFacts } from '@/lib/queries/reports/report-facts';
import { regenerationBlockers } from '@/lib/domain/reports/freeze';
import { loadPublishedChanges } from '@/lib/queries/reports/published-changes';
import { refuseIfBlocked } from '@/lib/rule-error';
import type { GenerateReportInput } from '@/lib/schemas/reports';
import { onVersionConflict, refuseEditWhileInReview, saveVersion, syncDisclosure } from './shared';

/**
 * Generates the year's rule-of-law report from the records, or regenerates it: a new version with
 * the figures recomputed and new suggestions, keeping every narrative a person edited. Figures are
 * read from the metric registry before the write transaction (dozens of aggregates); the unique
 * (report, version) key lets only one of two concurrent saves land. Once the year's report is
 * published, a regeneration that would change a published figure is refused until the author
 * confirms the differences (`acceptChanges`); the published version and its disclosure stay as they are.
 */
export async function generateAnnualReport(db: Db, actor: Actor, input: GenerateReportInput, now: Date = new Date()) {
  assertCan(actor, 'report.edit');
  if (input.year > Number(toShanghaiDate(now).slice(0, 4))) {
    throw new AppError({ code: 'VALIDATION', userMessage: messages.reports.errors.futureYear, fieldErrors: { year: [messages.reports.errors.futureYear] } });
  }
  const facts = await loadReportFacts(db, input.year);
  return onVersionConflict(() =>
    db.$transaction(async (tx) => {
      const report = (await findReport(tx, input.year)) ?? (await tx.annualReport.create({ data: { kind: 'RULE_OF_LAW', year: input.year, createdById: actor.id } }));
      await refuseEditWhileInReview(tx, report.disclosureId);
      const published = await loadPublishedChanges(tx, input.year, facts.figures);
      if (published) refuseIfBlocked(regenerationBlockers(published.changes, input.acceptChanges === true));
      const previous = await latestVersion(tx, report.id);
      const content = previous ? regenerateReport(previous.content, facts, now.toISOString()) : generateReport(facts, now.toISOString());
      const version = (previous?.version ?? 0) + 1;
      const saved = await saveVersion(tx, actor, { reportId: report.id, version, content, note: previous ? '按最新数据重新生成' : '生成初稿' });
      await syncDisclosure(tx, actor, report.disclosureId, content);
      await recordAudit(tx, {
        actorId: actor.id,
        action: previous ? 'report.regenerate' : 'report.generate',
        entityType: 'AnnualReport',
        entityId: report.id,
        after: { year: input.year, version, figures: Object.keys(content.figures).length },
      });
      return { reportId: report.id, version: saved.version, content };
    }),
  );
}
