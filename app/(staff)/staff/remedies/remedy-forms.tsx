'use client';

import { Field } from '@/components/forms/field';
import { SelectField, TextAreaField } from '@/components/forms/fields';
import { FormMessage } from '@/components/forms/form-message';
import { useKeptForm } from '@/components/forms/use-kept-form';
import { REMEDY_KINDS, REMEDY_OUTCOMES } from '@/lib/domain/remedies/remedies';
import { messages } from '@/lib/i18n/messages';
import { recordRemedyProgressAction, registerRemedyAction } from './actions';

const t = messages.remedies;
const f = t.fields;
const button = 'rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60';
type Option = { value: string; label: string };
const none = { value: '', label: t.none };

export function RegisterRemedyForm({ links }: { links: { cases: Option[]; requests: Option[]; disclosures: Option[] } }) {
  const { state, action, pending, formRef, onSubmit, errors } = useKeptForm(registerRemedyAction);
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="grid gap-3 md:grid-cols-2" noValidate data-testid="register-remedy">
      <div className="md:col-span-2">
        <FormMessage state={state} />
      </div>
      <SelectField name="remedyKind" label={f.remedyKind} options={REMEDY_KINDS.map((k) => ({ value: k, label: t.kinds[k] }))} errors={errors.remedyKind} />
      <Field name="caseNumber" label={f.caseNumber} errors={errors.caseNumber} />
      <Field name="organ" label={f.organ} errors={errors.organ} />
      <Field name="claimant" label={f.claimant} errors={errors.claimant} />
      <Field name="challengedDecision" label={f.challengedDecision} errors={errors.challengedDecision} />
      <Field name="receivedOn" type="date" label={f.receivedOn} errors={errors.receivedOn} />
      <SelectField name="enforcementCaseId" label={f.enforcementCaseId} options={[none, ...links.cases]} errors={errors.enforcementCaseId} />
      <SelectField name="informationRequestId" label={f.informationRequestId} options={[none, ...links.requests]} errors={errors.informationRequestId} />
      <SelectField name="disclosureId" label={f.disclosureId} options={[none, ...links.disclosures]} errors={errors.disclosureId} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="afterReconsideration" value="true" />
        {f.afterReconsideration}
      </label>
      <div className="md:col-span-2">
        <button type="submit" disabled={pending} className={button}>
          {t.register}
        </button>
      </div>
    </form>
  );
}

export function RemedyProgressForm({
  remedy,
}: {
  remedy: {
    id: string;
    kind: string;
    answeredOn: string | null;
    hearingOn: string | null;
    headAppeared: boolean | null;
    outcome: string | null;
    concludedOn: string | null;
    notes: string;
  };
}) {
  const { state, action, pending, formRef, onSubmit, errors } = useKeptForm(recordRemedyProgressAction);
  const id = (name: string) => `${name}-${remedy.id}`;
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="grid gap-3 md:grid-cols-3" noValidate>
      <input type="hidden" name="remedyId" value={remedy.id} />
      <div className="md:col-span-3">
        <FormMessage state={state} />
      </div>
      <Field id={id('answeredOn')} name="answeredOn" type="date" label={f.answeredOn} defaultValue={remedy.answeredOn ?? ''} errors={errors.answeredOn} />
      {remedy.kind === 'LITIGATION' ? (
        <>
          <Field id={id('hearingOn')} name="hearingOn" type="date" label={f.hearingOn} defaultValue={remedy.hearingOn ?? ''} errors={errors.hearingOn} />
          <SelectField
            id={id('headAppeared')}
            name="headAppeared"
            label={f.headAppeared}
            defaultValue={remedy.headAppeared === null ? '' : String(remedy.headAppeared)}
            options={[
              { value: '', label: '—' },
              { value: 'true', label: t.appeared.true },
              { value: 'false', label: t.appeared.false },
            ]}
            errors={errors.headAppeared}
          />
        </>
      ) : null}
      <SelectField
        id={id('outcome')}
        name="outcome"
        label={f.outcome}
        defaultValue={remedy.outcome ?? ''}
        options={[{ value: '', label: t.pending }, ...REMEDY_OUTCOMES.map((o) => ({ value: o, label: t.outcomes[o] }))]}
        errors={errors.outcome}
      />
      <Field id={id('concludedOn')} name="concludedOn" type="date" label={f.concludedOn} defaultValue={remedy.concludedOn ?? ''} errors={errors.concludedOn} />
      <div className="md:col-span-3">
        <TextAreaField id={id('notes')} name="notes" label={f.notes} defaultValue={remedy.notes} rows={2} errors={errors.notes} />
      </div>
      <div className="md:col-span-3">
        <button type="submit" disabled={pending} className={button}>
          {t.progress}
        </button>
      </div>
    </form>
  );
}
