'use client';

import { Field, RequiredMark } from '@/components/forms/field';
import { SelectField, TextAreaField } from '@/components/forms/fields';
import { FormMessage } from '@/components/forms/form-message';
import { CASE_PROCEDURES, CASE_TYPES, CASE_TYPE_NAMES, PARTY_KINDS, PARTY_KIND_NAMES, PROCEDURE_NAMES } from '@/lib/domain/enforcement';
import { messages } from '@/lib/i18n/messages';
import { MAX_PARTIES } from '@/lib/schemas/enforcement';
import { fileCaseAction } from '../actions';
import { useKeptForm } from '@/components/forms/use-kept-form';

const t = messages.enforcement.ui.form;

function Check({ name, label, value, defaultChecked }: { name: string; label: string; value?: string; defaultChecked?: boolean }) {
  return (
    <label className="flex items-start gap-2 text-sm">
      <input type="checkbox" name={name} value={value ?? 'on'} defaultChecked={defaultChecked} className="mt-1" />
      <span>{label}</span>
    </label>
  );
}

type Preset = { caseType?: string | undefined; watched?: { id: string; name: string } | undefined };

export function FileCaseForm(props: {
  officers: { id: string; name: string; unit: string; self: boolean }[];
  watched: { id: string; name: string }[];
  today: string;
  preset?: Preset;
}) {
  const { state, pending, formRef, onSubmit, action, errors } = useKeptForm(fileCaseAction);
  const watched = props.preset?.watched;
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="grid gap-4 md:grid-cols-2" noValidate aria-label={t.title}>
      <div className="md:col-span-2">
        <FormMessage state={state} />
      </div>
      <SelectField
        name="caseType"
        label={t.type}
        options={CASE_TYPES.map((k) => ({ value: k, label: CASE_TYPE_NAMES[k] }))}
        defaultValue={props.preset?.caseType ?? 'PENALTY'}
        required
        errors={errors.caseType}
      />
      <SelectField
        name="procedure"
        label={t.procedure}
        options={CASE_PROCEDURES.map((k) => ({ value: k, label: PROCEDURE_NAMES[k] }))}
        defaultValue="GENERAL"
        errors={errors.procedure}
      />
      <div className="md:col-span-2">
        <Field name="caseTitle" label={t.caseTitle} required defaultValue={watched ? t.banTitle(watched.name) : undefined} errors={errors.caseTitle} />
      </div>
      <div className="md:col-span-2">
        <TextAreaField name="caseFacts" label={t.facts} rows={4} errors={errors.caseFacts} />
      </div>
      <div className="md:col-span-2">
        <TextAreaField name="legalBasis" label={t.legalBasis} rows={2} errors={errors.legalBasis} />
      </div>
      <Field name="filedOn" type="date" label={t.filedOn} required defaultValue={props.today} max={props.today} errors={errors.filedOn} />
      <Field name="violationType" label={t.violationType} errors={errors.violationType} />
      <fieldset className="space-y-1 md:col-span-2" aria-describedby="officers-hint">
        <legend className="text-sm font-medium">
          {t.officers}
          <RequiredMark />
        </legend>
        <p id="officers-hint" className="text-xs text-stone-600">
          {t.officersHint}
        </p>
        <div className="grid gap-1 sm:grid-cols-3">
          {/* The signed-in officer is ticked: the one filing the case usually handles it. */}
          {props.officers.map((o) => (
            <Check key={o.id} name="officerIds" value={o.id} label={`${o.name}（${o.unit}）`} defaultChecked={o.self} />
          ))}
        </div>
        {errors.officerIds ? <p className="text-sm text-red-700">{errors.officerIds.join('；')}</p> : null}
      </fieldset>
      <div className="md:col-span-2 space-y-1">
        <Check name="recusalDeclared" label={t.recusal} />
        <Check name="isComplex" label={t.complex} />
        <Check name="publicImpact" label={t.publicImpact} />
        <Check name="factsConclusive" label={t.factsConclusive} />
      </div>
      <TextAreaField name="jointDepartments" label={t.joint} rows={2} errors={errors.jointDepartments} />
      <div className="space-y-4">
        <Field name="referredFrom" label={t.referredFrom} errors={errors.referredFrom} />
        <Field name="referredTo" label={t.referredTo} errors={errors.referredTo} />
      </div>
      <SelectField
        name="watchedOrganisationId"
        label={t.watched}
        options={[{ value: '', label: t.noWatched }, ...props.watched.map((w) => ({ value: w.id, label: w.name }))]}
        defaultValue={watched?.id ?? ''}
        errors={errors.watchedOrganisationId}
      />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t.summaryPenalty}</legend>
        <Check name="penaltyKinds" value="WARNING" label="警告" />
        <Check name="penaltyKinds" value="FINE" label="罚款" />
        <Field name="fineAmount" label={t.fine} inputMode="decimal" errors={errors.fineAmount} />
      </fieldset>
      {Array.from({ length: MAX_PARTIES }, (_, i) => (
        <fieldset key={i} className="grid gap-3 rounded-md border border-stone-200 p-3 md:col-span-2 md:grid-cols-3">
          <legend className="px-1 text-sm font-medium">{t.party(i + 1)}</legend>
          <SelectField
            name={`partyKind${i}`}
            label={t.partyKind}
            options={PARTY_KINDS.map((k) => ({ value: k, label: PARTY_KIND_NAMES[k] }))}
            defaultValue={i === 0 && watched ? 'ORGANISATION' : undefined}
          />
          <Field name={`partyName${i}`} label={t.partyName} required={i === 0} defaultValue={i === 0 && watched ? watched.name : undefined} errors={errors[`partyName${i}`]} />
          <Field name={`partyIdNumber${i}`} label={t.partyId} errors={errors[`partyIdNumber${i}`]} />
          <Field name={`partyAddress${i}`} label={t.partyAddress} />
          <Field name={`partyPhone${i}`} label={t.partyPhone} />
          <Field name={`partyRepresentative${i}`} label={t.partyRep} />
        </fieldset>
      ))}
      <div className="md:col-span-2">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? '处理中…' : t.submit}
        </button>
      </div>
    </form>
  );
}
