'use client';

import Link from 'next/link';
import { useActionState, useState } from 'react';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { initialActionState } from '@/lib/action-state';
import { ACTIVITY_KIND_LABELS, ACTIVITY_KINDS, CHANNEL_SUGGESTIONS, FESTIVAL_SUGGESTIONS, type ActivityKind } from '@/lib/domain/publicity/activities';
import { messages } from '@/lib/i18n/messages';
import { SelectField } from '../../officers/_components/fields';
import { createResponsibilityAction, deleteActivityAction, deleteResponsibilityAction, recordActivityAction } from '../actions';

const text = messages.publicity;
const f = text.fields;

export function CreateResponsibilityForm({ year }: { year: number }) {
  const [state, action] = useActionState(createResponsibilityAction, initialActionState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="grid gap-4 md:grid-cols-2" noValidate>
      <div className="md:col-span-2">
        <FormMessage state={state} />
      </div>
      <Field name="year" type="number" label={f.year} defaultValue={year} errors={errors.year} />
      <Field name="unit" label={f.unit} errors={errors.unit} />
      <Field name="laws" label={f.laws} errors={errors.laws} />
      <Field name="audience" label={f.audience} errors={errors.audience} />
      <Field name="dueOn" type="date" label={f.dueOn} errors={errors.dueOn} />
      <div className="md:col-span-2">
        <SubmitButton>{text.buttons.addResponsibility}</SubmitButton>
      </div>
    </form>
  );
}

export function DeleteResponsibilityForm({ id, label }: { id: string; label: string }) {
  const [state, action] = useActionState(deleteResponsibilityAction, initialActionState);
  return (
    <form action={action}>
      <input type="hidden" name="responsibilityId" value={id} />
      <button type="submit" aria-label={`${text.buttons.delete}：${label}`} className="text-sm text-red-700 hover:underline">
        {text.buttons.delete}
      </button>
      {state.ok ? null : <FormMessage state={state} />}
    </form>
  );
}

export function DeleteActivityForm({ id, label }: { id: string; label: string }) {
  const [state, action] = useActionState(deleteActivityAction, initialActionState);
  return (
    <form action={action}>
      <input type="hidden" name="activityId" value={id} />
      <button type="submit" aria-label={`${text.buttons.delete}：${label}`} className="text-sm text-red-700 hover:underline">
        {text.buttons.delete}
      </button>
      {state.ok ? null : <FormMessage state={state} />}
    </form>
  );
}

// One form for the three kinds; the fields a kind does not use are hidden (and ignored by the
// server, which requires each kind's own fields).
export function RecordActivityForm() {
  const [state, action] = useActionState(recordActivityAction, initialActionState);
  const [kind, setKind] = useState<ActivityKind>('OFFLINE_EVENT');
  const errors = state.fieldErrors ?? {};
  const shows = {
    place: kind !== 'ONLINE_PUBLICATION',
    audience: kind !== 'ONLINE_PUBLICATION',
    leaflets: kind !== 'ONLINE_PUBLICATION',
    channel: kind !== 'OFFLINE_EVENT',
    link: kind !== 'OFFLINE_EVENT',
    festival: kind === 'FESTIVAL_CAMPAIGN',
  };
  return (
    <form action={action} className="grid gap-4 md:grid-cols-2" noValidate>
      <div className="md:col-span-2 space-y-2">
        <FormMessage state={state} />
        {state.ok ? (
          <Link className="text-sm text-brand-700 underline" href="/staff/publicity/ledger">
            {text.labels.seeLedger}
          </Link>
        ) : null}
      </div>
      <SelectField
        name="kind"
        label={f.kind}
        value={kind}
        onChange={(event) => setKind(event.currentTarget.value as ActivityKind)}
        options={ACTIVITY_KINDS.map((value) => ({ value, label: ACTIVITY_KIND_LABELS[value] }))}
        hint={text.hints.kind}
        errors={errors.kind}
      />
      <Field name="title" label={f.title} errors={errors.title} />
      <Field name="heldOn" type="date" label={f.heldOn} errors={errors.heldOn} />
      {shows.festival ? <Field name="festival" label={f.festival} list="festival-options" errors={errors.festival} /> : null}
      {shows.place ? <Field name="place" label={f.place} errors={errors.place} /> : null}
      {shows.audience ? <Field name="audience" label={f.activityAudience} errors={errors.audience} /> : null}
      {shows.leaflets ? <Field name="leaflets" type="number" min="0" label={f.leaflets} errors={errors.leaflets} /> : null}
      {shows.channel ? <Field name="channel" label={f.channel} list="channel-options" errors={errors.channel} /> : null}
      {shows.link ? <Field name="link" type="url" label={f.link} errors={errors.link} /> : null}
      <Field name="reach" type="number" min="0" label={f.reach} errors={errors.reach} />
      <datalist id="festival-options">
        {FESTIVAL_SUGGESTIONS.map((value) => (
          <option key={value} value={value} />
        ))}
      </datalist>
      <datalist id="channel-options">
        {CHANNEL_SUGGESTIONS.map((value) => (
          <option key={value} value={value} />
        ))}
      </datalist>
      <div className="md:col-span-2">
        <SubmitButton>{text.buttons.record}</SubmitButton>
      </div>
    </form>
  );
}
