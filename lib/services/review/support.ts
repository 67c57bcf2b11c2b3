import 'server-only';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';

// Small helpers shared by the review engine and the subjects it owns.

export function notFound(): never {
  throw new AppError({ code: 'NOT_FOUND', userMessage: messages.errors.notFound });
}

export function conflict(message: string = messages.errors.conflict): never {
  throw new AppError({ code: 'CONFLICT', userMessage: message });
}

/** A positive whole number from a setting, or the documented default when an admin stored nonsense. */
export function positiveDays(value: number, fallback: number): number {
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
