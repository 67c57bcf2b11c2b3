'use server';

import { revalidatePath } from 'next/cache';
import { defineAction, type ActionState } from '@/lib/action';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { refreshPublicDisclosures } from '@/lib/public-cache';
import { editParagraphSchema, generateReportSchema, recordSubmissionSchema, reportYearInputSchema, sendReportSchema } from '@/lib/schemas/reports';
import { editReportParagraph } from '@/lib/services/reports/edit-paragraph';
import { generateAnnualReport } from '@/lib/services/reports/generate-report';
import { publishAnnualReport } from '@/lib/services/reports/publish-report';
import { recordSubmission } from '@/lib/services/reports/record-submission';
import { sendReportForReview } from '@/lib/services/reports/send-report';

// Every export here is a public endpoint behind report.edit (DIRECTOR, checked from the database),
// each running audited services.
const text = messages.reports.success;
const refresh = () => revalidatePath('/staff/reports', 'layout');

export const generateReportAction = defineAction({
  permission: 'report.edit',
  schema: generateReportSchema,
  run: (actor, input) => generateAnnualReport(getDb(), actor, input),
  successMessage: text.generated,
  onSuccess: refresh,
});

export const editParagraphAction = defineAction({
  permission: 'report.edit',
  schema: editParagraphSchema,
  run: (actor, input) => editReportParagraph(getDb(), actor, input),
  successMessage: text.saved,
  onSuccess: refresh,
});

// A report not yet secrecy-checked waits for an editor's check (its author may not check it).
export async function sendReportAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  let awaiting = false;
  const state = await defineAction({
    permission: 'report.edit',
    schema: sendReportSchema,
    run: (actor, input) => sendReportForReview(getDb(), actor, input),
    successMessage: text.sent,
    onSuccess: (result) => {
      awaiting = result.awaitingSecrecyCheck;
      refresh();
      revalidatePath('/staff/reviews', 'layout');
      revalidatePath('/staff/disclosures', 'layout');
    },
  })(previous, formData);
  return state.ok && awaiting ? { ...state, message: text.awaitingSecrecyCheck } : state;
}

export const publishReportAction = defineAction({
  permission: 'report.edit',
  schema: reportYearInputSchema,
  run: (actor, input) => publishAnnualReport(getDb(), actor, input),
  successMessage: text.published,
  onSuccess: () => {
    refresh();
    refreshPublicDisclosures();
  },
});

export const recordSubmissionAction = defineAction({
  permission: 'report.edit',
  schema: recordSubmissionSchema,
  run: (actor, input) => recordSubmission(getDb(), actor, input),
  successMessage: text.submissionRecorded,
  onSuccess: refresh,
});
