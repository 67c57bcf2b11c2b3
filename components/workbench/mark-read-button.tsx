'use client';

import { FormMessage } from '@/components/forms/form-message';
import { useKeptForm } from '@/components/forms/use-kept-form';
import type { ActionState } from '@/lib/action-state';

// "标为已读" for one notification, or for all when no id is given.
export function MarkReadButton(props: { id?: string; label: string; action: (previous: ActionState, formData: FormData) => Promise<ActionState> }) {
  const { state, pending, formRef, onSubmit, action } = useKeptForm(props.action);
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="inline-flex items-center gap-2" aria-label={props.label}>
      {props.id ? <input type="hidden" name="id" value={props.id} /> : null}
      <button type="submit" disabled={pending} className="rounded-md border border-stone-300 bg-white px-2 py-1 text-xs text-stone-800 hover:bg-stone-100 disabled:opacity-50">
        {pending ? '处理中…' : props.label}
      </button>
      {state.ok ? null : <FormMessage state={state} />}
    </form>
  );
}
