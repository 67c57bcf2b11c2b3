import type { Tx } from '@/lib/db';
import type { IsoDate, WorkingCalendar } from '@/lib/domain/calendar';

// One kind of open deadline that depends on the holiday calendar. `recompute` rewrites, inside the
// caller's transaction, every open deadline of its kind on `calendar` and returns how many changed.
export type OpenDeadlineRecomputer = {
  readonly name: string;
  recompute(tx: Tx, calendar: WorkingCalendar): Promise<number>;
};

/** `YYYY-MM-DD` as the value to write into a `@db.Date` column. */
export function dateColumn(date: IsoDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

// Stored JSON comes back with keys in insertion order (jsonb sorts them), so compare canonically.
export function sameJson(stored: unknown, fresh: unknown): boolean {
  return canonical(stored) === canonical(JSON.parse(JSON.stringify(fresh)));
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : inner,
  );
}
