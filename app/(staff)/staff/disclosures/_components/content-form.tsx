'use client';

import { startTransition, useActionState, type FormEvent } from 'react';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { initialActionState } from '@/lib/action-state';
import { DISCLOSURE_TOPICS } from '@/lib/domain/disclosure/catalogue';
import { CATEGORY_NAMES, DISCLOSURE_CATEGORIES } from '@/lib/domain/disclosure/categories';
import { messages } from '@/lib/i18n/messages';
import { createDisclosureAction, updateDisclosureAction } from '../actions';
import { SelectField, TextAreaField } from '@/components/forms/fields';

const text = messages.disclosure;
const CATEGORY_OPTIONS = [{ value: '', label: text.list.choose }, ...DISCLOSURE_CATEGORIES.map((category) => ({ value: category, label: CATEGORY_NAMES[category] }))];
const TOPIC_OPTIONS = [{ value: '', label: text.fields.noTopic }, ...DISCLOSURE_TOPICS.map((topic) => ({ value: topic, label: topic }))];

export type ContentValues = {
  category: string;
  title: string;
  summary: string;
  body: string;
  sourceDepartment: string;
  formedOn: string;
  documentNumber?: string;
  topic?: string;
  validFrom?: string;
  validUntil?: string;
};

// The draft's content. Submitted through a transition rather than the form's own action so that a
// refused save keeps what the editor typed (a form action resets its fields); without JavaScript
// the form still posts to the same server action.
export function ContentForm({ values, id, updatedAt }: { values: ContentValues; id?: string; updatedAt?: string }) {
  const [state, action, pending] = useActionState(id ? updateDisclosureAction : createDisclosureAction, initialActionState);
  const errors = state.fieldErrors ?? {};
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  return (
    <form action={action} onSubmit={onSubmit} className="grid gap-4 md:grid-cols-2" noValidate>
      <div className="md:col-span-2">
        <FormMessage state={state} />
      </div>
      {id ? <input type="hidden" name="id" value={id} /> : null}
      {updatedAt ? <input type="hidden" name="expectedUpdatedAt" value={updatedAt} /> : null}
      <SelectField name="category" label={text.fields.category} options={CATEGORY_OPTIONS} defaultValue={values.category} errors={errors.category} />
      <Field name="sourceDepartment" label={text.fields.sourceDepartment} defaultValue={values.sourceDepartment} errors={errors.sourceDepartment} />
      <div className="md:col-span-2">
        <Field name="title" label={text.fields.title} defaultValue={values.title} errors={errors.title} />
      </div>
      <div className="md:col-span-2">
        <TextAreaField name="summary" label={text.fields.summary} rows={2} defaultValue={values.summary} errors={errors.summary} />
      </div>
      <div className="md:col-span-2">
        <TextAreaField name="body" label={text.fields.body} rows={12} defaultValue={values.body} hint={`${text.hints.body}${text.hints.personNames}`} errors={errors.body} />
      </div>
      <div>
        <Field name="formedOn" type="date" label={text.fields.formedOn} defaultValue={values.formedOn} errors={errors.formedOn} />
        <p className="mt-1 text-xs text-stone-600">{text.hints.formedOn}</p>
      </div>
      <Field name="documentNumber" label={text.fields.documentNumber} defaultValue={values.documentNumber ?? ''} errors={errors.documentNumber} />
      <SelectField name="topic" label={text.fields.topic} options={TOPIC_OPTIONS} defaultValue={values.topic ?? ''} errors={errors.topic} />
      <Field name="validFrom" type="date" label={text.fields.validFrom} defaultValue={values.validFrom ?? ''} errors={errors.validFrom} />
      <div>
        <Field name="validUntil" type="date" label={text.fields.validUntil} defaultValue={values.validUntil ?? ''} errors={errors.validUntil} />
        <p className="mt-1 text-xs text-stone-600">{text.hints.validity}</p>
      </div>
      <div className="md:col-span-2">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? text.list.pending : text.buttons.save}
        </button>
      </div>
    </form>
  );
}
