'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { defineAction, type ActionState } from '@/lib/action';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import {
  advanceCaseSchema,
  caseIdSchema,
  configIdSchema,
  discretionBandSchema,
  fileCaseSchema,
  hearingRequestSchema,
  holdHearingSchema,
  noPenaltyItemSchema,
  recordEducationSchema,
  requestExtensionSchema,
  revokeDecisionSchema,
  scheduleHearingSchema,
} from '@/lib/schemas/enforcement';
import { advanceCase } from '@/lib/services/enforcement/advance-case';
import { approveExtension, recordEducation, requestExtension, revokeDecision } from '@/lib/services/enforcement/case-events';
import { deleteDiscretionBand, deleteNoPenaltyItem, saveDiscretionBand, saveNoPenaltyItem } from '@/lib/services/enforcement/configure';
import { fileCase } from '@/lib/services/enforcement/file-case';
import { holdHearing, recordHearingResponse, scheduleHearing } from '@/lib/services/enforcement/hearing';
import { submitForReview } from '@/lib/services/review/submit-for-review';
import { generateDocumentSchema, saveDocumentTemplateSchema } from '@/lib/schemas/enforcement-documents';
import { saveDocumentTemplate } from '@/lib/services/enforcement/document-templates';
import { parseSectionsText } from '@/lib/domain/enforcement-documents/templates';
import { generateDocument } from '@/lib/services/enforcement/generate-document';
import { getAttachmentStore } from '@/lib/storage/local-disk-store';
import { siteBase } from '@/app/(public)/_lib/site-url';

// Every export here is a public endpoint: each one authorises (from the database), validates, and
// runs one audited service, which re-checks the case rules inside its transaction.
const done = messages.enforcement.done;
const refresh = () => {
  revalidatePath('/staff/cases', 'layout');
  revalidatePath('/staff/disclosures', 'layout');
  revalidatePath('/staff/reviews', 'layout');
};

// After filing, the officer continues on the new case's page.
export async function fileCaseAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  let filedId: string | null = null;
  const file = defineAction({
    permission: 'case.work',
    schema: fileCaseSchema,
    run: (actor, input) => fileCase(getDb(), actor, input),
    successMessage: done.filed,
    onSuccess: (result) => {
      filedId = result.id;
      refresh();
    },
  });
  const state = await file(previous, formData);
  if (state.ok && filedId) redirect(`/staff/cases/${filedId}?notice=filed`);
  return state;
}

// A recorded step comes back to the case page with a confirmation naming it (the step's own form
// is gone by then: the case has moved on), and the page shows what comes next.
function recordStepThenConfirm(permission: 'case.work' | 'case.decide' | 'case.hostHearing') {
  return async function record(previous: ActionState, formData: FormData): Promise<ActionState> {
    let recorded: { caseId: string; state: string } | null = null;
    const run = defineAction({
      permission,
      schema: advanceCaseSchema,
      run: async (actor, input) => {
        const result = await advanceCase(getDb(), actor, input);
        recorded = { caseId: input.caseId, state: result.state };
        return result;
      },
      successMessage: done.advanced,
      onSuccess: refresh,
    });
    const state = await run(previous, formData);
    const confirmed = recorded as { caseId: string; state: string } | null;
    if (state.ok && confirmed) redirect(`/staff/cases/${encodeURIComponent(confirmed.caseId)}?notice=advanced&step=${encodeURIComponent(confirmed.state)}`);
    return state;
  };
}

export async function advanceCaseAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return recordStepThenConfirm('case.work')(previous, formData);
}

// The head's steps (collective decision, decision, no penalty…) through the same service.
export async function decideCaseAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return recordStepThenConfirm('case.decide')(previous, formData);
}

export async function hostHearingStepAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return recordStepThenConfirm('case.hostHearing')(previous, formData);
}

// An enforcement document from the case's data (PDF + docx, numbered, in the case-file chain).
export const generateDocumentAction = defineAction({
  permission: 'case.work',
  schema: generateDocumentSchema,
  run: (actor, input) =>
    generateDocument(getDb(), actor, { caseId: input.caseId, type: input.docType, partyId: input.docPartyId }, { store: getAttachmentStore(), siteBase: siteBase() }),
  successMessage: messages.documents.panel.generated,
  onSuccess: refresh,
});

