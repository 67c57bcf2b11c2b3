'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/action';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { createLegalAdviserSchema, recordAdviserWorkSchema, recordLegalQualificationSchema } from '@/lib/schemas/legal-affairs';
import { createLegalAdviser } from '@/lib/services/legal-affairs/create-legal-adviser';
import { recordAdviserWork } from '@/lib/services/legal-affairs/record-adviser-work';
import { recordLegalQualification } from '@/lib/services/legal-affairs/record-legal-qualification';

// Every export here is a public endpoint: each authorises (legalAffairs.manage, from the
// database), validates, and runs one audited service.
const text = messages.legalAffairs;
const refresh = () => revalidatePath('/staff/legal-affairs');

export const createLegalAdviserAction = defineAction({
  permission: 'legalAffairs.manage',
  schema: createLegalAdviserSchema,
  run: (actor, input) => createLegalAdviser(getDb(), actor, input),
  successMessage: text.advisers.notices.created,
  onSuccess: refresh,
});

export const recordAdviserWorkAction = defineAction({
  permission: 'legalAffairs.manage',
  schema: recordAdviserWorkSchema,
  run: (actor, input) => recordAdviserWork(getDb(), actor, input),
  successMessage: text.advisers.notices.recorded,
  onSuccess: refresh,
});

export const recordLegalQualificationAction = defineAction({
  permission: 'legalAffairs.manage',
  schema: recordLegalQualificationSchema,
  run: (actor, input) => recordLegalQualification(getDb(), actor, input),
  successMessage: text.qualifications.saved,
  onSuccess: refresh,
});
