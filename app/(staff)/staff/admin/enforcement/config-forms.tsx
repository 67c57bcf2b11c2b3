'use client';

import { Field } from '@/components/forms/field';
import { SelectField } from '@/components/forms/fields';
import { FormMessage } from '@/components/forms/form-message';
import { DISCRETION_SEVERITIES, NO_PENALTY_CONDITION_NAMES, SEVERITY_NAMES } from '@/lib/domain/enforcement';
import { messages } from '@/lib/i18n/messages';
import { NO_PENALTY_CONDITIONS } from '@/lib/schemas/enforcement';
import { deleteDiscretionBandAction, deleteNoPenaltyItemAction, saveDiscretionBandAction, saveNoPenaltyItemAction } from '../../cases/actions';
import { useKeptForm } from '@/components/forms/use-kept-form';

const t = messages.enforcement.ui.config;

export function DeleteButton({ kind, id }: { kind: 'band' | 'item'; id: string }) {
  const { state, pending, formRef, onSubmit, action } = useKeptForm(kind === 'band' ? deleteDiscretionBandAction : deleteNoPenaltyItemAction);
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="inline">
      <input type="hidden" name="configId" value={id} />
      <button type="submit" disabled={pending} className="ml-2 text-sm text-red-700 hover:underline">
        {t.delete}
      </button>
      {state.ok ? null : <FormMessage state={state} />}
    </form>
  );
}

export function ConfigForms() {
  // Destructured: the compiler's ref check reads `bandRef` as a ref read during render.
  const { state: bandState, pending: bandPending, errors: bandErrors, formRef: bandRef, action: bandAction, onSubmit: bandSubmit } = useKeptForm(saveDiscretionBandAction);
  const { state: itemState, pending: itemPending, errors: itemErrors, formRef: itemRef, action: itemAction, onSubmit: itemSubmit } = useKeptForm(saveNoPenaltyItemAction);
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <form ref={bandRef} action={bandAction} onSubmit={bandSubmit} className="space-y-3 rounded-lg border border-stone-200 p-4" noValidate aria-label={t.addBand}>
        <h2 className="font-semibold">{t.addBand}</h2>
        <FormMessage state={bandState} />
        <Field name="violationType" label={t.violationType} errors={bandErrors.violationType} />
        <Field name="violationName" label={t.violationName} errors={bandErrors.violationName} />
        <SelectField name="severity" label={t.severity} options={DISCRETION_SEVERITIES.map((s) => ({ value: s, label: SEVERITY_NAMES[s] }))} errors={bandErrors.severity} />
        <Field name="minFine" label={t.minFine} inputMode="numeric" errors={bandErrors.minFine} />
        <Field name="maxFine" label={t.maxFine} inputMode="numeric" errors={bandErrors.maxFine} />
        <button type="submit" disabled={bandPending} className="rounded-md bg-brand-700 px-4 py-2 text-sm text-white">
          {t.save}
        </button>
      </form>
      <form ref={itemRef} action={itemAction} onSubmit={itemSubmit} className="space-y-3 rounded-lg border border-stone-200 p-4" noValidate aria-label={t.addItem}>
        <h2 className="font-semibold">{t.addItem}</h2>
        <FormMessage state={itemState} />
        <Field name="violationType" id="item-violationType" label={t.violationTypeOrAll} errors={itemErrors.violationType} />
        <Field name="itemTitle" label={t.itemTitle} errors={itemErrors.itemTitle} />
        <fieldset className="space-y-1 text-sm">
          <legend className="font-medium">{t.conditions}</legend>
          {NO_PENALTY_CONDITIONS.map((c) => (
            <label key={c} className="flex items-center gap-2">
              <input type="checkbox" name="conditions" value={c} />
              {NO_PENALTY_CONDITION_NAMES[c]}
            </label>
          ))}
          {itemErrors.conditions ? <p className="text-red-700">{itemErrors.conditions.join('；')}</p> : null}
        </fieldset>
        <SelectField
          name="outcome"
          label={t.outcome}
          options={[
            { value: 'SHALL_NOT', label: t.shallNot },
            { value: 'MAY_NOT', label: t.mayNot },
          ]}
        />
        <Field name="citation" label={t.citation} errors={itemErrors.citation} />
        <button type="submit" disabled={itemPending} className="rounded-md bg-brand-700 px-4 py-2 text-sm text-white">
          {t.save}
        </button>
      </form>
    </div>
  );
}
