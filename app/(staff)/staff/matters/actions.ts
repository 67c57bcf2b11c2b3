'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/action';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import {
  concludeMatterSchema,
  recordDecisionProcedureSchema,
  createAdminContractSchema,
  createMajorDecisionSchema,
  updateAdminContractSchema,
  updateMajorDecisionSchema,
} from '@/lib/schemas/legal-affairs';
import { submitForReviewSchema } from '@/lib/schemas/review';
import { z } from '@/lib/schemas/zod';
import { concludeMatter } from '@/lib/services/matters/conclude-matter';
import { createAdminContract } from '@/lib/services/matters/create-admin-contract';
import { createMajorDecision } from '@/lib/services/matters/create-major-decision';
import { recordDecisionProcedure } from '@/lib/services/matters/record-decision-procedure';
import { updateAdminContract } from '@/lib/services/matters/update-admin-contract';
import { updateMajorDecision } from '@/lib/services/matters/update-major-decision';
import { submitForReview } from '@/lib/services/review/submit-for-review';
import { getAttachmentStore } from '@/lib/storage/local-disk-store';

// Every export here is a public endpoint: each authorises from the database, validates, and runs
// one audited service.
const text = messages.legalAffairs.matters.notices;
const refresh = () => {
  revalidatePath('/staff/matters', 'layout');
  revalidatePath('/staff/reviews', 'layout');
};

export const createMajorDecisionAction = defineAction({
  permission: 'matters.draft',
  schema: createMajorDecisionSchema,
  run: (actor, input) => createMajorDecision(getDb(), actor, input),
  successMessage: text.created,
  onSuccess: refresh,
});

export const updateMajorDecisionAction = defineAction({
  permission: 'matters.draft',
  schema: updateMajorDecisionSchema,
  run: (actor, input) => updateMajorDecision(getDb(), actor, input),
  successMessage: text.saved,
  onSuccess: refresh,
});

export const createAdminContractAction = defineAction({
  permission: 'matters.draft',
  schema: createAdminContractSchema,
  run: (actor, input) => createAdminContract(getDb(), actor, input, { store: getAttachmentStore() }),
  successMessage: text.created,
  onSuccess: refresh,
});

export const updateAdminContractAction = defineAction({
  permission: 'matters.draft',
  schema: updateAdminContractSchema,
  run: (actor, input) => updateAdminContract(getDb(), actor, input, { store: getAttachmentStore() }),
  successMessage: text.saved,
  onSuccess: refresh,
});

// Only this module's own subjects are sent for review from here (disclosures have their own page).
const submitMatterSchema = submitForReviewSchema.extend({
  subjectType: z.enum(['MAJOR_ADMIN_DECISION', 'ADMIN_CONTRACT'], { error: '送审事项类型无效' }),
});

export const submitMatterForReviewAction = defineAction({
  permission: 'review.submit',
  schema: submitMatterSchema,
  run: (actor, input) => submitForReview(getDb(), actor, input),
  successMessage: text.submitted,
  onSuccess: refresh,
});

export const concludeDecisionAction = defineAction({
  permission: 'matters.draft',
  schema: concludeMatterSchema,
  run: (actor, input) => concludeMatter(getDb(), actor, { ...input, kind: 'MAJOR_ADMIN_DECISION' }),
  successMessage: text.concluded,
  onSuccess: refresh,
});

export const recordDecisionProcedureAction = defineAction({
  permission: 'matters.draft',
  schema: recordDecisionProcedureSchema,
  run: (actor, input) => recordDecisionProcedure(getDb(), actor, input),
  successMessage: text.procedureRecorded,
  onSuccess: refresh,
});

export const signContractAction = defineAction({
  permission: 'matters.draft',
  schema: concludeMatterSchema,
  run: (actor, input) => concludeMatter(getDb(), actor, { ...input, kind: 'ADMIN_CONTRACT' }),
  successMessage: text.concluded,
  onSuccess: refresh,
});
