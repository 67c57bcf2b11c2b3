'use client';

import { startTransition, type FormEvent, type ReactNode } from 'react';
import { useFormStatus } from 'react-dom';

export { SelectField, TextAreaField } from '@/components/forms/fields';

// Small form pieces shared by the review, matters and legal-affairs pages (same shape as
// components/forms/field.tsx: a visible label, errors announced through aria-describedby).

/**
 * Submits through a transition instead of the form's own action, so a refused submission keeps
 * what the user typed (a form action resets its fields). Without JavaScript the form still posts
 * to the same server action.
 */
export function keepFieldsOnSubmit(action: (data: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
}

/**
 * A submit button that is disabled, with the reasons linked to it, when a rule blocks the step;
 * `blockersId` names the element listing them (see BlockerList).
 */
export function GuardedSubmit(props: { children: ReactNode; blocked?: boolean; blockersId?: string; pending?: boolean; variant?: 'primary' | 'secondary' | 'danger' }) {
  const status = useFormStatus();
  const pending = props.pending ?? status.pending;
  const disabled = pending || props.blocked === true;
  const styles = {
    primary: 'bg-brand-700 text-white hover:bg-brand-800',
    secondary: 'border border-stone-300 bg-white text-stone-800 hover:bg-stone-100',
    danger: 'border border-red-300 bg-white text-red-700 hover:bg-red-50',
  }[props.variant ?? 'primary'];
  return (
    <button
      type="submit"
      disabled={disabled}
      aria-describedby={props.blocked && props.blockersId ? props.blockersId : undefined}
      className={`rounded-md px-4 py-2 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-60 ${styles}`}
    >
      {pending ? '处理中…' : props.children}
    </button>
  );
}
