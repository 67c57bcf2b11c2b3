'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/action';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import {
  createEntitySchema,
  createPlanSchema,
  declareConflictSchema,
  recordInspectionSchema,
  recordRecheckSchema,
  recordResponseSchema,
  runDrawSchema,
  updateEntitySchema,
} from '@/lib/schemas/inspections';
import { createSupervisedEntity } from '@/lib/services/inspections/create-entity';
import { createInspectionPlan } from '@/lib/services/inspections/create-plan';
import { declareConflict } from '@/lib/services/inspections/declare-conflict';
import { recordInspection } from '@/lib/services/inspections/record-inspection';
import { recordRecheck } from '@/lib/services/inspections/record-recheck';
import { recordRectificationResponse } from '@/lib/services/inspections/record-response';
import { runRandomDraw } from '@/lib/services/inspections/run-draw';
import { updateSupervisedEntity } from '@/lib/services/inspections/update-entity';

// Every export here is a public endpoint: each one authorises ('inspection.record', re-read from
// the database), validates, and runs one audited service.
const done = messages.inspections.done;
const refresh = () => revalidatePath('/staff/inspections', 'layout');

export const createEntityAction = defineAction({
  permission: 'inspection.record',
  schema: createEntitySchema,
  run: (actor, input) => createSupervisedEntity(getDb(), actor, input),
  successMessage: done.entityCreated,
  onSuccess: refresh,
});

export const updateEntityAction = defineAction({
  permission: 'inspection.record',
  schema: updateEntitySchema,
  run: (actor, input) => updateSupervisedEntity(getDb(), actor, input),
  successMessage: done.entityUpdated,
  onSuccess: refresh,
});

export const declareConflictAction = defineAction({
  permission: 'inspection.record',
  schema: declareConflictSchema,
  run: (actor, input) => declareConflict(getDb(), actor, input),
  successMessage: done.conflictDeclared,
  onSuccess: refresh,
});

export const createPlanAction = defineAction({
  permission: 'inspection.record',
  schema: createPlanSchema,
  run: (actor, input) => createInspectionPlan(getDb(), actor, input),
  successMessage: done.planCreated,
  onSuccess: refresh,
});

export const runDrawAction = defineAction({
  permission: 'inspection.record',
  schema: runDrawSchema,
  run: (actor, input) => runRandomDraw(getDb(), actor, input),
  successMessage: done.drawn,
  onSuccess: () => {
    refresh();
    revalidatePath('/staff/disclosures', 'layout');
  },
});

export const recordInspectionAction = defineAction({
  permission: 'inspection.record',
  schema: recordInspectionSchema,
  run: (actor, input) => recordInspection(getDb(), actor, input),
  successMessage: done.inspectionRecorded,
  onSuccess: refresh,
});

export const recordResponseAction = defineAction({
  permission: 'inspection.record',
  schema: recordResponseSchema,
  run: (actor, input) => recordRectificationResponse(getDb(), actor, input),
  successMessage: done.responded,
  onSuccess: refresh,
});

export const recordRecheckAction = defineAction({
  permission: 'inspection.record',
  schema: recordRecheckSchema,
  run: (actor, input) => recordRecheck(getDb(), actor, input),
  successMessage: done.rechecked,
  onSuccess: refresh,
});
