import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';

// Select and checkbox in the shape of components/forms/field.tsx (label, hint, errors, aria).
const inputClass = 'w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base focus:border-brand-600';

function describedBy(id: string, hint?: string, errors?: string[]) {
  const ids = [hint ? `${id}-hint` : '', errors && errors.length > 0 ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function Notes({ id, hint, errors }: { id: string; hint?: string | undefined; errors?: string[] | undefined }) {
  return (
    <>
      {hint ? <p id={`${id}-hint`} className="text-xs text-stone-600">{hint}</p> : null}
      {errors && errors.length > 0 ? <p id={`${id}-error`} className="text-sm text-red-700">{errors.join('；')}</p> : null}
    </>
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
    <div className="space-y-1">
      <label htmlFor={fieldId} className="block text-sm font-medium text-stone-800">{label}</label>
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
      <Notes id={fieldId} hint={hint} errors={errors} />
    </div>
  );
}

type CheckboxProps = InputHTMLAttributes<HTMLInputElement> & { name: string; label: string; hint?: string | undefined; errors?: string[] | undefined };

export function CheckboxField({ name, label, hint, errors, id, ...rest }: CheckboxProps) {
  const fieldId = id ?? `field-${name}`;
  return (
    <div className="space-y-1">
      <label htmlFor={fieldId} className="flex items-center gap-2 text-sm font-medium text-stone-800">
        <input id={fieldId} name={name} type="checkbox" aria-describedby={describedBy(fieldId, hint, errors)} className="h-4 w-4" {...rest} />
        {label}
      </label>
      <Notes id={fieldId} hint={hint} errors={errors} />
    </div>
  );
}

export function Section({ id, title, children, actions }: { id: string; title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg bg-white p-5 shadow-sm">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h2 id={id} className="text-lg font-semibold">{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
