'use client';

import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { messages } from '@/lib/i18n/messages';
import { recordRecheckAction, recordResponseAction } from '../../actions';
import { PrimaryButton, TextAreaField } from '../../_components/controls';
import { useKeptForm } from '@/components/forms/use-kept-form';

const t = messages.inspections;
const r = t.rectifications;

export function ResponseForm({ rectificationId }: { rectificationId: string }) {
  const { state, action, pending, formRef, onSubmit, errors } = useKeptForm(recordResponseAction);
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="space-y-3" noValidate aria-label={r.respondTitle}>
      <FormMessage state={state} />
      <input type="hidden" name="rectificationId" value={rectificationId} />
      <TextAreaField name="response" label={t.fields.response} rows={3} errors={errors.response} />
      <PrimaryButton pending={pending}>{r.respond}</PrimaryButton>
    </form>
  );
}

export function RecheckForm({ rectificationId, today }: { rectificationId: string; today: string }) {
  const { state, action, pending, formRef, onSubmit, errors } = useKeptForm(recordRecheckAction);
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="space-y-3" noValidate aria-label={r.recheckTitle}>
      <FormMessage state={state} />
      <input type="hidden" name="rectificationId" value={rectificationId} />
      <Field name="checkedOn" type="date" label={t.fields.checkedOn} defaultValue={today} max={today} errors={errors.checkedOn} />
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-stone-800">{t.fields.passed}</legend>
        <div className="flex gap-5 text-sm">
          <label className="flex items-center gap-1">
            <input type="radio" name="passed" value="true" />
            {r.passed}
          </label>
          <label className="flex items-center gap-1">
            <input type="radio" name="passed" value="false" />
            {r.failed}
          </label>
        </div>
        {errors.passed ? <p className="text-sm text-red-700">{errors.passed.join('；')}</p> : null}
      </fieldset>
      <TextAreaField name="recheckNote" label={t.fields.recheckNote} rows={2} errors={errors.recheckNote} />
      <PrimaryButton pending={pending}>{r.recheck}</PrimaryButton>
    </form>
  );
}
