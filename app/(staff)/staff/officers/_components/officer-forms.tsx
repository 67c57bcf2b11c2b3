'use client';

import { useActionState } from 'react';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { initialActionState } from '@/lib/action-state';
import { CERTIFICATE_KIND_LABELS, CERTIFICATE_KINDS } from '@/lib/domain/officers/certificate-status';
import { messages } from '@/lib/i18n/messages';
import { addCertificateAction, createOfficerAction, recordTrainingAction, revokeCertificateAction, updateOfficerAction } from '../actions';
import { CheckboxField, SelectField } from './fields';

const text = messages.officers;
const f = text.fields;

type UserOption = { id: string; name: string; email: string };
type OfficerValues = { id: string; name: string; unit: string; isLegalStaff: boolean; legalQualificationNo: string | null; active: boolean; userId: string | null };

function userOptions(users: readonly UserOption[]) {
  return [{ value: '', label: text.labels.noUser }, ...users.map((user) => ({ value: user.id, label: `${user.name}（${user.email}）` }))];
}

function OfficerFields({ state, users, values, idPrefix }: { state: typeof initialActionState; users: readonly UserOption[]; values?: OfficerValues; idPrefix: string }) {
  const errors = state.fieldErrors ?? {};
  return (
    <>
      <Field id={`${idPrefix}-name`} name="name" label={f.name} defaultValue={values?.name} errors={errors.name} required />
      <Field id={`${idPrefix}-unit`} name="unit" label={f.unit} defaultValue={values?.unit} errors={errors.unit} required />
      <Field
        id={`${idPrefix}-lq`}
        name="legalQualificationNo"
        label={f.legalQualificationNo}
        defaultValue={values?.legalQualificationNo ?? ''}
        errors={errors.legalQualificationNo}
      />
      <SelectField
        id={`${idPrefix}-user`}
        name="userId"
        label={f.userId}
        options={userOptions(users)}
        defaultValue={values?.userId ?? ''}
        hint={text.hints.userId}
        errors={errors.userId}
      />
      <CheckboxField id={`${idPrefix}-legal`} name="isLegalStaff" label={f.isLegalStaff} defaultChecked={values?.isLegalStaff ?? false} hint={text.hints.isLegalStaff} />
      <p className="text-xs text-stone-600 md:col-span-2">{text.hints.legalQualificationNo}</p>
    </>
  );
}

export function CreateOfficerForm({ users }: { users: readonly UserOption[] }) {
  const [state, action] = useActionState(createOfficerAction, initialActionState);
  return (
    <form action={action} className="grid gap-4 md:grid-cols-2" noValidate>
      <div className="md:col-span-2">
        <FormMessage state={state} />
      </div>
      <OfficerFields state={state} users={users} idPrefix="new-officer" />
      <div className="md:col-span-2">
        <SubmitButton>{text.buttons.create}</SubmitButton>
      </div>
    </form>
  );
}

export function UpdateOfficerForm({ officer, users }: { officer: OfficerValues; users: readonly UserOption[] }) {
  const [state, action] = useActionState(updateOfficerAction, initialActionState);
  return (
    <form action={action} className="grid gap-4 md:grid-cols-2" noValidate>
      <input type="hidden" name="officerId" value={officer.id} />
      <div className="md:col-span-2">
        <FormMessage state={state} />
      </div>
      <OfficerFields state={state} users={users} values={officer} idPrefix="edit-officer" />
      <CheckboxField id="edit-officer-active" name="active" label={f.active} defaultChecked={officer.active} />
      <div className="md:col-span-2">
        <SubmitButton>{text.buttons.save}</SubmitButton>
      </div>
    </form>
  );
}

export function AddCertificateForm({ officerId }: { officerId: string }) {
  const [state, action] = useActionState(addCertificateAction, initialActionState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="grid gap-4 md:grid-cols-2" noValidate>
      <input type="hidden" name="officerId" value={officerId} />
      <div className="md:col-span-2">
        <FormMessage state={state} />
      </div>
      <SelectField name="kind" label={f.kind} options={CERTIFICATE_KINDS.map((kind) => ({ value: kind, label: CERTIFICATE_KIND_LABELS[kind] }))} errors={errors.kind} />
      <Field name="category" label={f.category} defaultValue="行政执法证" errors={errors.category} />
      <Field name="number" label={f.number} errors={errors.number} />
      <p className="self-end text-xs text-stone-600">{text.hints.category}</p>
      <Field name="validFrom" type="date" label={f.validFrom} errors={errors.validFrom} />
      <Field name="validTo" type="date" label={f.validTo} errors={errors.validTo} />
      <CheckboxField name="examPassed" label={f.examPassed} defaultChecked />
      <CheckboxField name="platformRegistered" label={f.platformRegistered} defaultChecked />
      <div className="md:col-span-2">
        <SubmitButton>{text.buttons.addCertificate}</SubmitButton>
      </div>
    </form>
  );
}

export function RevokeCertificateForm({ certificateId, number }: { certificateId: string; number: string }) {
  const [state, action] = useActionState(revokeCertificateAction, initialActionState);
  return (
    <form action={action} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="certificateId" value={certificateId} />
      <div className="w-48">
        <Field id={`reason-${certificateId}`} name="reason" label={`${f.reason}（${number}）`} errors={state.fieldErrors?.reason} />
      </div>
      <SubmitButton variant="danger">{text.buttons.revoke}</SubmitButton>
      <div className="w-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

export function RecordTrainingForm({ officers }: { officers: readonly { id: string; name: string; unit: string }[] }) {
  const [state, action] = useActionState(recordTrainingAction, initialActionState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="grid gap-4 md:grid-cols-2" noValidate>
      <div className="md:col-span-2">
        <FormMessage state={state} />
      </div>
      <Field name="title" label={f.title} errors={errors.title} />
      <Field name="organiser" label={f.organiser} errors={errors.organiser} />
      <Field name="heldOn" type="date" label={f.heldOn} errors={errors.heldOn} />
      <Field name="hours" type="number" step="0.5" min="0.5" label={f.hours} errors={errors.hours} />
      <fieldset className="md:col-span-2">
        <legend className="mb-1 text-sm font-medium text-stone-800">{f.officerIds}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {officers.map((officer) => (
            <label key={officer.id} className="flex items-center gap-1 text-sm">
              <input type="checkbox" name="officerIds" value={officer.id} defaultChecked />
              {officer.name}
            </label>
          ))}
        </div>
        {errors.officerIds ? <p className="text-sm text-red-700">{errors.officerIds.join('；')}</p> : null}
      </fieldset>
      <div className="md:col-span-2">
        <SubmitButton>{text.buttons.recordTraining}</SubmitButton>
      </div>
    </form>
  );
}
