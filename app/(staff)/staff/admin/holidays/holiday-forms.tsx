'use client';

import { useActionState } from 'react';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { initialActionState } from '@/lib/action-state';
import { messages } from '@/lib/i18n/messages';
import { deleteHolidayAction, importHolidaysAction, upsertHolidayAction } from './actions';

const t = messages.calendar;
const selectClass = 'w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base focus:border-brand-600';

export function UpsertHolidayForm({ initial }: { initial: { date: string; kind: string; name: string } }) {
  const [state, action] = useActionState(upsertHolidayAction, initialActionState);
  return (
    <form action={action} className="grid gap-4 md:grid-cols-4 md:items-end" noValidate aria-label={t.upsertTitle}>
      <div className="md:col-span-4">
        <FormMessage state={state} />
      </div>
      <Field id="holiday-date" name="date" type="date" label={t.fields.date} defaultValue={initial.date} errors={state.fieldErrors?.date} />
      <div className="space-y-1">
        <label htmlFor="holiday-kind" className="block text-sm font-medium text-stone-800">
          {t.fields.kind}
        </label>
        <select id="holiday-kind" name="kind" defaultValue={initial.kind} className={selectClass}>
          <option value="HOLIDAY">{t.kinds.HOLIDAY}</option>
          <option value="MAKEUP_WORKDAY">{t.kinds.MAKEUP_WORKDAY}</option>
        </select>
      </div>
      <Field id="holiday-name" name="holidayName" label={t.fields.holidayName} defaultValue={initial.name} errors={state.fieldErrors?.holidayName} />
      <div>
        <SubmitButton>{t.save}</SubmitButton>
      </div>
    </form>
  );
}

export function DeleteHolidayForm({ date }: { date: string }) {
  const [state, action] = useActionState(deleteHolidayAction, initialActionState);
  return (
    <form action={action} className="inline-block space-y-1">
      <input type="hidden" name="date" value={date} />
      <button type="submit" aria-label={t.deleteLabel(date)} className="rounded-md border border-red-300 bg-white px-2 py-1 text-sm text-red-700 hover:bg-red-50">
        {t.delete}
      </button>
      {state.ok ? null : <FormMessage state={state} />}
    </form>
  );
}

export function ImportChineseDaysForm({ year }: { year: number }) {
  const [state, action] = useActionState(importHolidaysAction, initialActionState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="source" value="CHINESE_DAYS" />
      <input type="hidden" name="year" value={year} />
      <SubmitButton variant="secondary">{t.importChineseDays}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function ImportCsvForm({ year }: { year: number }) {
  const [state, action] = useActionState(importHolidaysAction, initialActionState);
  const errors = state.fieldErrors?.csv;
  return (
    <form action={action} className="space-y-2" noValidate>
      <input type="hidden" name="source" value="CSV" />
      <input type="hidden" name="year" value={year} />
      <label htmlFor="holiday-csv" className="block text-sm font-medium text-stone-800">
        {t.fields.csv}
      </label>
      <p id="holiday-csv-hint" className="text-sm text-stone-600">
        {t.csvHint}
      </p>
      <textarea
        id="holiday-csv"
        name="csv"
        rows={6}
        aria-describedby="holiday-csv-hint"
        aria-invalid={errors ? true : undefined}
        placeholder={`${year}-01-01,HOLIDAY,元旦`}
        className="w-full rounded-md border border-stone-300 bg-white px-3 py-2 font-mono text-sm focus:border-brand-600"
      />
      <SubmitButton variant="secondary">{t.importCsv}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
