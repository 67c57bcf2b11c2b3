import type { InputHTMLAttributes } from 'react';

type FieldProps = InputHTMLAttributes<HTMLInputElement> & { name: string; label: string; errors?: string[] | undefined };

/** The visual mark of a required field (the input's `required` says it to assistive technology). */
export function RequiredMark() {
  return (
    <span aria-hidden="true" className="ml-0.5 text-red-700" title="必填">
      *
    </span>
  );
}

/** A field's label, with the required mark beside it (outside the <label>, so the label's text stays the field's name). */
export function FieldLabel({ htmlFor, label, required }: { htmlFor: string; label: string; required?: boolean | undefined }) {
  const text = (
    <label htmlFor={htmlFor} className="block text-sm font-medium text-stone-800">
      {label}
    </label>
  );
  return required ? (
    <div className="flex items-baseline">
      {text}
      <RequiredMark />
    </div>
  ) : (
    text
  );
}

export function Field({ name, label, errors, id, ...input }: FieldProps) {
  const inputId = id ?? `field-${name}`;
  const errorId = `${inputId}-error`;
  return (
    <div className="space-y-1">
      <FieldLabel htmlFor={inputId} label={label} required={input.required} />
      <input
        id={inputId}
        name={name}
        aria-invalid={errors && errors.length > 0 ? true : undefined}
        aria-describedby={errors && errors.length > 0 ? errorId : undefined}
        className="w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base focus:border-brand-600"
        {...input}
      />
      {errors && errors.length > 0 ? (
        <p id={errorId} className="text-sm text-red-700">
          {errors.join('；')}
        </p>
      ) : null}
    </div>
  );
}
