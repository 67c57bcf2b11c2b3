'use client';

import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { ENTITY_KINDS } from '@/lib/domain/inspections/inspection-rules';
import { messages } from '@/lib/i18n/messages';
import { createEntityAction, declareConflictAction, updateEntityAction } from '../actions';
import { PrimaryButton, SelectField, TextAreaField } from '../_components/controls';
import { useKeptForm } from '@/components/forms/use-kept-form';

const t = messages.inspections;
const f = t.fields;
const KIND_OPTIONS = ENTITY_KINDS.map((kind) => ({ value: kind, label: t.entityKinds[kind] }));

export type EntityValues = {
  entityKind: string;
  entityName: string;
  address: string;
  licenceNo: string;
  registeredOn: string;
  filedOn: string;
  active: boolean;
};

function EntityFields({ values, errors }: { values?: EntityValues | undefined; errors: Record<string, string[]> }) {
  return (
    <>
      <SelectField name="entityKind" label={f.entityKind} options={KIND_OPTIONS} defaultValue={values?.entityKind ?? 'ELDERLY_CARE'} errors={errors.entityKind} />
      <Field name="entityName" label={f.entityName} defaultValue={values?.entityName} errors={errors.entityName} />
      <div className="md:col-span-2">
        <Field name="address" label={f.address} defaultValue={values?.address} errors={errors.address} />
      </div>
      <Field name="licenceNo" label={f.licenceNo} defaultValue={values?.licenceNo} errors={errors.licenceNo} />
      <Field name="registeredOn" type="date" label={f.registeredOn} defaultValue={values?.registeredOn} errors={errors.registeredOn} />
      <Field name="filedOn" type="date" label={f.filedOn} defaultValue={values?.filedOn} errors={errors.filedOn} />
    </>
  );
}

export function CreateEntityForm() {
  const { state, action, pending, formRef, onSubmit, errors } = useKeptForm(createEntityAction);
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="grid gap-4 md:grid-cols-2" noValidate>
      <div className="md:col-span-2">
        <FormMessage state={state} />
      </div>
      <EntityFields errors={errors} />
      <div className="md:col-span-2">
        <PrimaryButton pending={pending}>{t.entities.create}</PrimaryButton>
      </div>
    </form>
  );
}

export function UpdateEntityForm({ entityId, values }: { entityId: string; values: EntityValues }) {
  const { state, action, pending, onSubmit, errors } = useKeptForm(updateEntityAction);
  return (
    <form action={action} onSubmit={onSubmit} className="grid gap-4 md:grid-cols-2" noValidate>
      <div className="md:col-span-2">
        <FormMessage state={state} />
      </div>
      <input type="hidden" name="entityId" value={entityId} />
      <EntityFields values={values} errors={errors} />
      <SelectField
        name="active"
        label={t.entities.status}
        options={[
          { value: 'true', label: t.entities.active },
          { value: 'false', label: t.entities.inactive },
        ]}
        defaultValue={values.active ? 'true' : 'false'}
        errors={errors.active}
      />
      <div className="md:col-span-2">
        <PrimaryButton pending={pending}>{t.entities.save}</PrimaryButton>
      </div>
    </form>
  );
}

export function DeclareConflictForm({ entityId, officers }: { entityId: string; officers: { id: string; name: string; unit: string }[] }) {
  const { state, action, pending, formRef, onSubmit, errors } = useKeptForm(declareConflictAction);
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="grid gap-4 md:grid-cols-2" noValidate>
      <div className="md:col-span-2">
        <FormMessage state={state} />
      </div>
      <input type="hidden" name="entityId" value={entityId} />
      <SelectField
        name="officerId"
        label={f.officerId}
        options={[{ value: '', label: t.record.choose }, ...officers.map((o) => ({ value: o.id, label: `${o.name}（${o.unit}）` }))]}
        errors={errors.officerId}
      />
      <TextAreaField name="conflictReason" label={f.conflictReason} rows={2} errors={errors.conflictReason} />
      <div className="md:col-span-2">
        <PrimaryButton pending={pending}>{t.entities.declare}</PrimaryButton>
      </div>
    </form>
  );
}
