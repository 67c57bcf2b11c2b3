import 'server-only';
import { toShanghaiDate, type IsoDate } from '@/lib/domain/calendar';
import { AppError } from '@/lib/errors';
import { fieldLabel, messages } from '@/lib/i18n/messages';

// Helpers shared by the inspection use cases (not use cases themselves).
const t = messages.inspections;

export function notFound(message: string): never {
  throw new AppError({ code: 'NOT_FOUND', userMessage: message });
}

export function conflict(): never {
  throw new AppError({ code: 'CONFLICT', userMessage: messages.errors.conflict });
}

// A date the user typed may not lie after the bureau's today.
export function refuseFutureDates(dates: Record<string, IsoDate | undefined>, now: Date): void {
  const today = toShanghaiDate(now);
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, value] of Object.entries(dates)) {
    if (value !== undefined && value > today) fieldErrors[field] = [t.errors.dateInFuture((t.fields as Record<string, string>)[field] ?? fieldLabel(field))];
  }
  const messagesList = Object.values(fieldErrors).flat();
  if (messagesList.length > 0) {
    throw new AppError({ code: 'VALIDATION', userMessage: messagesList.join('；'), fieldErrors });
  }
}
