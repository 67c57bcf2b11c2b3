'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { initialActionState } from '@/lib/action-state';
import type { SettingShape } from '@/lib/domain/settings/setting-value';
import { messages } from '@/lib/i18n/messages';
import { updateSettingAction } from './actions';

const t = messages.calendar.settings;
const inputClass = 'w-32 rounded-md border border-stone-300 bg-white px-3 py-2 text-base focus:border-brand-600';

export function SettingForm(props: { settingKey: string; description: string; shape: SettingShape; value: unknown; version: number | null }) {
  const { settingKey, description, shape, value, version } = props;
  const [state, action] = useActionState(updateSettingAction, initialActionState);
  const id = `setting-${settingKey.replace(/\W/g, '-')}`;
  const invalid = state.fieldErrors?.value ? true : undefined;
  return (
    <form action={action} className="space-y-2" noValidate>
      <input type="hidden" name="key" value={settingKey} />
      {version === null ? null : <input type="hidden" name="expectedVersion" value={version} />}
      {shape.type === 'list' && shape.options ? (
        <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
          <legend className="sr-only">{t.valueLabel(description)}</legend>
          {shape.options.map((option) => {
            // A required item cannot be unticked: shown ticked and disabled, and sent as a hidden value.
            const required = shape.required.includes(option.value);
            return (
              <label key={option.value} htmlFor={`${id}-${option.value}`} className="flex items-center gap-1 text-sm">
                <input
                  id={`${id}-${option.value}`}
                  type="checkbox"
                  name={required ? undefined : 'value'}
                  value={option.value}
                  disabled={required}
                  defaultChecked={required || (Array.isArray(value) && value.includes(option.value))}
                />
                {required ? <input type="hidden" name="value" value={option.value} /> : null}
                {option.label}
                {required ? <span className="text-xs text-stone-500">{t.required}</span> : null}
              </label>
            );
          })}
        </fieldset>
      ) : shape.type === 'boolean' ? (
        <select id={id} name="value" aria-label={t.valueLabel(description)} defaultValue={String(value)} className={inputClass}>
          <option value="true">{t.yes}</option>
          <option value="false">{t.no}</option>
        </select>
      ) : (
        <input
          id={id}
          name="value"
          aria-label={t.valueLabel(description)}
          aria-invalid={invalid}
          inputMode={shape.type === 'integer' ? 'numeric' : undefined}
          defaultValue={Array.isArray(value) ? value.join(',') : String(value)}
          className={inputClass}
        />
      )}
      <SubmitButton variant="secondary">{t.save}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
