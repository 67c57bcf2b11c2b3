'use client';

import { startTransition, type FormEvent, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { useFormStatus } from 'react-dom';

// Small form pieces shared by the review, matters and legal-affairs pages (same shape as
// components/forms/field.tsx: a visible label, errors announced through aria-describedby).

const inputClass = 'w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base focus:border-brand-600';

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

function describedBy(id: string, hint?: string, errors?: string[]) {
  const ids = [hint ? `${id}-hint` : '', errors && errors.length > 0 ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function Shell(props: { id: string; label: string; hint?: string | undefined; errors?: string[] | undefined; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={props.id} className="block text-sm font-medium text-stone-800">{props.label}</label>
      {props.children}
      {props.hint ? <p id={`${props.id}-hint`} className="text-xs text-stone-600">{props.hint}</p> : null}
      {props.errors && props.errors.length > 0 ? (
        <p id={`${props.id}-error`} className="text-sm text-red-700">{props.errors.join('；')}</p>
      ) : null}
    </div>
  );
}

type TextAreaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  name: string;
  label: string;
  hint?: string | undefined;
  errors?: string[] | undefined;
};

export function TextAreaField({ name, label, hint, errors, id, ...rest }: TextAreaProps) {
  const fieldId = id ?? `field-${name}`;
  return (
    <Shell id={fieldId} label={label} hint={hint} errors={errors}>
      <textarea
        id={fieldId}
        name={name}
        aria-invalid={errors && errors.length > 0 ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, errors)}
        className={inputClass}
        {...rest}
      />
    </Shell>
  );
}

type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  hint?: string | undefined;
  errors?: string[] | undefined;
};

export function SelectField({ name, label, options, hint, errors, id, ...rest }: SelectProps) {
  const fieldId = id ?? `field-${name}`;
  return (
    <Shell id={fieldId} label={label} hint={hint} errors={errors}>
      <select
        id={fieldId}
        name={name}
        aria-invalid={errors && errors.length > 0 ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, errors)}
        className={inputClass}
        {...rest}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>{option.label}</option>
        ))}
      </select>
    </Shell>
  );
}

/**
 * A submit button that is disabled, with the reasons linked to it, when a rule blocks the step;
 * `blockersId` names the element listing them (see BlockerList).
 */
export function GuardedSubmit(props: {
  children: ReactNode;
  blocked?: boolean;
  blockersId?: string;
  pending?: boolean;
  variant?: 'primary' | 'secondary' | 'danger';
}) {
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
