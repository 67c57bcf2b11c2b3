'use client';

import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { INSPECTION_KINDS, PARTNER_DEPARTMENTS } from '@/lib/domain/inspections/inspection-rules';
import { messages } from '@/lib/i18n/messages';
import type { RecordFormOptions } from '@/lib/queries/inspections/form-options';
import { recordInspectionAction } from '../../actions';
import { CheckboxGroup, PrimaryButton, SelectField, TextAreaField } from '../../_components/controls';
import { useKeptForm } from '@/components/forms/use-kept-form';

const t = messages.inspections;
const r = t.record;

export type RecordDefaults = { entityId: string; planId: string; kind: string; inspectorIds: string[] };

export function RecordInspectionForm({ options, defaults }: { options: RecordFormOptions; defaults: RecordDefaults }) {
  const { state, action, pending, formRef, onSubmit, errors } = useKeptForm(recordInspectionAction);
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="grid gap-4 md:grid-cols-2" noValidate aria-label={r.title}>
      <div className="md:col-span-2">
        <FormMessage state={state} />
      </div>
      <SelectField
        name="entityId"
        label={r.entity}
        options={[{ value: '', label: r.choose }, ...options.entities.map((e) => ({ value: e.id, label: e.name }))]}
        defaultValue={defaults.entityId}
        errors={errors.entityId}
      />
      <SelectField
        name="planId"
        label={r.plan}
        options={[{ value: '', label: r.noPlan }, ...options.plans.map((p) => ({ value: p.id, label: `${p.year} ${p.title}` }))]}
        defaultValue={defaults.planId}
        errors={errors.planId}
      />
      <SelectField
        name="inspectionKind"
        label={r.kind}
        options={INSPECTION_KINDS.map((kind) => ({ value: kind, label: t.inspectionKinds[kind] }))}
        defaultValue={defaults.kind}
        errors={errors.inspectionKind}
      />
      <Field name="inspectedOn" type="date" label={r.date} defaultValue={options.today} max={options.today} errors={errors.inspectedOn} />
      <label className="flex items-center gap-2 text-sm font-medium md:col-span-2">
        <input type="checkbox" name="onSite" defaultChecked />
        {r.onSite}
      </label>
      <div className="md:col-span-2">
        {options.inspectors.length === 0 ? (
          <p className="text-sm text-amber-800">{r.noInspectors}</p>
        ) : (
          <CheckboxGroup
            name="inspectorIds"
            legend={r.inspectors}
            options={options.inspectors.map((i) => ({ value: i.id, label: `${i.name}（${i.unit}）` }))}
            defaultChecked={defaults.inspectorIds}
            hint={r.inspectorsHint}
            errors={errors.inspectorIds}
          />
        )}
      </div>
      <div className="md:col-span-2">
        <CheckboxGroup name="partnerDepartments" legend={r.partners} options={PARTNER_DEPARTMENTS.map((d) => ({ value: d, label: d }))} errors={errors.partnerDepartments} />
      </div>
      <TextAreaField name="itemsChecked" label={r.items} rows={4} errors={errors.itemsChecked} />
      <TextAreaField name="findings" label={r.findings} rows={4} errors={errors.findings} />
      <div className="md:col-span-2">
        <TextAreaField name="inspectionSummary" label={r.summary} rows={3} errors={errors.inspectionSummary} />
      </div>
      <div className="md:col-span-2">
        <PrimaryButton pending={pending}>{r.submit}</PrimaryButton>
      </div>
    </form>
  );
}
