'use client';

import { useActionState, useState } from 'react';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { initialActionState } from '@/lib/action-state';
import { messages } from '@/lib/i18n/messages';
import { ADVISER_WORK_KINDS } from '@/lib/schemas/legal-affairs';
import { GuardedSubmit, SelectField, TextAreaField, keepFieldsOnSubmit } from '../reviews/_components/form-kit';
import { createLegalAdviserAction, recordAdviserWorkAction, recordLegalQualificationAction } from './actions';

const text = messages.legalAffairs;

export function CreateAdviserForm() {
  const [state, action, pending] = useActionState(createLegalAdviserAction, initialActionState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} onSubmit={keepFieldsOnSubmit(action)} className="grid gap-4 md:grid-cols-2" noValidate>
      <div className="md:col-span-2">
        <FormMessage state={state} />
      </div>
      <Field id="adviser-name" name="name" label={text.advisers.labels.name} errors={errors.name} />
      <Field id="adviser-firm" name="firm" label={text.advisers.labels.firm} errors={errors.firm} />
      <Field id="adviser-termFrom" name="termFrom" type="date" label={text.advisers.labels.termFrom} errors={errors.termFrom} />
      <Field id="adviser-termTo" name="termTo" type="date" label={text.advisers.labels.termTo} errors={errors.termTo} />
      <div className="md:col-span-2">
        <GuardedSubmit pending={pending}>{text.advisers.buttons.create}</GuardedSubmit>
      </div>
    </form>
  );
}

const KIND_OPTIONS = ADVISER_WORK_KINDS.map((kind) => ({ value: kind, label: text.advisers.kinds[kind] }));

export function RecordWorkForm({ advisers, contractReviews }: { advisers: { id: string; label: string }[]; contractReviews: { id: string; label: string }[] }) {
  const [state, action, pending] = useActionState(recordAdviserWorkAction, initialActionState);
  const errors = state.fieldErrors ?? {};
  const [kind, setKind] = useState<string>(ADVISER_WORK_KINDS[0]);
  const isCase = kind === 'LITIGATION' || kind === 'RECONSIDERATION';
  const f = text.advisers.labels;
  return (
    <form action={action} onSubmit={keepFieldsOnSubmit(action)} className="grid gap-4 md:grid-cols-2" noValidate>
      <div className="md:col-span-2">
        <FormMessage state={state} />
      </div>
      <SelectField id="work-adviserId" name="adviserId" label={f.adviserId} options={advisers.map((a) => ({ value: a.id, label: a.label }))} errors={errors.adviserId} />
      <SelectField id="work-kind" name="kind" label={f.kind} options={KIND_OPTIONS} value={kind} onChange={(event) => setKind(event.target.value)} errors={errors.kind} />
      <Field id="work-title" name="title" label={f.title} errors={errors.title} />
      <Field id="work-occurredOn" name="occurredOn" type="date" label={f.occurredOn} errors={errors.occurredOn} />
      <Field id="work-caseNumber" name="caseNumber" label={f.caseNumber} aria-required={isCase} errors={errors.caseNumber} />
      <Field id="work-courtOrOrgan" name="courtOrOrgan" label={f.courtOrOrgan} aria-required={isCase} errors={errors.courtOrOrgan} />
      <Field id="work-caseStatus" name="caseStatus" label={f.caseStatus} errors={errors.caseStatus} />
      <Field id="work-caseOutcome" name="caseOutcome" label={f.caseOutcome} errors={errors.caseOutcome} />
      <p className="text-xs text-stone-600 md:col-span-2">{text.advisers.hints.caseFields}</p>
      <div className="md:col-span-2">
        <SelectField
          id="work-reviewId"
          name="reviewId"
          label={f.reviewId}
          hint={text.advisers.hints.reviewId}
          options={[{ value: '', label: text.advisers.noReview }, ...contractReviews.map((r) => ({ value: r.id, label: r.label }))]}
          errors={errors.reviewId}
        />
      </div>
      <div className="md:col-span-2">
        <TextAreaField id="work-notes" name="notes" label={f.notes} rows={3} errors={errors.notes} />
      </div>
      <div className="md:col-span-2">
        <GuardedSubmit pending={pending}>{text.advisers.buttons.record}</GuardedSubmit>
      </div>
    </form>
  );
}

export function QualificationForm({ userId, name, current }: { userId: string; name: string; current: string | null }) {
  const [state, action, pending] = useActionState(recordLegalQualificationAction, initialActionState);
  return (
    <form action={action} onSubmit={keepFieldsOnSubmit(action)} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="userId" value={userId} />
      <Field
        id={`qualification-${userId}`}
        name="qualificationNo"
        label={text.qualifications.fieldLabel(name)}
        defaultValue={current ?? ''}
        errors={state.fieldErrors?.qualificationNo}
      />
      <GuardedSubmit pending={pending} variant="secondary">
        {text.qualifications.save}
      </GuardedSubmit>
      <div className="basis-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
