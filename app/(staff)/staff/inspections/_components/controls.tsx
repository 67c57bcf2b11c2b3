import type { ReactNode } from 'react';
import { describedBy } from '@/components/forms/fields';

export { SelectField, TextAreaField } from '@/components/forms/fields';

// Textarea, select and checkbox group in the shape of components/forms/field.tsx
// (label, hint, errors, aria wiring).
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
    </fieldset>
  );
}

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3 rounded-lg bg-white p-5 shadow-sm">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
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
