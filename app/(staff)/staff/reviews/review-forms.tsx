'use client';

import { useActionState, useState } from 'react';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { initialActionState } from '@/lib/action-state';
import { CHECKLIST_CITATIONS, CHECKLIST_NAMES, CHECKLISTS, CHECKPOINT_LABELS, CHECKPOINT_QUESTIONS, type Checklist } from '@/lib/domain/review/checkpoints';
import { REVIEW_OUTCOMES } from '@/lib/domain/review/status';
import { messages } from '@/lib/i18n/messages';
import { decideReviewAction, extendReviewAction, recordExternalOpinionAction } from './actions';
import { GuardedSubmit, TextAreaField, keepFieldsOnSubmit } from './_components/form-kit';
import { FILE_LIMIT_LABEL, FileField, useFileSubmit } from '../matters/_components/file-field';

const text = messages.review;

/**
 * The reviewer's decision: a note (labelled with the checkpoint's Chinese name) and 符合/不符合
 * (neither chosen at first) for each point of the round's own checklist, the outcome (同意 / 退回修改 / 提请移送), the opinion
 * (审核意见) and the button 提交审核意见. The labels are a contract with the end-to-end tests.
 */
export function DecideReviewForm({ reviewId, checklist, blocked, blockersId }: { reviewId: string; checklist: Checklist; blocked: boolean; blockersId: string }) {
  const [state, action, pending] = useActionState(decideReviewAction, initialActionState);
  const errors = state.fieldErrors ?? {};
  const [outcome, setOutcome] = useState('');
  return (
    <form action={action} onSubmit={keepFieldsOnSubmit(action)} className="space-y-6" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="reviewId" value={reviewId} />
      <input type="hidden" name="checklist" value={checklist} />
      <fieldset disabled={blocked} className="space-y-6">
        <fieldset className="space-y-4">
          <legend className="text-base font-semibold">{text.form.checkpointsLegend(CHECKLIST_NAMES[checklist], CHECKLISTS[checklist].length)}</legend>
          <p className="text-sm text-stone-600">
            {text.form.checklistBasis}
            {CHECKLIST_CITATIONS[checklist]}
          </p>
          {CHECKLISTS[checklist].map((key, index) => (
            <fieldset key={key} className="rounded-md border border-stone-200 p-3">
              <legend className="sr-only">{`${index + 1}. ${CHECKPOINT_LABELS[key]}`}</legend>
              <TextAreaField
                id={`note-${key}`}
                name={`note_${key}`}
                label={CHECKPOINT_LABELS[key]}
                hint={`${text.form.checkpointHint}${CHECKPOINT_QUESTIONS[key]}`}
                rows={2}
                required
                errors={errors[`note_${key}`]}
              />
              <div className="mt-2 flex gap-6 text-sm" role="radiogroup" aria-label={`${CHECKPOINT_LABELS[key]}${text.form.passedLegend}`}>
                <span className="text-stone-600" aria-hidden="true">
                  {text.form.passedLegend}：
                </span>
                <label className="flex items-center gap-1">
                  <input type="radio" name={`passed_${key}`} value="true" />
                  {text.labels.passed}
                </label>
                <label className="flex items-center gap-1">
                  <input type="radio" name={`passed_${key}`} value="false" />
                  {text.labels.notPassed}
                </label>
              </div>
              {errors[`passed_${key}`] ? <p className="text-sm text-red-700">{errors[`passed_${key}`]?.join('；')}</p> : null}
            </fieldset>
          ))}
        </fieldset>

        <fieldset aria-describedby={errors.outcome ? 'outcome-error' : undefined}>
          <legend className="text-base font-semibold">{text.form.outcomeLegend}</legend>
          <div className="mt-2 flex flex-wrap gap-6">
            {REVIEW_OUTCOMES.map((value) => (
              <label key={value} htmlFor={`outcome-${value}`} className="flex items-center gap-2">
                <input id={`outcome-${value}`} type="radio" name="outcome" value={value} checked={outcome === value} onChange={() => setOutcome(value)} required />
                {text.outcomes[value]}
              </label>
            ))}
          </div>
          {errors.outcome ? (
            <p id="outcome-error" className="mt-1 text-sm text-red-700">
              {errors.outcome.join('；')}
            </p>
          ) : null}
        </fieldset>

        <TextAreaField
          id="opinion"
          name="opinion"
          label={text.form.opinion}
          hint={text.form.opinionHint}
          rows={4}
          required={outcome !== '' && outcome !== 'APPROVED'}
          errors={errors.opinion}
        />
      </fieldset>
      <GuardedSubmit blocked={blocked} blockersId={blockersId} pending={pending}>
        {text.form.submit}
      </GuardedSubmit>
    </form>
  );
}

export function ExtendReviewForm({ reviewId, blocked, blockersId }: { reviewId: string; blocked: boolean; blockersId: string }) {
  const [state, action, pending] = useActionState(extendReviewAction, initialActionState);
  return (
    <form action={action} onSubmit={keepFieldsOnSubmit(action)} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="reviewId" value={reviewId} />
      <TextAreaField id="extend-reason" name="extensionReason" label={text.form.extendReason} rows={2} disabled={blocked} errors={state.fieldErrors?.extensionReason} />
      <GuardedSubmit blocked={blocked} blockersId={blockersId} pending={pending} variant="secondary">
        {text.form.extendSubmit}
      </GuardedSubmit>
    </form>
  );
}

export function ExternalOpinionForm({ reviewId }: { reviewId: string }) {
  const [state, action, pending] = useActionState(recordExternalOpinionAction, initialActionState);
  const { onSubmit, fileError } = useFileSubmit(action, '意见文件');
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} onSubmit={onSubmit} className="grid gap-3 md:grid-cols-2" noValidate>
      <div className="md:col-span-2">
        <FormMessage state={state} />
      </div>
      <input type="hidden" name="reviewId" value={reviewId} />
      <Field id="external-issuingBody" name="issuingBody" label={text.form.issuingBody} placeholder={text.form.issuingBodyPlaceholder} errors={errors.issuingBody} />
      <Field id="external-documentNumber" name="documentNumber" label={text.form.documentNumber} errors={errors.documentNumber} />
      <Field id="external-issuedOn" name="issuedOn" type="date" label={text.form.issuedOn} errors={errors.issuedOn} />
      <div className="md:col-span-2">
        <TextAreaField id="external-summary" name="summary" label={text.form.summary} rows={3} errors={errors.summary} />
      </div>
      <div className="md:col-span-2">
        <FileField id="external-file" label={text.form.externalFile} hint={text.form.fileHint(FILE_LIMIT_LABEL)} errors={fileError ?? errors.file} />
      </div>
      <div className="md:col-span-2">
        <GuardedSubmit pending={pending} variant="secondary">
          {text.form.externalSubmit}
        </GuardedSubmit>
      </div>
    </form>
  );
}
