'use client';

import { Field } from '@/components/forms/field';
import { SelectField, TextAreaField } from '@/components/forms/fields';
import { FormMessage } from '@/components/forms/form-message';
import { useKeptForm } from '@/components/forms/use-kept-form';
import { messages } from '@/lib/i18n/messages';
import { addWatchedOrganisationAction, setWatchStatusAction } from './actions';

const t = messages.evidence;
const f = t.fields;
const button = 'rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60';
const small = 'rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm text-stone-800 hover:bg-stone-100 disabled:opacity-60';

export function AddWatchedOrganisationForm({ today }: { today: string }) {
  const { state, action, pending, formRef, onSubmit, errors } = useKeptForm(addWatchedOrganisationAction);
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="grid gap-3 md:grid-cols-2" noValidate data-testid="add-watched">
      <div className="md:col-span-2">
        <FormMessage state={state} />
      </div>
      <Field name="name" label={f.name} errors={errors.name} />
      <SelectField name="source" label={f.source} options={t.watchlist.sources.map((s) => ({ value: s, label: s }))} errors={errors.source} />
      <Field name="notedOn" type="date" label={f.notedOn} defaultValue={today} max={today} errors={errors.notedOn} />
      <Field name="sourceDetail" label={f.sourceDetail} errors={errors.sourceDetail} />
      <div className="md:col-span-2">
        <TextAreaField name="note" label={f.note} rows={2} errors={errors.note} />
      </div>
      <div className="md:col-span-2">
        <button type="submit" disabled={pending} className={button}>
          {t.watchlist.add}
        </button>
      </div>
    </form>
  );
}

export function WatchStatusForm({ id, status }: { id: string; status: string }) {
  const { state, action, pending, formRef, onSubmit, errors } = useKeptForm(setWatchStatusAction);
  const options = (['SUSPECTED', 'INVESTIGATING', 'CLEARED'] as const).map((value) => ({ value, label: t.watchlist.statuses[value] }));
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="watchedOrganisationId" value={id} />
      <SelectField id={`status-${id}`} name="status" label={f.status} options={options} defaultValue={status} errors={errors.status} />
      <Field id={`note-${id}`} name="note" label={f.note} errors={errors.note} />
      <button type="submit" disabled={pending} className={small}>
        {t.watchlist.changeStatus}
      </button>
      <div className="w-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
