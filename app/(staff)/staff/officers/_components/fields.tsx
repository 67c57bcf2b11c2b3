import type { InputHTMLAttributes, ReactNode } from 'react';
import { FieldNotes, describedBy } from '@/components/forms/fields';

export { SelectField } from '@/components/forms/fields';

// Select and checkbox in the shape of components/forms/field.tsx (label, hint, errors, aria).
type CheckboxProps = InputHTMLAttributes<HTMLInputElement> & { name: string; label: string; hint?: string | undefined; errors?: string[] | undefined };

export function CheckboxField({ name, label, hint, errors, id, ...rest }: CheckboxProps) {
  const fieldId = id ?? `field-${name}`;
  return (
    <div className="space-y-1">
      <label htmlFor={fieldId} className="flex items-center gap-2 text-sm font-medium text-stone-800">
        <input id={fieldId} name={name} type="checkbox" aria-describedby={describedBy(fieldId, hint, errors)} className="h-4 w-4" {...rest} />
        {label}
      </label>
      <FieldNotes id={fieldId} hint={hint} errors={errors} />
    </div>
  );
}

export function Section({ id, title, children, actions }: { id: string; title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg bg-white p-5 shadow-sm">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
