'use client';

import { Field } from '@/components/forms/field';
import { SelectField } from '@/components/forms/fields';
import { FormMessage } from '@/components/forms/form-message';
import { useKeptForm } from '@/components/forms/use-kept-form';
import { messages } from '@/lib/i18n/messages';
import { handOutDeviceAction, registerDeviceAction, retireDeviceAction, returnDeviceAction } from './actions';

const t = messages.evidence;
const f = t.fields;
const button = 'rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60';
const small = 'rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm text-stone-800 hover:bg-stone-100 disabled:opacity-60';

export function RegisterDeviceForm() {
  const { state, action, pending, formRef, onSubmit, errors } = useKeptForm(registerDeviceAction);
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="grid gap-3 md:grid-cols-3" noValidate data-testid="register-device">
      <div className="md:col-span-3">
        <FormMessage state={state} />
      </div>
      <Field name="code" label={f.code} errors={errors.code} />
      <SelectField
        name="deviceKind"
        label={f.deviceKind}
        options={[
          { value: 'BODY_CAMERA', label: t.devices.kinds.BODY_CAMERA },
          { value: 'CAMERA', label: t.devices.kinds.CAMERA },
        ]}
        errors={errors.deviceKind}
      />
      <Field name="model" label={f.model} errors={errors.model} />
      <div className="md:col-span-3">
        <button type="submit" disabled={pending} className={button}>
          {t.devices.register}
        </button>
      </div>
    </form>
  );
}

export function HandOutForm({ deviceId, code, officers }: { deviceId: string; code: string; officers: { id: string; name: string }[] }) {
  const { state, action, pending, formRef, onSubmit, errors } = useKeptForm(handOutDeviceAction);
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="deviceId" value={deviceId} />
      <SelectField
        id={`officer-${deviceId}`}
        name="officerId"
        label={`${t.devices.borrower}（${code}）`}
        options={[{ value: '', label: t.devices.officerPlaceholder }, ...officers.map((o) => ({ value: o.id, label: o.name }))]}
        errors={errors.officerId}
      />
      <Field id={`handedOutAt-${deviceId}`} name="handedOutAt" type="datetime-local" label={f.handedOutAt} errors={errors.handedOutAt} />
      <button type="submit" disabled={pending} className={small}>
        {t.devices.handOut}
      </button>
      <div className="w-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

export function ReturnForm({ deviceId }: { deviceId: string }) {
  const { state, action, pending, formRef, onSubmit, errors } = useKeptForm(returnDeviceAction);
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="deviceId" value={deviceId} />
      <Field id={`returnedAt-${deviceId}`} name="returnedAt" type="datetime-local" label={f.returnedAt} errors={errors.returnedAt} />
      <button type="submit" disabled={pending} className={small}>
        {t.devices.giveBack}
      </button>
      <div className="w-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

export function RetireForm({ deviceId }: { deviceId: string }) {
  const { state, action, pending, formRef, onSubmit } = useKeptForm(retireDeviceAction);
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="deviceId" value={deviceId} />
      <button type="submit" disabled={pending} className={small}>
        {t.devices.retire}
      </button>
      <div className="w-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
