'use client';

import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { ENTITY_KINDS } from '@/lib/domain/inspections/inspection-rules';
import { messages } from '@/lib/i18n/messages';
import { createPlanAction, runDrawAction } from '../actions';
import { PrimaryButton, SelectField } from '../_components/controls';
import { useKeptForm } from '@/components/forms/use-kept-form';

const t = messages.inspections;
const f = t.fields;

export function CreatePlanForm({ defaultYear }: { defaultYear: number }) {
  const { state, action, pending, formRef, onSubmit, errors } = useKeptForm(createPlanAction);
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="grid gap-4 md:grid-cols-2" noValidate>
      <div className="md:col-span-2">
        <FormMessage state={state} />
      </div>
      <Field name="planYear" type="number" inputMode="numeric" label={f.planYear} defaultValue={defaultYear} errors={errors.planYear} />
      <Field name="planTitle" label={f.planTitle} errors={errors.planTitle} />
      <div className="md:col-span-2">
        <PrimaryButton pending={pending}>{t.plans.create}</PrimaryButton>
      </div>
    </form>
  );
}

export function RunDrawForm({ planId }: { planId: string }) {
  const { state, action, pending, formRef, onSubmit, errors } = useKeptForm(runDrawAction);
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="grid gap-4 md:grid-cols-3" noValidate aria-label={t.plans.drawTitle}>
      <div className="md:col-span-3">
        <FormMessage state={state} />
      </div>
      <input type="hidden" name="planId" value={planId} />
      <SelectField
        name="entityKind"
        label={f.entityKind}
        options={ENTITY_KINDS.map((kind) => ({ value: kind, label: t.entityKinds[kind] }))}
        defaultValue="ELDERLY_CARE"
        errors={errors.entityKind}
      />
      <Field name="entityCount" type="number" inputMode="numeric" min={1} label={f.entityCount} errors={errors.entityCount} />
      <Field name="seed" label={f.seed} errors={errors.seed} autoComplete="off" />
      <p className="text-xs text-stone-600 md:col-span-3">
        {t.plans.countHint}
        {t.plans.seedHint}
      </p>
      <div className="md:col-span-3">
        <PrimaryButton pending={pending}>{t.plans.drawButton}</PrimaryButton>
      </div>
    </form>
  );
}
