import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { FieldLabel } from './field';

// Textarea and select in the shape of components/forms/field.tsx: a visible label, a hint and
// errors announced through aria-describedby. Shared by every staff area's forms.
export const inputClass = 'w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base focus:border-brand-600';

export function describedBy(id: string, hint?: string, errors?: string[]) {
  const ids = [hint ? `${id}-hint` : '', errors && errors.length > 0 ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function FieldNotes({ id, hint, errors }: { id: string; hint?: string | undefined; errors?: string[] | undefined }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-stone-600">
          {hint}
        </p>
      ) : null}
      {errors && errors.length > 0 ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {errors.join('；')}
        </p>
      ) : null}
    </>
  );
}

export function FieldShell(props: { id: string; label: string; hint?: string | undefined; errors?: string[] | undefined; required?: boolean | undefined; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <FieldLabel htmlFor={props.id} label={props.label} required={props.required} />
      {props.children}
      <FieldNotes id={props.id} hint={props.hint} errors={props.errors} />
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
    <FieldShell id={fieldId} label={label} hint={hint} errors={errors} required={rest.required}>
      <textarea
        id={fieldId}
        name={name}
        aria-invalid={errors && errors.length > 0 ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, errors)}
        className={inputClass}
        {...rest}
      />
    </FieldShell>
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
    <FieldShell id={fieldId} label={label} hint={hint} errors={errors} required={rest.required}>
      <select
        id={fieldId}
        name={name}
        aria-invalid={errors && errors.length > 0 ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, errors)}
        className={inputClass}
        {...rest}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
