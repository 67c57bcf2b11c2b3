'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/action';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { answerRequestSchema, recordRequestSchema } from '@/lib/schemas/requests';
import { answerInformationRequest, recordInformationRequest } from '@/lib/services/requests/record-request';

// Public endpoints behind requests.record (EDITOR, checked from the database).
const text = messages.dashboard.requests.success;
const refresh = () => revalidatePath('/staff/requests');

export const recordRequestAction = defineAction({
  permission: 'requests.record',
  schema: recordRequestSchema,
  run: (actor, input) => recordInformationRequest(getDb(), actor, input),
  successMessage: text.recorded,
  onSuccess: refresh,
});

export const answerRequestAction = defineAction({
  permission: 'requests.record',
  schema: answerRequestSchema,
  run: (actor, input) => answerInformationRequest(getDb(), actor, input),
  successMessage: text.answered,
  onSuccess: refresh,
});
