'use client';

import { useActionState } from 'react';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { initialActionState } from '@/lib/action-state';
import { messages } from '@/lib/i18n/messages';
import { GuardedSubmit, TextAreaField, keepFieldsOnSubmit } from '../reviews/_components/form-kit';
import { FILE_LIMIT_LABEL, FileField, useFileSubmit } from './_components/file-field';
import {
  concludeDecisionAction,
  createAdminContractAction,
  createMajorDecisionAction,
  signContractAction,
  submitMatterForReviewAction,
  updateAdminContractAction,
  updateMajorDecisionAction,
} from './actions';

const text = messages.legalAffairs.matters;

type DecisionValues = { title: string; description: string };

export function DecisionForm({ id, values, readOnly = false }: { id?: string; values?: DecisionValues; readOnly?: boolean }) {
  const [state, action, pending] = useActionState(id ? updateMajorDecisionAction : createMajorDecisionAction, initialActionState);
  const errors = state.fieldErrors ?? {};
  const prefix = id ? 'decision-edit' : 'decision-new';
  return (
    <form action={action} onSubmit={keepFieldsOnSubmit(action)} className="space-y-4" noValidate>
      <FormMessage state={state} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <fieldset disabled={readOnly} className="space-y-4">
        <Field id={`${prefix}-title`} name="title" label={text.labels.decisionTitle} defaultValue={values?.title} errors={errors.title} />
        <TextAreaField id={`${prefix}-description`} name="description" label={text.labels.description} rows={8} defaultValue={values?.description} errors={errors.description} />
      </fieldset>
      {readOnly ? null : <GuardedSubmit pending={pending}>{id ? text.buttons.save : text.buttons.create}</GuardedSubmit>}
    </form>
  );
}

type ContractValues = { title: string; counterparty: string; amount: string; termFrom: string; termTo: string };

// The contract file (PDF, Word or image) is optional; on an existing contract choosing one replaces it.
export function ContractForm({ id, values, hasFile = false, readOnly = false }: { id?: string; values?: ContractValues; hasFile?: boolean; readOnly?: boolean }) {
  const [state, action, pending] = useActionState(id ? updateAdminContractAction : createAdminContractAction, initialActionState);
  const { onSubmit, fileError } = useFileSubmit(action, text.labels.file);
  const errors = state.fieldErrors ?? {};
  const prefix = id ? 'contract-edit' : 'contract-new';
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormMessage state={state} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <fieldset disabled={readOnly} className="grid gap-4 md:grid-cols-2">
        <div className="md:col-span-2">
          <Field id={`${prefix}-title`} name="title" label={text.labels.contractTitle} defaultValue={values?.title} errors={errors.title} />
        </div>
        <Field id={`${prefix}-counterparty`} name="counterparty" label={text.labels.counterparty} defaultValue={values?.counterparty} errors={errors.counterparty} />
        <Field id={`${prefix}-amount`} name="amount" inputMode="decimal" label={text.labels.amount} defaultValue={values?.amount} errors={errors.amount} />
        <Field id={`${prefix}-termFrom`} name="termFrom" type="date" label={text.labels.termFrom} defaultValue={values?.termFrom} errors={errors.termFrom} />
        <Field id={`${prefix}-termTo`} name="termTo" type="date" label={text.labels.termTo} defaultValue={values?.termTo} errors={errors.termTo} />
        <div className="md:col-span-2">
          <FileField
            id={`${prefix}-file`}
            label={hasFile ? text.labels.replaceFile : text.labels.file}
            hint={text.labels.fileHint(FILE_LIMIT_LABEL)}
            errors={fileError ?? errors.file}
          />
        </div>
      </fieldset>
      {readOnly ? null : <GuardedSubmit pending={pending}>{id ? text.buttons.save : text.buttons.create}</GuardedSubmit>}
    </form>
  );
}

// 送法制审核: disabled, with its reasons, when the rule refuses.
export function SubmitForReviewForm(props: { subjectType: 'MAJOR_ADMIN_DECISION' | 'ADMIN_CONTRACT'; subjectId: string; blocked: boolean; blockersId: string }) {
  const [state, action, pending] = useActionState(submitMatterForReviewAction, initialActionState);
  return (
    <form action={action} onSubmit={keepFieldsOnSubmit(action)} className="space-y-2">
      <input type="hidden" name="subjectType" value={props.subjectType} />
      <input type="hidden" name="subjectId" value={props.subjectId} />
      <GuardedSubmit blocked={props.blocked} blockersId={props.blockersId} pending={pending}>
        {text.buttons.submitForReview}
      </GuardedSubmit>
      <FormMessage state={state} />
    </form>
  );
}

export function ConcludeForm(props: { kind: 'MAJOR_ADMIN_DECISION' | 'ADMIN_CONTRACT'; id: string; blocked: boolean; blockersId: string }) {
  const [state, action, pending] = useActionState(props.kind === 'MAJOR_ADMIN_DECISION' ? concludeDecisionAction : signContractAction, initialActionState);
  return (
    <form action={action} onSubmit={keepFieldsOnSubmit(action)} className="space-y-2">
      <input type="hidden" name="id" value={props.id} />
      <GuardedSubmit blocked={props.blocked} blockersId={props.blockersId} pending={pending} variant="secondary">
        {props.kind === 'MAJOR_ADMIN_DECISION' ? text.buttons.concludeDecision : text.buttons.signContract}
      </GuardedSubmit>
      <FormMessage state={state} />
    </form>
  );
}
