import 'server-only';
import { createHash } from 'node:crypto';
import type { IsoDate } from '@/lib/domain/calendar';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';

// Small helpers shared by the review engine and the subjects it owns.

/** sha256 over the reviewed fields, separated by U+001F as the disclosure trigger does. */
export function contentHash(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u001f'), 'utf8').digest('hex');
}

/** A `@db.Date` column value as `YYYY-MM-DD` (Prisma returns UTC midnight). */
export function isoOfDateColumn(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` as the value to write into a `@db.Date` column. */
export function toDateColumn(date: IsoDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

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
