'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useState } from 'react';
import { Field } from '@/components/forms/field';
import { TextAreaField } from '@/components/forms/fields';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { initialActionState } from '@/lib/action-state';
import { messages } from '@/lib/i18n/messages';
import { editParagraphAction, generateReportAction, publishReportAction, recordSubmissionAction, sendReportAction } from '../actions';

const t = messages.reports;

// Generates (or regenerates) a year's report, then opens it.
export function GenerateReportForm({ defaultYear, label, fixedYear, confirmChanges }: { defaultYear: number; label: string; fixedYear?: boolean; confirmChanges?: boolean }) {
  const [state, action] = useActionState(generateReportAction, initialActionState);
  const [year, setYear] = useState(String(defaultYear));
  const router = useRouter();
  useEffect(() => {
    if (state.ok && state.message && !fixedYear) router.push(`/staff/reports/${year}`);
  }, [state, fixedYear, router, year]);
  return (
    <form action={action} className="flex flex-wrap items-end gap-3" noValidate>
      {fixedYear ? (
        <input type="hidden" name="year" value={year} />
      ) : (
        <div className="w-32">
          <Field name="year" type="number" label={t.fields.year} value={year} onChange={(e) => setYear(e.target.value)} errors={state.fieldErrors?.year} />
        </div>
      )}
      {confirmChanges ? (
        <label className="flex w-full items-start gap-2 text-sm">
          <input type="checkbox" name="acceptChanges" value="true" className="mt-1" />
          <span>{t.view.acceptChanges}</span>
        </label>
      ) : null}
      <SubmitButton variant={fixedYear ? 'secondary' : 'primary'}>{label}</SubmitButton>
      <div className="w-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

export function EditParagraphForm(props: { year: number; paragraphKey: string; narrative: string; version: number }) {
  const [state, action] = useActionState(editParagraphAction, initialActionState);
  const id = `narrative-${props.paragraphKey}`;
  return (
    <form action={action} className="space-y-2" noValidate>
      <input type="hidden" name="year" value={props.year} />
      <input type="hidden" name="key" value={props.paragraphKey} />
      <input type="hidden" name="expectedVersion" value={props.version} />
      <TextAreaField id={id} name="narrative" label={t.fields.narrative} hint={t.view.editHelp} defaultValue={props.narrative} rows={6} errors={state.fieldErrors?.narrative} />
      <FormMessage state={state} />
      <SubmitButton variant="secondary">{t.view.save}</SubmitButton>
    </form>
  );
}

export function SendReportForm({ year }: { year: number }) {
  const [state, action] = useActionState(sendReportAction, initialActionState);
  return (
    <form action={action} className="space-y-2" noValidate>
      <input type="hidden" name="year" value={year} />
      <FormMessage state={state} />
      <SubmitButton>{t.view.send}</SubmitButton>
    </form>
  );
}

export function PublishReportForm({ year }: { year: number }) {
  const [state, action] = useActionState(publishReportAction, initialActionState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="year" value={year} />
      <FormMessage state={state} />
      <SubmitButton>{t.view.publish}</SubmitButton>
    </form>
  );
}

export function SubmissionForm({ year, steps }: { year: number; steps: { value: string; label: string }[] }) {
  const [state, action] = useActionState(recordSubmissionAction, initialActionState);
  const f = t.submissions.fields;
  return (
    <form action={action} className="grid gap-3 md:grid-cols-3" noValidate data-testid="submission-form">
      <input type="hidden" name="year" value={year} />
      <div className="md:col-span-3">
        <FormMessage state={state} />
      </div>
      <label className="text-sm">
        <span className="mb-1 block font-medium">{f.step}</span>
        <select name="step" className="w-full rounded border border-stone-300 px-2 py-2">
          {steps.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <Field name="doneOn" type="date" label={f.doneOn} errors={state.fieldErrors?.doneOn} />
      <Field name="receipt" label={f.receipt} errors={state.fieldErrors?.receipt} />
      <div className="md:col-span-3">
        <SubmitButton variant="secondary">{t.submissions.record}</SubmitButton>
      </div>
    </form>
  );
}
