import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

// Textarea, select and checkbox group in the shape of components/forms/field.tsx
// (label, hint, errors, aria wiring).
const inputClass = 'w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base focus:border-brand-600';

function describedBy(id: string, hint?: string, errors?: string[]) {
  const ids = [hint ? `${id}-hint` : '', errors && errors.length > 0 ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function Shell({ id, label, hint, errors, children }: { id: string; label: string; hint?: string | undefined; errors?: string[] | undefined; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">{label}</label>
      {children}
      {hint ? <p id={`${id}-hint`} className="text-xs text-stone-600">{hint}</p> : null}
      {errors && errors.length > 0 ? <p id={`${id}-error`} className="text-sm text-red-700">{errors.join('；')}</p> : null}
    </div>
  );
}

type TextAreaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & { name: string; label: string; hint?: string | undefined; errors?: string[] | undefined };

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

export function CheckboxGroup({
  name,
  legend,
  options,
  defaultChecked = [],
  hint,
  errors,
}: {
  name: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  defaultChecked?: readonly string[];
  hint?: string | undefined;
  errors?: string[] | undefined;
}) {
  const id = `group-${name}`;
  return (
    <fieldset className="space-y-1" aria-describedby={describedBy(id, hint, errors)}>
      <legend className="text-sm font-medium text-stone-800">{legend}</legend>
      <div className="flex flex-wrap gap-x-5 gap-y-1">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-1 text-sm">
            <input type="checkbox" name={name} value={option.value} defaultChecked={defaultChecked.includes(option.value)} />
            {option.label}
          </label>
        ))}
      </div>
      {hint ? <p id={`${id}-hint`} className="text-xs text-stone-600">{hint}</p> : null}
      {errors && errors.length > 0 ? <p id={`${id}-error`} className="text-sm text-red-700">{errors.join('；')}</p> : null}
    </fieldset>
  );
}

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3 rounded-lg bg-white p-5 shadow-sm">
      <h2 id={id} className="text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

export function PrimaryButton({ pending, children }: { pending: boolean; children: ReactNode }) {
  return (
    <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
      {pending ? '处理中…' : children}
    </button>
  );
}
