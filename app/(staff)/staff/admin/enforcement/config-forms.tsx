'use client';

import { Field } from '@/components/forms/field';
import { SelectField } from '@/components/forms/fields';
import { FormMessage } from '@/components/forms/form-message';
import { DISCRETION_SEVERITIES, NO_PENALTY_CONDITION_NAMES, SEVERITY_NAMES } from '@/lib/domain/enforcement';
import { messages } from '@/lib/i18n/messages';
import { NO_PENALTY_CONDITIONS } from '@/lib/schemas/enforcement';
import {
  deleteDiscretionBandAction,
  deleteNoPenaltyItemAction,
  saveDiscretionBandAction,
  saveNoPenaltyItemAction,
} from '../../cases/actions';
import { useKeptForm } from '@/components/forms/use-kept-form';

const t = messages.enforcement.ui.config;

export function DeleteButton({ kind, id }: { kind: 'band' | 'item'; id: string }) {
  const { state, pending, formRef, onSubmit, action } = useKeptForm(kind === 'band' ? deleteDiscretionBandAction : deleteNoPenaltyItemAction);
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="inline">
      <input type="hidden" name="configId" value={id} />
      <button type="submit" disabled={pending} className="ml-2 text-sm text-red-700 hover:underline">{t.delete}</button>
      {state.ok ? null : <FormMessage state={state} />}
    </form>
  );
}

export function ConfigForms() {
  const band = useKeptForm(saveDiscretionBandAction);
  const item = useKeptForm(saveNoPenaltyItemAction);
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <form ref={band.formRef} action={band.action} onSubmit={band.onSubmit} className="space-y-3 rounded-lg border border-stone-200 p-4" noValidate aria-label={t.addBand}>
        <h2 className="font-semibold">{t.addBand}</h2>
        <FormMessage state={band.state} />
        <Field name="violationType" label={t.violationType} errors={band.errors.violationType} />
        <Field name="violationName" label={t.violationName} errors={band.errors.violationName} />
        <SelectField name="severity" label={t.severity} options={DISCRETION_SEVERITIES.map((s) => ({ value: s, label: SEVERITY_NAMES[s] }))} errors={band.errors.severity} />
        <Field name="minFine" label={t.minFine} inputMode="numeric" errors={band.errors.minFine} />
        <Field name="maxFine" label={t.maxFine} inputMode="numeric" errors={band.errors.maxFine} />
        <button type="submit" disabled={band.pending} className="rounded-md bg-brand-700 px-4 py-2 text-sm text-white">{t.save}</button>
      </form>
      <form ref={item.formRef} action={item.action} onSubmit={item.onSubmit} className="space-y-3 rounded-lg border border-stone-200 p-4" noValidate aria-label={t.addItem}>
        <h2 className="font-semibold">{t.addItem}</h2>
        <FormMessage state={item.state} />
        <Field name="violationType" id="item-violationType" label={t.violationTypeOrAll} errors={item.errors.violationType} />
        <Field name="itemTitle" label={t.itemTitle} errors={item.errors.itemTitle} />
        <fieldset className="space-y-1 text-sm">
          <legend className="font-medium">{t.conditions}</legend>
          {NO_PENALTY_CONDITIONS.map((c) => (
            <label key={c} className="flex items-center gap-2"><input type="checkbox" name="conditions" value={c} />{NO_PENALTY_CONDITION_NAMES[c]}</label>
          ))}
          {item.errors.conditions ? <p className="text-red-700">{item.errors.conditions.join('；')}</p> : null}
        </fieldset>
        <SelectField name="outcome" label={t.outcome} options={[{ value: 'SHALL_NOT', label: t.shallNot }, { value: 'MAY_NOT', label: t.mayNot }]} />
        <Field name="citation" label={t.citation} errors={item.errors.citation} />
        <button type="submit" disabled={item.pending} className="rounded-md bg-brand-700 px-4 py-2 text-sm text-white">{t.save}</button>
      </form>
    </div>
  );
}
