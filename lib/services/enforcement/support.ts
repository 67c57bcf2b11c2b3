import 'server-only';
import { assertCan, type Actor } from '@/lib/auth/guard';
import { can, type Permission } from '@/lib/domain/auth/permissions';
import type { Blocker } from '@/lib/domain/blockers';
import type { IsoDate } from '@/lib/domain/calendar';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';

// Small helpers shared by the case services.

/** Passes when the actor holds any of the permissions (the step's own role rule then decides). */
export function assertCanAny(actor: Actor, permissions: readonly Permission[]): void {
  assertCan(actor, permissions.find((p) => can(actor.roles, p)) ?? permissions[0]!);
}

/** A missing or wrong form field for the chosen step, shown beside the field. */
export function fieldError(field: string, message: string): never {
  throw new AppError({ code: 'VALIDATION', userMessage: message, fieldErrors: { [field]: [message] } });
}

export function required<T>(value: T | null | undefined, field: string, message: string): T {
  if (value === undefined || value === null || value === '') fieldError(field, message);
  return value;
}

/** A date a step records: not in the future, not before the case was filed. */
export function dateBlockers(label: string, day: IsoDate, today: IsoDate, notBefore?: { day: IsoDate; label: string } | null): Blocker[] {
  const t = messages.enforcement.errors;
  if (day > today) return [{ code: 'enf.date.future', message: t.dateFuture(label) }];
  if (notBefore && day < notBefore.day) return [{ code: 'enf.date.tooEarly', message: t.dateBefore(label, notBefore.label, notBefore.day) }];
  return [];
}
