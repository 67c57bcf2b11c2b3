'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { defineAction, type ActionState } from '@/lib/action';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { decideReviewSchema, extendReviewSchema, recordExternalOpinionSchema } from '@/lib/schemas/review';
import { decideReview } from '@/lib/services/review/decide-review';
import { extendReview } from '@/lib/services/review/extend-review';
import { recordExternalOpinion } from '@/lib/services/review/record-external-opinion';
import { getAttachmentStore } from '@/lib/storage/local-disk-store';

// Every export here is a public endpoint: each authorises (review.decide, from the database),
// validates, and runs one audited service.
const refresh = () => {
  revalidatePath('/staff/reviews', 'layout');
  revalidatePath('/staff/matters', 'layout');
  revalidatePath('/staff/disclosures', 'layout');
};

const decide = defineAction({
  permission: 'review.decide',
  schema: decideReviewSchema,
  run: (actor, input) => decideReview(getDb(), actor, input),
  successMessage: messages.review.notices.decided,
  onSuccess: refresh,
});

// After a decision the reviewer goes back to the queue, which shows the success notice.
export async function decideReviewAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await decide(previous, formData);
  if (state.ok) redirect('/staff/reviews?notice=decided');
  return state;
}

export const extendReviewAction = defineAction({
  permission: 'review.decide',
  schema: extendReviewSchema,
  run: (actor, input) => extendReview(getDb(), actor, input),
  successMessage: messages.review.notices.extended,
  onSuccess: refresh,
});

export const recordExternalOpinionAction = defineAction({
  permission: 'review.decide',
  schema: recordExternalOpinionSchema,
  run: (actor, input) => recordExternalOpinion(getDb(), actor, input, new Date(), { store: getAttachmentStore() }),
  successMessage: messages.review.notices.externalRecorded,
  onSuccess: refresh,
});
