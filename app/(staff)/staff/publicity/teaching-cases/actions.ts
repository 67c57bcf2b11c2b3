'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/action';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { draftTeachingCaseSchema, sendTeachingCaseSchema, updateTeachingCaseSchema } from '@/lib/schemas/teaching-case';
import { draftTeachingCase, sendTeachingCaseToDisclosure, updateTeachingCase } from '@/lib/services/publicity/teaching-case';

// Every export here is a public endpoint: each authorises (publicity.manage, from the database),
// validates, and runs one audited service.
const text = messages.publicity.teachingCases;
const refresh = () => {
  revalidatePath('/staff/publicity/teaching-cases', 'layout');
  revalidatePath('/staff/disclosures', 'layout');
};

export const draftTeachingCaseAction = defineAction({
  permission: 'publicity.manage',
  schema: draftTeachingCaseSchema,
  run: (actor, input) => draftTeachingCase(getDb(), actor, input),
  successMessage: text.success.drafted,
  onSuccess: refresh,
});

export const updateTeachingCaseAction = defineAction({
  permission: 'publicity.manage',
  schema: updateTeachingCaseSchema,
  run: (actor, input) => updateTeachingCase(getDb(), actor, input),
  successMessage: text.success.saved,
  onSuccess: refresh,
});

export const sendTeachingCaseAction = defineAction({
  permission: 'publicity.manage',
  schema: sendTeachingCaseSchema,
  run: (actor, input) => sendTeachingCaseToDisclosure(getDb(), actor, input),
  successMessage: text.success.sent,
  onSuccess: refresh,
});
