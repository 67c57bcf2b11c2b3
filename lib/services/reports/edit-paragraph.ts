import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { editParagraph } from '@/lib/domain/reports/generate';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import { loadFigures } from '@/lib/queries/reports/report-facts';
import type { EditParagraphInput } from '@/lib/schemas/reports';
import { findReportWithVersion, onVersionConflict, refuseEditWhileInReview, saveVersion, syncDisclosure } from './shared';

const t = messages.reports.errors;

// Saves one paragraph's narrative as a new version. Its placeholders must name known figures; the
// figures themselves are refreshed from the records, so they stay live whatever the text says.
export async function editReportParagraph(db: Db, actor: Actor, input: EditParagraphInput) {
  assertCan(actor, 'report.edit');
  const figures = await loadFigures(db, input.year);
  return onVersionConflict(() =>
    db.$transaction(async (tx) => {
      const { report, current } = await findReportWithVersion(tx, input.year);
      if (current.version !== input.expectedVersion) throw new AppError({ code: 'CONFLICT', userMessage: t.versionChanged });
      await refuseEditWhileInReview(tx, report.disclosureId);
      const { content, problems } = editParagraph({ ...current.content, figures }, input.key, input.narrative);
      if (problems.some((p) => p.code === 'UNKNOWN_PARAGRAPH')) throw new AppError({ code: 'NOT_FOUND', userMessage: t.unknownParagraph });
      if (problems.length > 0) {
        const message = t.unknownFigures(problems.map((p) => p.detail).join('、'));
        throw new AppError({ code: 'VALIDATION', userMessage: message, fieldErrors: { narrative: [message] } });
      }
      const version = current.version + 1;
      await saveVersion(tx, actor, { reportId: report.id, version, content, note: `修改段落 ${input.key}` });
      await syncDisclosure(tx, actor, report.disclosureId, content);
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'report.edit',
        entityType: 'AnnualReport',
        entityId: report.id,
        before: { version: current.version },
        after: { version, paragraph: input.key },
      });
      return { version, content };
    }),
  );
}
