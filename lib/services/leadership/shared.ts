import 'server-only';
import { toShanghaiDate } from '@/lib/domain/calendar/date-string';
import { pastDateBlockers } from '@/lib/domain/dashboard/register-rules';
import { AppError } from '@/lib/errors';
import { refuseIfBlocked } from '@/lib/rule-error';

export function refuseFutureDate(day: string, now: Date, label: string): void {
  refuseIfBlocked(pastDateBlockers(day, toShanghaiDate(now), label));
}

export function notFound(message: string): never {
  throw new AppError({ code: 'NOT_FOUND', userMessage: message });
}
