'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/action';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import {
  createPlanTaskSchema,
  deleteLeadershipEntrySchema,
  recordAssessmentItemSchema,
  recordCollectiveDecisionSchema,
  recordLeadershipActivitySchema,
  recordResponsibilitySchema,
  updatePlanTaskSchema,
} from '@/lib/schemas/leadership';
import { deleteLeadershipEntry } from '@/lib/services/leadership/delete-entry';
import { createPlanTask, updatePlanTask } from '@/lib/services/leadership/plan-tasks';
import { recordLeadershipActivity } from '@/lib/services/leadership/record-activity';
import { recordCollectiveDecision } from '@/lib/services/leadership/record-collective-decision';
import { recordAssessmentItem, recordResponsibility } from '@/lib/services/leadership/record-responsibility';

// Every export here is a public endpoint behind leadership.record (DIRECTOR, checked from the
// database), each running one audited service.
const text = messages.dashboard.leadership.success;
const refresh = () => {
  revalidatePath('/staff/leadership', 'layout');
  revalidatePath('/staff/dashboard', 'layout');
};

export const recordCollectiveDecisionAction = defineAction({
  permission: 'leadership.record',
  schema: recordCollectiveDecisionSchema,
  run: (actor, input) => recordCollectiveDecision(getDb(), actor, input),
  successMessage: text.recorded,
  onSuccess: refresh,
});

export const recordLeadershipActivityAction = defineAction({
  permission: 'leadership.record',
  schema: recordLeadershipActivitySchema,
  run: (actor, input) => recordLeadershipActivity(getDb(), actor, input),
  successMessage: text.recorded,
  onSuccess: refresh,
});

export const recordResponsibilityAction = defineAction({
  permission: 'leadership.record',
  schema: recordResponsibilitySchema,
  run: (actor, input) => recordResponsibility(getDb(), actor, input),
  successMessage: text.recorded,
  onSuccess: refresh,
});

export const recordAssessmentItemAction = defineAction({
  permission: 'leadership.record',
  schema: recordAssessmentItemSchema,
  run: (actor, input) => recordAssessmentItem(getDb(), actor, input),
  successMessage: text.recorded,
  onSuccess: refresh,
});

export const deleteLeadershipEntryAction = defineAction({
  permission: 'leadership.record',
  schema: deleteLeadershipEntrySchema,
  run: (actor, input) => deleteLeadershipEntry(getDb(), actor, input),
  successMessage: text.deleted,
  onSuccess: refresh,
});

export const createPlanTaskAction = defineAction({
  permission: 'leadership.record',
  schema: createPlanTaskSchema,
  run: (actor, input) => createPlanTask(getDb(), actor, input),
  successMessage: text.recorded,
  onSuccess: refresh,
});

export const updatePlanTaskAction = defineAction({
  permission: 'leadership.record',
  schema: updatePlanTaskSchema,
  run: (actor, input) => updatePlanTask(getDb(), actor, input),
  successMessage: text.saved,
  onSuccess: refresh,
});
