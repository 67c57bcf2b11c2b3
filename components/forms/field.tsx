import type { InputHTMLAttributes } from 'react';

type FieldProps = InputHTMLAttributes<HTMLInputElement> & { name: string; label: string; errors?: string[] | undefined };

/** The visual mark of a required field (the input's `required` says it to assistive technology). */
export function RequiredMark() {
  return <span aria-hidden="true" className="ml-0.5 text-red-700" title="必填">*</span>;
}

export function Field({ name, label, errors, id, ...input }: FieldProps) {
  const inputId = id ?? `field-${name}`;
  const errorId = `${inputId}-error`;
  return (
    <div className="space-y-1">
      <label htmlFor={inputId} className="block text-sm font-medium text-stone-800">
        {label}
        {input.required ? <RequiredMark /> : null}
      </label>
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
