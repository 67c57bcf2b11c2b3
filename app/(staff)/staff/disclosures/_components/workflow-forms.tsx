'use client';

import { useActionState } from 'react';
import { Field } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { initialActionState } from '@/lib/action-state';
import { messages } from '@/lib/i18n/messages';
import { publishDisclosureAction, recordSecrecyCheckAction, removeDisclosureAttachmentAction, submitDisclosureForReviewAction, withdrawDisclosureAction } from '../actions';
import { TextAreaField } from '@/components/forms/fields';

const text = messages.disclosure;

export function SecrecyCheckForm({ id }: { id: string }) {
  const [state, action] = useActionState(recordSecrecyCheckAction, initialActionState);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="id" value={id} />
      <TextAreaField name="note" label={text.fields.note} rows={2} errors={state.fieldErrors?.note} />
      <SubmitButton>{text.buttons.secrecyCheck}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

// Disabled while its blockers (listed beside it, id `blockersId`) apply: the engine would refuse.
export function SubmitForReviewForm({ id, blocked, blockersId }: { id: string; blocked: boolean; blockersId: string }) {
  const [state, action] = useActionState(submitDisclosureForReviewAction, initialActionState);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="id" value={id} />
      {blocked ? (
        <button type="submit" disabled aria-describedby={blockersId} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white opacity-50">
          {text.buttons.submitForReview}
        </button>
      ) : (
        <SubmitButton>{text.buttons.submitForReview}</SubmitButton>
      )}
      <FormMessage state={state} />
    </form>
  );
}

// Kept enabled even when blocked: the blockers are listed above it, and an attempt shows the
// server's own refusal (the service and the database decide, not the button).
export function PublishForm({ id }: { id: string }) {
  const [state, action] = useActionState(publishDisclosureAction, initialActionState);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="id" value={id} />
      <SubmitButton>{text.buttons.publish}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function WithdrawForm({ id, askDecisionDate }: { id: string; askDecisionDate: boolean }) {
  const [state, action] = useActionState(withdrawDisclosureAction, initialActionState);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="id" value={id} />
      <TextAreaField name="reason" label={text.fields.reason} rows={2} hint={text.hints.reason} errors={state.fieldErrors?.reason} />
      {askDecisionDate ? (
        <div>
          <Field name="decisionChangedOn" type="date" label={text.fields.decisionChangedOn} errors={state.fieldErrors?.decisionChangedOn} />
          <p className="mt-1 text-xs text-stone-600">{text.hints.decisionChangedOn}</p>
        </div>
      ) : null}
      <SubmitButton variant="danger">{text.buttons.withdraw}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function RemoveAttachmentForm({ attachmentId, fileName }: { attachmentId: string; fileName: string }) {
  const [state, action] = useActionState(removeDisclosureAttachmentAction, initialActionState);
  return (
    <form action={action} className="inline-flex items-center gap-2" aria-label={`${text.buttons.removeAttachment}${fileName}`}>
      <input type="hidden" name="attachmentId" value={attachmentId} />
      <SubmitButton variant="danger">{text.buttons.removeAttachment}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
