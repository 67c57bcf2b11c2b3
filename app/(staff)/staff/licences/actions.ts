'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/action';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { recordLicenceSchema } from '@/lib/schemas/reports';
import { recordLicenceDecision } from '@/lib/services/reports/record-licence';

// A public endpoint behind licences.record (checked from the database).
export const recordLicenceAction = defineAction({
  permission: 'licences.record',
  schema: recordLicenceSchema,
  run: (actor, input) => recordLicenceDecision(getDb(), actor, input),
  successMessage: messages.reports.success.licenceRecorded,
  onSuccess: () => revalidatePath('/staff/licences'),
});