// A new version of a document template (documents already generated keep theirs).
export const saveDocumentTemplateAction = defineAction({
  permission: 'case.configure',
  schema: saveDocumentTemplateSchema,
  run: (actor, input) =>
    saveDocumentTemplate(getDb(), actor, {
      type: input.docType,
      content: {
        title: input.templateTitle,
        organName: input.organName,
        organAbbrev: input.organAbbrev,
        numberCode: input.numberCode,
        sealText: input.sealText,
        sections: parseSectionsText(input.sectionsText),
      },
    }),
  successMessage: messages.documents.templates.saved,
  onSuccess: () => revalidatePath('/staff/admin/enforcement', 'layout'),
});

export const recordHearingResponseAction = defineAction({
  permission: 'case.work',
  schema: hearingRequestSchema,
  run: (actor, input) => recordHearingResponse(getDb(), actor, input),
  successMessage: done.hearingResponse,
  onSuccess: refresh,
});

export const scheduleHearingAction = defineAction({
  permission: 'case.work',
  schema: scheduleHearingSchema,
  run: (actor, input) => scheduleHearing(getDb(), actor, input),
  successMessage: done.hearingScheduled,
  onSuccess: refresh,
});

export const holdHearingAction = defineAction({
  permission: 'case.hostHearing',
  schema: holdHearingSchema,
  run: (actor, input) => holdHearing(getDb(), actor, input),
  successMessage: done.hearingHeld,
  onSuccess: refresh,
});

export const submitCaseReviewAction = defineAction({
  permission: 'case.work',
  schema: caseIdSchema,
  run: (actor, input) => submitForReview(getDb(), actor, { subjectType: 'ENFORCEMENT_DECISION', subjectId: input.caseId }),
  successMessage: done.submitted,
  onSuccess: refresh,
});

export const requestExtensionAction = defineAction({
  permission: 'case.work',
  schema: requestExtensionSchema,
  run: (actor, input) => requestExtension(getDb(), actor, input),
  successMessage: done.extensionRequested,
  onSuccess: refresh,
});

export const approveExtensionAction = defineAction({
  permission: 'case.decide',
  schema: caseIdSchema,
  run: (actor, input) => approveExtension(getDb(), actor, input),
  successMessage: done.extensionApproved,
  onSuccess: refresh,
});

export const recordEducationAction = defineAction({
  permission: 'case.work',
  schema: recordEducationSchema,
  run: (actor, input) => recordEducation(getDb(), actor, input),
  successMessage: done.education,
  onSuccess: refresh,
});

export const revokeDecisionAction = defineAction({
  permission: 'case.decide',
  schema: revokeDecisionSchema,
  run: (actor, input) => revokeDecision(getDb(), actor, input),
  successMessage: done.revoked,
  onSuccess: refresh,
});

export const saveDiscretionBandAction = defineAction({
  permission: 'case.configure',
  schema: discretionBandSchema,
  run: (actor, input) => saveDiscretionBand(getDb(), actor, input),
  successMessage: done.bandSaved,
  onSuccess: () => revalidatePath('/staff/admin/enforcement', 'layout'),
});

export const deleteDiscretionBandAction = defineAction({
  permission: 'case.configure',
  schema: configIdSchema,
  run: (actor, input) => deleteDiscretionBand(getDb(), actor, input),
  successMessage: done.bandDeleted,
  onSuccess: () => revalidatePath('/staff/admin/enforcement', 'layout'),
});

export const saveNoPenaltyItemAction = defineAction({
  permission: 'case.configure',
  schema: noPenaltyItemSchema,
  run: (actor, input) => saveNoPenaltyItem(getDb(), actor, input),
  successMessage: done.itemSaved,
  onSuccess: () => revalidatePath('/staff/admin/enforcement', 'layout'),
});

export const deleteNoPenaltyItemAction = defineAction({
  permission: 'case.configure',
  schema: configIdSchema,
  run: (actor, input) => deleteNoPenaltyItem(getDb(), actor, input),
  successMessage: done.itemDeleted,
  onSuccess: () => revalidatePath('/staff/admin/enforcement', 'layout'),
});
