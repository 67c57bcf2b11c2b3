'use client';

import { useActionState } from 'react';
import { Field } from '@/components/forms/field';
import { SelectField } from '@/components/forms/fields';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { initialActionState } from '@/lib/action-state';
import { messages } from '@/lib/i18n/messages';
import { recordLicenceAction } from './actions';

const f = messages.reports.fields;
const t = messages.reports.licences;

export function RecordLicenceForm() {
  const [state, action] = useActionState(recordLicenceAction, initialActionState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="grid gap-4 md:grid-cols-2" noValidate>
      <div className="md:col-span-2">
        <FormMessage state={state} />
      </div>
      <Field name="decidedOn" type="date" label={f.decidedOn} errors={errors.decidedOn} />
      <Field name="matter" label={f.matter} errors={errors.matter} />
      <Field name="applicant" label={f.applicant} errors={errors.applicant} />
      <SelectField
        name="granted"
        label={f.granted}
        options={[
          { value: 'true', label: t.granted },
          { value: 'false', label: t.refused },
        ]}
        errors={errors.granted}
      />
      <div className="md:col-span-2">
        <SubmitButton>{t.submit}</SubmitButton>
      </div>
    </form>
  );
}
