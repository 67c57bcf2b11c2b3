import 'server-only';
import { recordAudit } from '@/lib/audit';
import type { Tx } from '@/lib/db';
import type { IsoDate, WorkingCalendar } from '@/lib/domain/calendar';
import { requiresReview } from '@/lib/domain/disclosure/categories';
import { enforcementPublicityDraft, publicityDue, type EnforcementSettings } from '@/lib/domain/enforcement';
import { readSetting } from '@/lib/queries/settings/read-setting';
import { loadBureauName } from '@/lib/queries/enforcement/case-config';
import { dateColumn, penaltyOf, type CaseRow } from '@/lib/queries/enforcement/case-state';

/**
 * After-decision publicity (事后公示): the decision's DRAFT disclosure in the 执法公示 category,
 * party masked, due 7 working days after the decision for penalties (20 otherwise). It then goes
 * through the ordinary disclosure workflow (secrecy check, publication by an editor).
 */
export async function createDecisionPublicity(
  tx: Tx,
  options: {
    row: CaseRow;
    decidedOn: IsoDate;
    decisionNumber: string;
    conclusion: string | null;
    actorId: string;
    now: Date;
    calendar: WorkingCalendar;
    settings: EnforcementSettings;
  },
) {
  const { row, decidedOn } = options;
  const bodyName = await loadBureauName(tx);
  const draft = enforcementPublicityDraft({
    bodyName,
    documentNumber: options.decisionNumber,
    type: row.type,
    parties: row.parties,
    legalBasis: row.legalBasis,
    decidedOn,
    penalty: penaltyOf(row.intendedPenalty),
    ...(options.conclusion ? { conclusion: options.conclusion } : {}),
  });
  const due = publicityDue(row.type, decidedOn, { calendar: options.calendar, settings: options.settings });
  const requiredCategories = await readSetting(tx, 'review.requiredCategories');
  const disclosure = await tx.disclosure.create({
    data: {
      category: 'ENFORCEMENT_PUBLICITY',
      title: draft.title,
      summary: draft.summary,
      body: draft.body,
      sourceDepartment: bodyName,
      formedOn: dateColumn(decidedOn),
      requiresReview: requiresReview('ENFORCEMENT_PUBLICITY', requiredCategories),
      authorId: options.actorId,
      enforcementCaseId: row.id,
      publishDueOn: dateColumn(due.due),
      createdAt: options.now,
    },
  });
  await recordAudit(tx, {
    actorId: options.actorId,
    action: 'disclosure.create',
    entityType: 'Disclosure',
    entityId: disclosure.id,
    after: {
      category: disclosure.category,
      title: disclosure.title,
      status: disclosure.status,
      enforcementCaseId: row.id,
      publishDueOn: due.due,
      sourceDepartment: bodyName,
      formedOn: decidedOn,
    },
  });
  return { id: disclosure.id, publishDueOn: due.due };
}
