'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/action';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { addCertificateSchema, createOfficerSchema, recordTrainingSchema, revokeCertificateSchema, updateOfficerSchema } from '@/lib/schemas/officers';
import { addCertificate } from '@/lib/services/officers/add-certificate';
import { createOfficer } from '@/lib/services/officers/create-officer';
import { recordTraining } from '@/lib/services/officers/record-training';
import { revokeCertificate } from '@/lib/services/officers/revoke-certificate';
import { updateOfficer } from '@/lib/services/officers/update-officer';

// Every export here is a public endpoint: each authorises officers.manage from the database,
// validates, and runs one audited service. The public directory changes with the registry.
const text = messages.officers.success;
const refresh = () => {
  revalidatePath('/staff/officers', 'layout');
  revalidatePath('/officers');
};

export const createOfficerAction = defineAction({
  permission: 'officers.manage',
  schema: createOfficerSchema,
  run: (actor, input) => createOfficer(getDb(), actor, input),
  successMessage: text.created,
  onSuccess: refresh,
});

export const updateOfficerAction = defineAction({
  permission: 'officers.manage',
  schema: updateOfficerSchema,
  run: (actor, input) => updateOfficer(getDb(), actor, input),
  successMessage: text.updated,
  onSuccess: refresh,
});

export const addCertificateAction = defineAction({
  permission: 'officers.manage',
  schema: addCertificateSchema,
  run: (actor, input) => addCertificate(getDb(), actor, input),
  successMessage: text.certificateAdded,
  onSuccess: refresh,
});

export const revokeCertificateAction = defineAction({
  permission: 'officers.manage',
  schema: revokeCertificateSchema,
  run: (actor, input) => revokeCertificate(getDb(), actor, input),
  successMessage: text.revoked,
  onSuccess: refresh,
});

export const recordTrainingAction = defineAction({
  permission: 'officers.manage',
  schema: recordTrainingSchema,
  run: (actor, input) => recordTraining(getDb(), actor, input),
  successMessage: text.trainingRecorded,
  onSuccess: refresh,
});
