'use client';

import { Field } from '@/components/forms/field';
import { SelectField, TextAreaField } from '@/components/forms/fields';
import { FormMessage } from '@/components/forms/form-message';
import type { ActionState } from '@/lib/action-state';
import type { Blocker } from '@/lib/domain/blockers';
import { DISCRETION_SEVERITIES, PENALTY_KINDS, PENALTY_KIND_NAMES, SEVERITY_NAMES } from '@/lib/domain/enforcement';
import { messages } from '@/lib/i18n/messages';
import {
  advanceCaseAction,
  approveExtensionAction,
  decideCaseAction,
  holdHearingAction,
  recordEducationAction,
  recordHearingResponseAction,
  requestExtensionAction,
  revokeDecisionAction,
  scheduleHearingAction,
  submitCaseReviewAction,
} from '../actions';
import { BlockerList } from './blockers';
import { useKeptForm } from '@/components/forms/use-kept-form';

const t = messages.enforcement.ui.detail;
type Action = (previous: ActionState, formData: FormData) => Promise<ActionState>;

function Check({ name, label, defaultChecked }: { name: string; label: string; defaultChecked?: boolean }) {
  return (
    <label className="flex items-start gap-2 text-sm">
      <input type="checkbox" name={name} defaultChecked={defaultChecked} className="mt-1" />
      <span>{label}</span>
    </label>
  );
}

function Button({
  label,
  pending,
  blocked,
  describedBy,
  variant = 'primary',
}: {
  label: string;
  pending: boolean;
  blocked?: boolean;
  describedBy?: string;
  variant?: 'primary' | 'secondary';
}) {
  const styles = variant === 'primary' ? 'bg-brand-700 text-white hover:bg-brand-800' : 'border border-stone-300 bg-white text-stone-800 hover:bg-stone-100';
  return (
    <button
      type="submit"
      disabled={pending || blocked}
      aria-disabled={pending || blocked}
      aria-describedby={describedBy}
      className={`rounded-md px-4 py-2 text-sm font-medium disabled:opacity-50 ${styles}`}
    >
      {pending ? '处理中…' : label}
    </button>
  );
}

/** A small form posting to one action, keeping what was typed when refused. */
function ActionForm(props: {
  action: Action;
  label: string;
  children?: React.ReactNode;
  caseId: string;
  blockers?: readonly Blocker[];
  blockersId?: string;
  variant?: 'primary' | 'secondary';
  testId?: string;
}) {
  const { state, pending, formRef, onSubmit, action } = useKeptForm(props.action);
  const blocked = (props.blockers?.length ?? 0) > 0;
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="space-y-3" noValidate aria-label={props.label} data-testid={props.testId}>
      <FormMessage state={state} />
      <input type="hidden" name="caseId" value={props.caseId} />
      {props.children}
      <div className="flex flex-wrap items-start gap-3">
        <Button
          label={props.label}
          pending={pending}
          blocked={blocked}
          {...(blocked && props.blockersId ? { describedBy: props.blockersId } : {})}
          {...(props.variant ? { variant: props.variant } : {})}
        />
        {props.blockersId ? <BlockerList id={props.blockersId} blockers={props.blockers ?? []} /> : null}
      </div>
    </form>
  );
}

export type StepView = { key: string; label: string; director: boolean; blockers: Blocker[]; notes: Blocker[]; form: string };

