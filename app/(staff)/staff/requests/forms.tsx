'use client';

import { useActionState } from 'react';
import { Field } from '@/components/forms/field';
import { SelectField } from '@/components/forms/fields';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { initialActionState } from '@/lib/action-state';
import { messages } from '@/lib/i18n/messages';
import { answerRequestAction, recordRequestAction } from './actions';

const t = messages.dashboard.requests;
const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const answerOutcomes = options(t.outcomes).filter((o) => o.value !== 'PENDING');

export function RecordRequestForm() {
  const [state, dispatch] = useActionState(recordRequestAction, initialActionState);
  const e = state.fieldErrors ?? {};
  return (
    <form action={dispatch} className="grid gap-3 md:grid-cols-3" noValidate>
      <div className="md:col-span-3"><FormMessage state={state} /></div>
      <Field name="receivedOn" type="date" label={t.labels.receivedOn} errors={e.receivedOn} />
      <SelectField name="applicantKind" label={t.labels.applicantKind} options={options(t.applicantKinds)} errors={e.applicantKind} />
      <Field name="subject" label={t.labels.subject} errors={e.subject} />
      <div className="md:col-span-3"><SubmitButton>{t.received}</SubmitButton></div>
    </form>
  );
}

export function AnswerRequestForm({ requestId }: { requestId: string }) {
  const [state, dispatch] = useActionState(answerRequestAction, initialActionState);
  const e = state.fieldErrors ?? {};
  return (
    <form action={dispatch} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="requestId" value={requestId} />
      <SelectField name="outcome" id={`outcome-${requestId}`} label={t.labels.outcome} options={answerOutcomes} errors={e.outcome} />
      <Field name="outcomeReason" id={`reason-${requestId}`} label={t.labels.outcomeReason} errors={e.outcomeReason} />
      <Field name="answeredOn" id={`answered-${requestId}`} type="date" label={t.labels.answeredOn} errors={e.answeredOn} />
      <SubmitButton variant="secondary">{t.answer}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
