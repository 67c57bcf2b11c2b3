'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { defineAction, type ActionState } from '@/lib/action';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { refreshPublicDisclosures } from '@/lib/public-cache';
import { z } from '@/lib/schemas/zod';
import { createDisclosureSchema, disclosureIdSchema, secrecyCheckSchema, updateDisclosureSchema, withdrawDisclosureSchema } from '@/lib/schemas/disclosure';
import { createDraft } from '@/lib/services/disclosure/create-draft';
import { publishDisclosure } from '@/lib/services/disclosure/publish-disclosure';
import { recordSecrecyCheck } from '@/lib/services/disclosure/record-secrecy-check';
import { removeDisclosureAttachment } from '@/lib/services/disclosure/remove-disclosure-attachment';
import { updateDraft } from '@/lib/services/disclosure/update-draft';
import { withdrawDisclosure } from '@/lib/services/disclosure/withdraw-disclosure';
import { submitForReview } from '@/lib/services/review/submit-for-review';
import { getAttachmentStore } from '@/lib/storage/local-disk-store';

// Every export here is a public endpoint: each authorises from the database, validates, and runs
// one audited service (which re-checks the permission and the rules in its transaction).
const text = messages.disclosure.success;
const refreshStaff = () => {
  revalidatePath('/staff/disclosures', 'layout');
  revalidatePath('/staff/reviews', 'layout');
};
const refreshAll = () => {
  refreshStaff();
  refreshPublicDisclosures();
};

export async function createDisclosureAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  let createdId: string | null = null;
  const state = await defineAction({
    permission: 'disclosure.draft',
    schema: createDisclosureSchema,
    run: (actor, input) => createDraft(getDb(), actor, input),
    successMessage: text.created,
    onSuccess: (disclosure) => {
      createdId = disclosure.id;
      refreshStaff();
    },
  })(previous, formData);
  if (createdId) redirect(`/staff/disclosures/${createdId}`);
  return state;
}

export async function updateDisclosureAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  let statusReset = false;
  const state = await defineAction({
    permission: 'disclosure.draft',
    schema: updateDisclosureSchema,
    run: (actor, input) => updateDraft(getDb(), actor, input),
    successMessage: text.updated,
    onSuccess: (result) => {
      statusReset = result.statusReset;
      refreshStaff();
    },
  })(previous, formData);
  return state.ok && statusReset ? { ...state, message: text.updatedBackToDraft } : state;
}

export const recordSecrecyCheckAction = defineAction({
  permission: 'disclosure.secrecyCheck',
  schema: secrecyCheckSchema,
  run: (actor, input) => recordSecrecyCheck(getDb(), actor, input),
  successMessage: text.secrecyChecked,
  onSuccess: refreshStaff,
});

export const submitDisclosureForReviewAction = defineAction({
  permission: 'review.submit',
  schema: disclosureIdSchema,
  run: (actor, input) => submitForReview(getDb(), actor, { subjectType: 'DISCLOSURE', subjectId: input.id }),
  successMessage: text.submitted,
  onSuccess: refreshStaff,
});

export const publishDisclosureAction = defineAction({
  permission: 'disclosure.publish',
  schema: disclosureIdSchema,
  run: (actor, input) => publishDisclosure(getDb(), actor, input),
  successMessage: text.published,
  onSuccess: refreshAll,
});

export async function withdrawDisclosureAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  let note = '';
  const state = await defineAction({
    permission: 'disclosure.publish',
    schema: withdrawDisclosureSchema,
    run: (actor, input) => withdrawDisclosure(getDb(), actor, input),
    successMessage: text.withdrawn,
    onSuccess: ({ tracking }) => {
      if (tracking) note = tracking.onTime ? messages.disclosure.withdrawalOnTime(tracking.due) : messages.disclosure.withdrawalLate(tracking.due);
      refreshAll();
    },
  })(previous, formData);
  return state.ok && note ? { ...state, message: `${state.message ?? ''}${note}` } : state;
}

export const removeDisclosureAttachmentAction = defineAction({
  permission: 'disclosure.draft',
  schema: z.object({ attachmentId: z.string().trim().min(1).max(40) }),
  run: (actor, input) => removeDisclosureAttachment(getDb(), actor, input, { store: getAttachmentStore() }),
  successMessage: text.removed,
  onSuccess: refreshStaff,
});