export function NextStepForm(props: {
  caseId: string;
  step: StepView;
  today: string;
  canAct: boolean;
  recordingRequired: boolean;
  intended: { kinds: string[]; fineAmount: number | null; violationType: string | null };
  /** What this step needs, shown before it is attempted (recording, documents, deadlines). */
  requirements?: readonly string[];
}) {
  const { step, today } = props;
  const action = step.director ? decideCaseAction : advanceCaseAction;
  const blockers = props.canAct ? step.blockers : [...step.blockers, { code: 'ui.role', message: step.director ? t.directorOnly : '您没有办理此环节的权限' }];
  return (
    <div className="rounded-md border border-stone-200 p-3" data-testid={`step-${step.key}`}>
      {props.requirements && props.requirements.length > 0 ? (
        <ul className="mb-3 list-disc space-y-1 pl-5 text-sm text-stone-700" data-testid={`requirements-${step.key}`} aria-label={`“${step.label}”的要求`}>
          {props.requirements.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      ) : null}
      <ActionForm action={action} label={t.record(step.label)} caseId={props.caseId} blockers={blockers} blockersId={`blockers-${step.key}`}>
        <input type="hidden" name="to" value={step.key} />
        {step.form === 'notice' ? (
          <div className="grid gap-3 md:grid-cols-2">
            <fieldset className="space-y-1 md:col-span-2">
              <legend className="text-sm font-medium">{t.penaltyKinds}</legend>
              <div className="grid gap-1 sm:grid-cols-3">
                {PENALTY_KINDS.map((k) => (
                  <label key={k} className="flex items-center gap-2 text-sm">
                    <input type="checkbox" name="penaltyKinds" value={k} defaultChecked={props.intended.kinds.includes(k)} />
                    {PENALTY_KIND_NAMES[k]}
                  </label>
                ))}
              </div>
            </fieldset>
            <Field name="fineAmount" label={t.fine} inputMode="decimal" defaultValue={props.intended.fineAmount ?? ''} />
            <Field name="confiscatedGains" label={t.gains} inputMode="decimal" />
            <Field name="violationType" label={t.violationType} defaultValue={props.intended.violationType ?? ''} />
            <SelectField name="severity" label={t.severity} options={[{ value: '', label: '—' }, ...DISCRETION_SEVERITIES.map((s) => ({ value: s, label: SEVERITY_NAMES[s] }))]} />
            <div className="md:col-span-2">
              <TextAreaField name="discretionReason" label={t.discretionReason} rows={2} />
            </div>
            <div className="md:col-span-2">
              <TextAreaField name="penaltyDetails" label={t.penaltyDetails} rows={2} />
            </div>
            <Field name="noticeServedOn" type="date" label={t.noticeServedOn} defaultValue={today} max={today} />
            <Check name="hearingRightStated" label={t.hearingRightStated} />
          </div>
        ) : null}
        {step.form === 'collective' ? (
          <div className="grid gap-3 md:grid-cols-2">
            <Field name="collectiveDecisionOn" type="date" label={t.collectiveOn} defaultValue={today} max={today} />
            <div className="md:col-span-2">
              <TextAreaField name="collectiveDecisionNote" label={t.collectiveNote} rows={3} />
            </div>
          </div>
        ) : null}
        {step.form === 'decision' ? (
          <div className="grid gap-3 md:grid-cols-2">
            <Field name="decisionNumber" label={t.decisionNumber} />
            <Field name="decidedOn" type="date" label={t.decidedOn} defaultValue={today} max={today} />
            <div className="md:col-span-2">
              <TextAreaField name="decisionConclusion" label={t.conclusion} rows={2} />
            </div>
            <Check name="partyPresent" label={t.partyPresent} />
          </div>
        ) : null}
        {step.form === 'service' ? <Field name="servedOn" type="date" label={t.servedOn} defaultValue={today} max={today} /> : null}
        {step.form === 'execution' ? <Field name="executedOn" type="date" label={t.executedOn} defaultValue={today} max={today} /> : null}
        {step.form === 'close' ? <Field name="closedOn" type="date" label={t.closeOn} defaultValue={today} max={today} /> : null}
        {step.form === 'noPenalty' ? <TextAreaField name="noPenaltyReason" label={t.noPenaltyReason} rows={3} /> : null}
        <TextAreaField name="stepNote" label={t.note} rows={2} />
        {props.recordingRequired ? (
          <>
            <BlockerList id={`notes-${step.key}`} blockers={step.notes.filter((n) => n.code === 'enf.recording.missing')} tone="amber" />
            <TextAreaField name="recordingWaiverReason" label={t.waiver} rows={2} />
          </>
        ) : null}
      </ActionForm>
    </div>
  );
}

type Blocked = { blockers?: readonly Blocker[] };

export function HearingResponseForm({ caseId, today, blockers }: { caseId: string; today: string } & Blocked) {
  return (
    <ActionForm
      action={recordHearingResponseAction}
      label={t.recordResponse}
      caseId={caseId}
      testId="hearing-response"
      blockers={blockers ?? []}
      blockersId="blockers-hearing-response"
    >
      <fieldset className="flex gap-4 text-sm">
        <legend className="font-medium">{t.response}</legend>
        <label className="flex items-center gap-1">
          <input type="radio" name="response" value="REQUEST" defaultChecked />
          {t.request}
        </label>
        <label className="flex items-center gap-1">
          <input type="radio" name="response" value="WAIVE" />
          {t.waive}
        </label>
      </fieldset>
      <Field name="respondedOn" type="date" label={t.respondedOn} defaultValue={today} max={today} />
    </ActionForm>
  );
}

export function ScheduleHearingForm({ caseId, today, hosts, blockers }: { caseId: string; today: string; hosts: { id: string; name: string; unit: string }[] } & Blocked) {
  return (
    <ActionForm action={scheduleHearingAction} label={t.schedule} caseId={caseId} testId="hearing-schedule" blockers={blockers ?? []} blockersId="blockers-hearing-schedule">
      <SelectField name="hostOfficerId" label={t.chooseHost} options={[{ value: '', label: '—' }, ...hosts.map((h) => ({ value: h.id, label: `${h.name}（${h.unit}）` }))]} />
      <Field name="hearingNoticeSentOn" type="date" label={t.noticeSentOn} defaultValue={today} max={today} />
      <Field name="hearingScheduledOn" type="date" label={t.scheduledOn} />
    </ActionForm>
  );
}

export function HoldHearingForm({ caseId, today }: { caseId: string; today: string }) {
  return (
    <ActionForm action={holdHearingAction} label={t.hold} caseId={caseId} testId="hearing-hold">
      <Field name="hearingHeldOn" type="date" label={t.heldOn} defaultValue={today} max={today} />
      <TextAreaField name="hearingRecord" label={t.hearingRecord} rows={3} />
    </ActionForm>
  );
}

export function SubmitReviewForm({ caseId, blockers }: { caseId: string; blockers: readonly Blocker[] }) {
  return <ActionForm action={submitCaseReviewAction} label={t.submitReview} caseId={caseId} blockers={blockers} blockersId="blockers-review" testId="submit-review" />;
}

export function EducationForm({ caseId, blockers }: { caseId: string } & Blocked) {
  return (
    <ActionForm action={recordEducationAction} label={t.recordEducation} caseId={caseId} blockers={blockers ?? []} blockersId="blockers-education">
      <TextAreaField name="educationNote" label={t.educationNote} rows={2} />
    </ActionForm>
  );
}

export function RequestExtensionForm({ caseId, blockers }: { caseId: string } & Blocked) {
  return (
    <ActionForm action={requestExtensionAction} label={t.requestExtension} caseId={caseId} variant="secondary" blockers={blockers ?? []} blockersId="blockers-extension">
      <Field name="extensionUntil" type="date" label={t.extensionUntil} />
      <TextAreaField name="extensionReason" label={t.extensionReason} rows={2} />
    </ActionForm>
  );
}

export function ApproveExtensionForm({ caseId }: { caseId: string }) {
  return <ActionForm action={approveExtensionAction} label={t.approveExtension} caseId={caseId} />;
}

export function RevokeForm({ caseId, today }: { caseId: string; today: string }) {
  return (
    <ActionForm action={revokeDecisionAction} label={t.revokeButton} caseId={caseId} variant="secondary">
      <Field name="revokedOn" type="date" label={t.revokedOn} defaultValue={today} max={today} />
      <TextAreaField name="revocationReason" label={t.revocationReason} rows={2} />
    </ActionForm>
  );
}
