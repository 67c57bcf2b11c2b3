'use client';

import { Field } from '@/components/forms/field';
import { useKeptForm } from '@/components/forms/use-kept-form';
import { FieldNotes, SelectField, TextAreaField, describedBy } from '@/components/forms/fields';
import { FormMessage } from '@/components/forms/form-message';
import { messages } from '@/lib/i18n/messages';
import type { PublicActionState } from '@/lib/public-action';
import { FormGuard } from '../_components/form-guard';
import { TrackingReceipt } from '../_components/tracking-receipt';
import { submitReportAction } from './actions';

const t = messages.publicRequests;
const f = t.reportFields;
const initial: PublicActionState<{ code: string }> = { ok: false };

export function ReportForm({ challenge, bits }: { challenge: string; bits: number }) {
  // A refused submission keeps what was typed (useKeptForm); without JavaScript the form posts as usual.
  const { state, action, pending, formRef, onSubmit, errors: e } = useKeptForm(submitReportAction, initial);
  if (state.ok && state.data) {
    return <TrackingReceipt done={t.report.done} code={state.data.code} />;
  }
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="space-y-6" noValidate>
      <FormMessage state={state} />
      <FormGuard challenge={challenge} bits={bits} />
      <SelectField name="kind" label={f.kind} options={Object.entries(t.report.kinds).map(([value, label]) => ({ value, label }))} errors={e.kind} />
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-xl font-bold text-brand-800">{t.report.reporter}</legend>
        <div className="flex items-center gap-2 md:col-span-2">
          <input id="field-anonymous" type="checkbox" name="anonymous" defaultChecked className="h-5 w-5" />
          <label htmlFor="field-anonymous">{f.anonymous}</label>
        </div>
        <Field name="reporterName" label={f.reporterName} autoComplete="name" errors={e.reporterName} />
        <Field name="reporterContact" label={f.reporterContact} autoComplete="tel" errors={e.reporterContact} />
      </fieldset>
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-xl font-bold text-brand-800">{t.report.illegalOrg}</legend>
        <Field name="organisationName" label={f.organisationName} errors={e.organisationName} />
        <Field name="place" label={f.place} errors={e.place} />
      </fieldset>
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-xl font-bold text-brand-800">{t.report.complaint}</legend>
        <Field name="officerName" label={f.officerName} errors={e.officerName} />
        <Field name="caseReference" label={f.caseReference} errors={e.caseReference} />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-xl font-bold text-brand-800">{t.report.details}</legend>
        <TextAreaField name="description" label={f.description} rows={6} required errors={e.description} />
        <div className="space-y-1">
          <label htmlFor="field-evidence" className="block text-sm font-medium text-stone-800">
            {f.evidence}
          </label>
          <input
            id="field-evidence"
            type="file"
            name="evidence"
            multiple
            accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg"
            aria-describedby={describedBy('field-evidence', t.report.evidenceHint, e.evidence)}
            aria-invalid={e.evidence ? true : undefined}
            className="block w-full text-base"
          />
          <FieldNotes id="field-evidence" hint={t.report.evidenceHint} errors={e.evidence} />
        </div>
      </fieldset>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-base font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? '处理中…' : t.report.submit}
      </button>
    </form>
  );
}
