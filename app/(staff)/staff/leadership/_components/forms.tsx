'use client';

import { useActionState } from 'react';
import { Field } from '@/components/forms/field';
import { SelectField, TextAreaField } from '@/components/forms/fields';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { initialActionState, type ActionState } from '@/lib/action-state';
import { messages } from '@/lib/i18n/messages';
import {
  createPlanTaskAction,
  deleteLeadershipEntryAction,
  recordAssessmentItemAction,
  recordCollectiveDecisionAction,
  recordLeadershipActivityAction,
  recordResponsibilityAction,
  updatePlanTaskAction,
} from '../actions';

const t = messages.dashboard.leadership;
const l = t.labels;
const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
type Action = (state: ActionState, data: FormData) => Promise<ActionState>;

function FormShell({ action, children, submit }: { action: Action; children: (errors: Record<string, string[]>) => React.ReactNode; submit: string }) {
  const [state, dispatch] = useActionState(action, initialActionState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={dispatch} className="grid gap-3 md:grid-cols-2" noValidate>
      <div className="md:col-span-2">
        <FormMessage state={state} />
      </div>
      {children(errors)}
      <div className="md:col-span-2">
        <SubmitButton>{submit}</SubmitButton>
      </div>
    </form>
  );
}

export function DecisionForm() {
  return (
    <FormShell action={recordCollectiveDecisionAction} submit={t.add}>
      {(e) => (
        <>
          <Field name="heldOn" type="date" label={l.heldOn} errors={e.heldOn} />
          <SelectField name="category" label={l.category} options={options(t.categories)} errors={e.category} />
          <Field name="topic" label={l.topic} errors={e.topic} />
          <Field name="attendees" label={l.attendees} errors={e.attendees} />
          <TextAreaField name="outcome" label={l.outcome} errors={e.outcome} rows={2} />
          <div className="space-y-2">
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="publicised" />
              {l.publicised}
            </label>
            <Field name="publicityNote" label={l.publicityNote} errors={e.publicityNote} />
          </div>
        </>
      )}
    </FormShell>
  );
}

export function ActivityForm() {
  return (
    <FormShell action={recordLeadershipActivityAction} submit={t.add}>
      {(e) => (
        <>
          <SelectField name="kind" label={l.kind} options={options(t.kinds)} errors={e.kind} />
          <Field name="heldOn" type="date" label={l.heldOn} errors={e.heldOn} />
          <Field name="title" label={l.title} errors={e.title} />
          <Field name="attendees" label={l.attendees} errors={e.attendees} />
          <div className="md:col-span-2">
            <TextAreaField name="summary" label={l.summary} errors={e.summary} rows={2} />
          </div>
        </>
      )}
    </FormShell>
  );
}

export function ResponsibilityForm({ year }: { year: number }) {
  return (
    <FormShell action={recordResponsibilityAction} submit={t.add}>
      {(e) => (
        <>
          <Field name="year" type="number" label={l.year} defaultValue={year} errors={e.year} />
          <SelectField name="level" label={l.level} options={options(t.levels)} errors={e.level} />
          <Field name="personName" label={l.personName} errors={e.personName} />
          <Field name="post" label={l.post} errors={e.post} />
          <div className="md:col-span-2">
            <TextAreaField name="duties" label={l.duties} errors={e.duties} rows={2} />
          </div>
        </>
      )}
    </FormShell>
  );
}

export function AssessmentForm({ year }: { year: number }) {
  return (
    <FormShell action={recordAssessmentItemAction} submit={t.add}>
      {(e) => (
        <>
          <Field name="year" type="number" label={l.year} defaultValue={year} errors={e.year} />
          <Field name="weight" type="number" label={l.weight} defaultValue={0} errors={e.weight} />
          <Field name="item" label={l.item} errors={e.item} />
          <Field name="result" label={l.result} errors={e.result} />
        </>
      )}
    </FormShell>
  );
}

export function PlanTaskForm({ year }: { year: number }) {
  return (
    <FormShell action={createPlanTaskAction} submit={t.add}>
      {(e) => (
        <>
          <Field name="year" type="number" label={l.year} defaultValue={year} errors={e.year} />
          <Field name="heading" label={l.heading} errors={e.heading} />
          <div className="md:col-span-2">
            <TextAreaField name="task" label={l.task} errors={e.task} rows={2} />
          </div>
          <Field name="owner" label={l.owner} errors={e.owner} />
          <Field name="dueOn" type="date" label={l.dueOn} errors={e.dueOn} />
        </>
      )}
    </FormShell>
  );
}

export function PlanTaskUpdateForm({ taskId, status, outcome }: { taskId: string; status: string; outcome: string }) {
  const [state, dispatch] = useActionState(updatePlanTaskAction, initialActionState);
  return (
    <form action={dispatch} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="taskId" value={taskId} />
      <SelectField name="status" id={`status-${taskId}`} label={l.status} options={options(t.statuses)} defaultValue={status} />
      <Field name="outcome" id={`outcome-${taskId}`} label={l.planOutcome} defaultValue={outcome} errors={state.fieldErrors?.outcome} />
      <SubmitButton variant="secondary">{t.save}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function DeleteEntryForm({ entry, id, label }: { entry: 'decision' | 'activity' | 'responsibility' | 'assessment'; id: string; label: string }) {
  const [state, dispatch] = useActionState(deleteLeadershipEntryAction, initialActionState);
  return (
    <form action={dispatch}>
      <input type="hidden" name="entry" value={entry} />
      <input type="hidden" name="entryId" value={id} />
      <button type="submit" aria-label={`${t.delete}：${label}`} className="text-sm text-red-700 hover:underline">
        {t.delete}
      </button>
      {state.ok ? null : <FormMessage state={state} />}
    </form>
  );
}
