'use client';

import { startTransition, useState, type FormEvent } from 'react';
import { ACTION_FILE_MAX_BYTES } from '@/lib/schemas/upload';

export const FILE_LIMIT_LABEL = `${Math.floor(ACTION_FILE_MAX_BYTES / 1024)}KB`;
const ACCEPT = '.pdf,.docx,.png,.jpg,.jpeg,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/png,image/jpeg';

/**
 * A file input for a form posted to a server action (see lib/schemas/upload.ts). The request body
 * of an action is capped, so an oversized file is refused here, before it is sent, with the same
 * message the server would give; the server checks again.
 */
export function FileField(props: { id: string; name?: string; label: string; hint: string; errors?: string[] | undefined; disabled?: boolean }) {
  const name = props.name ?? 'file';
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  const invalid = props.errors && props.errors.length > 0;
  return (
    <div className="space-y-1">
      <label htmlFor={props.id} className="block text-sm font-medium text-stone-800">
        {props.label}
      </label>
      <input
        id={props.id}
        name={name}
        type="file"
        accept={ACCEPT}
        disabled={props.disabled}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? `${hintId} ${errorId}` : hintId}
        className="block w-full text-sm file:mr-3 file:rounded-md file:border file:border-stone-300 file:bg-white file:px-3 file:py-1.5"
      />
      <p id={hintId} className="text-xs text-stone-600">
        {props.hint}
      </p>
      {invalid ? (
        <p id={errorId} className="text-sm text-red-700">
          {props.errors?.join('；')}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Like keepFieldsOnSubmit (the typed fields survive a refusal), and refuses a chosen file larger
 * than the action can take before anything is sent. Returns the submit handler and the local
 * error for the file field.
 */
export function useFileSubmit(action: (data: FormData) => void, label: string) {
  const [fileError, setFileError] = useState<string[] | undefined>(undefined);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const tooLarge = [...data.values()].some((value) => value instanceof File && value.size > ACTION_FILE_MAX_BYTES);
    if (tooLarge) {
      setFileError([`${label}过大，不能超过${FILE_LIMIT_LABEL}`]);
      return;
    }
    setFileError(undefined);
    startTransition(() => action(data));
  };
  return { onSubmit, fileError };
}
