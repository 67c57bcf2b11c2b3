import { toShanghaiDate } from '@/lib/domain/calendar/date-string';

// The year asked for in the query string, or the last complete year (the report being prepared).
export function chosenYear(raw: string | string[] | undefined, now: Date = new Date()): number {
  const requested = Number(Array.isArray(raw) ? raw[0] : raw);
  if (Number.isInteger(requested) && requested >= 2000 && requested <= 2100) return requested;
  return Number(toShanghaiDate(now).slice(0, 4)) - 1;
}
