'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/action';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { recordRemedyProgressSchema, registerRemedySchema } from '@/lib/schemas/remedies';
import { recordRemedyProgress } from '@/lib/services/remedies/record-remedy-progress';
import { registerRemedy } from '@/lib/services/remedies/register-remedy';

// Every export here is a public endpoint: each authorises (legalAffairs.manage, from the
// database), validates, and runs one audited service.
const text = messages.remedies.notices;
const refresh = () => revalidatePath('/staff/remedies');

export const registerRemedyAction = defineAction({
  permission: 'legalAffairs.manage',
  schema: registerRemedySchema,
  run: (actor, input) => registerRemedy(getDb(), actor, input),
  successMessage: text.registered,
  onSuccess: refresh,
});

export const recordRemedyProgressAction = defineAction({
  permission: 'legalAffairs.manage',
  schema: recordRemedyProgressSchema,
  run: (actor, input) => recordRemedyProgress(getDb(), actor, input),
  successMessage: text.progressed,
  onSuccess: refresh,
});
