'use client';

import { Field } from '@/components/forms/field';
import { useKeptForm } from '@/components/forms/use-kept-form';
import { SelectField, TextAreaField } from '@/components/forms/fields';
import { FormMessage } from '@/components/forms/form-message';
import { messages } from '@/lib/i18n/messages';
import type { PublicActionState } from '@/lib/public-action';
import { FormGuard } from '../_components/form-guard';
import { TrackingReceipt } from '../_components/tracking-receipt';
import { submitRequestAction } from './actions';

const t = messages.publicRequests;
const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const initial: PublicActionState<{ code: string }> = { ok: false };

export function ApplyForm({ challenge, bits }: { challenge: string; bits: number }) {
  // A refused submission keeps what was typed (useKeptForm); without JavaScript the form posts as usual.
  const { state, action, pending, formRef, onSubmit, errors: e } = useKeptForm(submitRequestAction, initial);
  if (state.ok && state.data) {
    return <TrackingReceipt done={t.apply.done} code={state.data.code} />;
  }
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="space-y-6" noValidate>
      <FormMessage state={state} />
      <FormGuard challenge={challenge} bits={bits} />
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-xl font-bold text-brand-800">{t.apply.applicant}</legend>
        <SelectField name="applicantKind" label={t.fields.applicantKind} options={options(messages.dashboard.requests.applicantKinds)} errors={e.applicantKind} />
        <Field name="applicantName" label={t.fields.applicantName} autoComplete="name" required errors={e.applicantName} />
        <SelectField name="idType" label={t.fields.idType} options={options(t.idTypes)} errors={e.idType} />
        <Field name="idNumber" label={t.fields.idNumber} autoComplete="off" required errors={e.idNumber} />
        <Field name="contactPhone" type="tel" label={t.fields.contactPhone} autoComplete="tel" required errors={e.contactPhone} />
        <Field name="contactEmail" type="email" label={t.fields.contactEmail} autoComplete="email" errors={e.contactEmail} />
        <div className="md:col-span-2">
          <Field name="contactAddress" label={t.fields.contactAddress} autoComplete="address-line1" errors={e.contactAddress} />
        </div>
      </fieldset>
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-xl font-bold text-brand-800">{t.apply.request}</legend>
        <div className="md:col-span-2">
          <TextAreaField name="subject" label={t.fields.subject} rows={5} required errors={e.subject} />
        </div>
        <div className="md:col-span-2">
          <Field name="purpose" label={t.fields.purpose} errors={e.purpose} />
        </div>
        <SelectField name="preferredForm" label={t.fields.preferredForm} options={options(t.preferredForms)} errors={e.preferredForm} />
        <SelectField name="delivery" label={t.fields.delivery} options={options(t.deliveries)} errors={e.delivery} />
      </fieldset>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-base font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? '处理中…' : t.apply.submit}
      </button>
    </form>
  );
}
