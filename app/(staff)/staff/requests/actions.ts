'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/action';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { z } from '@/lib/schemas/zod';
import { answerRequestSchema, consultationSchema, correctionReplySchema, correctionSchema, extensionSchema, recordRequestSchema } from '@/lib/schemas/requests';
import { optionalFile, uploadOf } from '@/lib/schemas/upload';
import { answerInformationRequest, recordInformationRequest } from '@/lib/services/requests/record-request';
import { endConsultation, extendRequest, recordCorrectionReply, requestCorrection, startConsultation } from '@/lib/services/requests/request-clock';

// Public endpoints behind requests.record (EDITOR) and requests.extend (DIRECTOR), checked from the database.
const text = messages.dashboard.requests.success;
const clockText = messages.publicRequests.staff.success;
const refresh = () => revalidatePath('/staff/requests');

export const recordRequestAction = defineAction({
  permission: 'requests.record',
  schema: recordRequestSchema,
  run: (actor, input) => recordInformationRequest(getDb(), actor, input),
  successMessage: text.recorded,
  onSuccess: refresh,
});

const answerWithFileSchema = z.intersection(answerRequestSchema, z.object({ file: optionalFile({ label: messages.publicRequests.fields.file }) }));

export const answerRequestAction = defineAction({
  permission: 'requests.record',
  schema: answerWithFileSchema,
  run: (actor, { file, ...input }) => answerInformationRequest(getDb(), actor, input, { file: file ? uploadOf(file) : undefined }),
  successMessage: text.answered,
  onSuccess: refresh,
});

export const requestCorrectionAction = defineAction({
  permission: 'requests.record',
  schema: correctionSchema,
  run: (actor, input) => requestCorrection(getDb(), actor, input),
  successMessage: clockText.correction,
  onSuccess: refresh,
});

export const correctionReplyAction = defineAction({
  permission: 'requests.record',
  schema: correctionReplySchema,
  run: (actor, input) => recordCorrectionReply(getDb(), actor, input),
  successMessage: clockText.reply,
  onSuccess: refresh,
});

export const startConsultationAction = defineAction({
  permission: 'requests.record',
  schema: consultationSchema,
  run: (actor, input) => startConsultation(getDb(), actor, input),
  successMessage: clockText.consultationStarted,
  onSuccess: refresh,
});

export const endConsultationAction = defineAction({
  permission: 'requests.record',
  schema: consultationSchema,
  run: (actor, input) => endConsultation(getDb(), actor, input),
  successMessage: clockText.consultationEnded,
  onSuccess: refresh,
});

export const extendRequestAction = defineAction({
  permission: 'requests.extend',
  schema: extensionSchema,
  run: (actor, input) => extendRequest(getDb(), actor, input),
  successMessage: clockText.extended,
  onSuccess: refresh,
});
