'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/action';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { createResponsibilitySchema, deleteActivitySchema, deleteResponsibilitySchema, recordActivitySchema } from '@/lib/schemas/publicity';
import { createResponsibility } from '@/lib/services/publicity/create-responsibility';
import { deletePublicityActivity } from '@/lib/services/publicity/delete-activity';
import { deleteResponsibility } from '@/lib/services/publicity/delete-responsibility';
import { recordPublicityActivity } from '@/lib/services/publicity/record-activity';

// Every export here is a public endpoint behind publicity.manage (checked from the database),
// each running one audited service.
const text = messages.publicity.success;
const refresh = () => revalidatePath('/staff/publicity', 'layout');

export const createResponsibilityAction = defineAction({
  permission: 'publicity.manage',
  schema: createResponsibilitySchema,
  run: (actor, input) => createResponsibility(getDb(), actor, input),
  successMessage: text.responsibilityAdded,
  onSuccess: refresh,
});

export const deleteResponsibilityAction = defineAction({
  permission: 'publicity.manage',
  schema: deleteResponsibilitySchema,
  run: (actor, input) => deleteResponsibility(getDb(), actor, input),
  successMessage: text.responsibilityDeleted,
  onSuccess: refresh,
});

export const recordActivityAction = defineAction({
  permission: 'publicity.manage',
  schema: recordActivitySchema,
  run: (actor, input) => recordPublicityActivity(getDb(), actor, input),
  successMessage: text.recorded,
  onSuccess: refresh,
});

export const deleteActivityAction = defineAction({
  permission: 'publicity.manage',
  schema: deleteActivitySchema,
  run: (actor, input) => deletePublicityActivity(getDb(), actor, input),
  successMessage: text.deleted,
  onSuccess: refresh,
});
