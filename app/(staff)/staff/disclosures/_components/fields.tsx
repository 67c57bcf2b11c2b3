import type { SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

// Textarea and select in the same shape as components/forms/field.tsx (label, errors, aria wiring).
const inputClass = 'w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base focus:border-brand-600';

function FieldShell({ id, label, hint, errors, children }: { id: string; label: string; hint?: string | undefined; errors?: string[] | undefined; children: React.ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">{label}</label>
      {children}
      {hint ? <p id={`${id}-hint`} className="text-xs text-stone-600">{hint}</p> : null}
      {errors && errors.length > 0 ? <p id={`${id}-error`} className="text-sm text-red-700">{errors.join('；')}</p> : null}
    </div>
  );
}

function describedBy(id: string, hint?: string, errors?: string[]) {
  const ids = [hint ? `${id}-hint` : '', errors && errors.length > 0 ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

type TextAreaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & { name: string; label: string; hint?: string | undefined; errors?: string[] | undefined };

export function TextAreaField({ name, label, hint, errors, id, ...rest }: TextAreaProps) {
  const fieldId = id ?? `field-${name}`;
  return (
    <FieldShell id={fieldId} label={label} hint={hint} errors={errors}>
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
  errors?: string[] | undefined;
};

export function SelectField({ name, label, options, errors, id, ...rest }: SelectProps) {
  const fieldId = id ?? `field-${name}`;
  return (
    <FieldShell id={fieldId} label={label} errors={errors}>
      <select
        id={fieldId}
        name={name}
        aria-invalid={errors && errors.length > 0 ? true : undefined}
        aria-describedby={describedBy(fieldId, undefined, errors)}
        className={inputClass}
        {...rest}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>{option.label}</option>
        ))}
      </select>
    </FieldShell>
  );
}
