import type { z } from 'zod';
import { AppError, type FieldErrors } from '@/lib/errors';
import { fieldLabel, messages } from '@/lib/i18n/messages';

// zod issues → field errors and one Chinese summary naming each field.
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : '_form';
    (fieldErrors[field] ??= []).push(issue.message);
  }
  return fieldErrors;
}

export function summarise(fieldErrors: FieldErrors): string {
  const parts = Object.entries(fieldErrors).map(([field, list]) => `${fieldLabel(field)}：${list.join('；')}`);
  return `${messages.errors.invalidInput}${parts.join('；')}`;
}

export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors = toFieldErrors(result.error);
  throw new AppError({ code: 'VALIDATION', userMessage: summarise(fieldErrors), fieldErrors });
}
