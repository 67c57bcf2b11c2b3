'use client';

import { useActionState } from 'react';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { initialActionState } from '@/lib/action-state';
import { messages } from '@/lib/i18n/messages';
import { GuardedSubmit, TextAreaField, keepFieldsOnSubmit } from '../../reviews/_components/form-kit';
import { draftTeachingCaseAction, sendTeachingCaseAction, updateTeachingCaseAction } from './actions';

const text = messages.publicity.teachingCases;

export function DraftTeachingCaseForm({ caseId, caseNumber }: { caseId: string; caseNumber: string }) {
  const [state, action, pending] = useActionState(draftTeachingCaseAction, initialActionState);
  return (
    <form action={action} onSubmit={keepFieldsOnSubmit(action)} className="space-y-1">
      <input type="hidden" name="caseId" value={caseId} />
      <GuardedSubmit pending={pending} variant="secondary">
        {text.buttons.draft}
        <span className="sr-only">（{caseNumber}）</span>
      </GuardedSubmit>
      <FormMessage state={state} />
    </form>
  );
}

export function EditTeachingCaseForm({ id, title, body, readOnly }: { id: string; title: string; body: string; readOnly: boolean }) {
  const [state, action, pending] = useActionState(updateTeachingCaseAction, initialActionState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} onSubmit={keepFieldsOnSubmit(action)} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <fieldset disabled={readOnly} className="space-y-4">
        <Field id="teaching-title" name="title" label={text.fields.title} defaultValue={title} errors={errors.title} />
        <TextAreaField id="teaching-body" name="body" label={text.fields.body} hint={text.hints.body} rows={18} defaultValue={body} errors={errors.body} />
      </fieldset>
      {readOnly ? null : <GuardedSubmit pending={pending}>{text.buttons.save}</GuardedSubmit>}
    </form>
  );
}

export function SendTeachingCaseForm({ id }: { id: string }) {
  const [state, action, pending] = useActionState(sendTeachingCaseAction, initialActionState);
  return (
    <form action={action} onSubmit={keepFieldsOnSubmit(action)} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <p className="text-sm text-stone-600">{text.hints.category}</p>
      <GuardedSubmit pending={pending} variant="secondary">
        {text.buttons.send}
      </GuardedSubmit>
      <FormMessage state={state} />
    </form>
  );
}
