'use client';

import { useActionState } from 'react';
import { Field } from '@/components/forms/field';
import { SelectField } from '@/components/forms/fields';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { initialActionState, type ActionState } from '@/lib/action-state';
import { messages } from '@/lib/i18n/messages';
import {
  answerRequestAction,
  correctionReplyAction,
  endConsultationAction,
  extendRequestAction,
  recordRequestAction,
  requestCorrectionAction,
  startConsultationAction,
} from './actions';

const t = messages.dashboard.requests;
const p = messages.publicRequests;
const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const answerOutcomes = options(t.outcomes).filter((o) => o.value !== 'PENDING');

export function RecordRequestForm() {
  const [state, dispatch] = useActionState(recordRequestAction, initialActionState);
  const e = state.fieldErrors ?? {};
  return (
    <form action={dispatch} className="grid gap-3 md:grid-cols-3" noValidate>
      <div className="md:col-span-3">
        <FormMessage state={state} />
      </div>
      <Field name="receivedOn" type="date" label={t.labels.receivedOn} errors={e.receivedOn} />
      <SelectField name="applicantKind" label={t.labels.applicantKind} options={options(t.applicantKinds)} errors={e.applicantKind} />
      <Field name="subject" label={t.labels.subject} errors={e.subject} />
      <div className="md:col-span-3">
        <SubmitButton>{t.received}</SubmitButton>
      </div>
    </form>
  );
}

export function AnswerRequestForm({ requestId }: { requestId: string }) {
  const [state, dispatch] = useActionState(answerRequestAction, initialActionState);
  const e = state.fieldErrors ?? {};
  return (
    <form action={dispatch} className="flex flex-wrap items-end gap-2" noValidate aria-label={t.answer}>
      <input type="hidden" name="requestId" value={requestId} />
      <SelectField name="outcome" id={`outcome-${requestId}`} label={t.labels.outcome} options={answerOutcomes} errors={e.outcome} />
      <SelectField
        name="withholdingReason"
        id={`withholding-${requestId}`}
        label={p.fields.withholdingReason}
        options={[{ value: '', label: '（不适用）' }, ...options(p.withholdingReasons)]}
        errors={e.withholdingReason}
      />
      <Field name="outcomeReason" id={`reason-${requestId}`} label={t.labels.outcomeReason} errors={e.outcomeReason} />
      <Field name="answeredOn" id={`answered-${requestId}`} type="date" label={t.labels.answeredOn} errors={e.answeredOn} />
      <Field name="file" id={`file-${requestId}`} type="file" label={p.fields.file} accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg" errors={e.file} />
      <SubmitButton variant="secondary">{t.answer}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

type StepAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

function DateStepForm({
  action,
  requestId,
  id,
  label,
  submit,
  children,
}: {
  action: StepAction;
  requestId: string;
  id: string;
  label: string;
  submit: string;
  children?: React.ReactNode;
}) {
  const [state, dispatch] = useActionState(action, initialActionState);
  const e = state.fieldErrors ?? {};
  return (
    <form action={dispatch} className="flex flex-wrap items-end gap-2" noValidate aria-label={submit}>
      <input type="hidden" name="requestId" value={requestId} />
      <Field name="on" id={`${id}-on-${requestId}`} type="date" label={label} errors={e.on} />
      {children}
      <SubmitButton variant="secondary">{submit}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export type ClockSteps = { correction: boolean; reply: boolean; consultation: boolean; consultationEnd: boolean };

export function ClockForms({ requestId, steps, canRecord, canExtend }: { requestId: string; steps: ClockSteps; canRecord: boolean; canExtend: boolean }) {
  const s = p.staff;
  return (
    <div className="space-y-2">
      {canRecord && steps.correction ? (
        <DateStepForm action={requestCorrectionAction} requestId={requestId} id="correction" label="告知补正日期" submit={s.requestCorrection}>
          <Field name="note" id={`correction-note-${requestId}`} label={p.fields.note} />
        </DateStepForm>
      ) : null}
      {canRecord && steps.reply ? <DateStepForm action={correctionReplyAction} requestId={requestId} id="reply" label="收到补正日期" submit={s.recordReply} /> : null}
      {canRecord && steps.consultation ? (
        <DateStepForm action={startConsultationAction} requestId={requestId} id="consult" label="征求意见日期" submit={s.startConsultation} />
      ) : null}
      {canRecord && steps.consultationEnd ? (
        <DateStepForm action={endConsultationAction} requestId={requestId} id="consult-end" label="收到意见日期" submit={s.endConsultation} />
      ) : null}
      {canExtend ? <ExtensionForm requestId={requestId} /> : null}
    </div>
  );
}

function ExtensionForm({ requestId }: { requestId: string }) {
  const [state, dispatch] = useActionState(extendRequestAction, initialActionState);
  const e = state.fieldErrors ?? {};
  return (
    <form action={dispatch} className="flex flex-wrap items-end gap-2" noValidate aria-label={p.staff.extend}>
      <input type="hidden" name="requestId" value={requestId} />
      <Field name="on" id={`extend-on-${requestId}`} type="date" label="延长决定日期" errors={e.on} />
      <Field name="days" id={`extend-days-${requestId}`} type="number" min={1} max={20} label={p.fields.days} errors={e.days} />
      <Field name="reason" id={`extend-reason-${requestId}`} label="延长理由" errors={e.reason} />
      <SubmitButton variant="secondary">{p.staff.extend}</SubmitButton>
      <p className="w-full text-xs text-stone-600">{p.staff.extendHint}</p>
      <FormMessage state={state} />
    </form>
  );
}
