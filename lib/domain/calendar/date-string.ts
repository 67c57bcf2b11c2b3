/**
 * Calendar dates as ISO `YYYY-MM-DD` strings.
 *
 * A deadline is a day on the bureau's wall calendar, not an instant: strings compare correctly
 * with `<`, serialise without loss and cannot pick up a server's time zone. All arithmetic below
 * runs on UTC midnights, where every day is exactly 24 hours long.
 */

/** An ISO calendar date `YYYY-MM-DD` in the bureau's local calendar (Asia/Shanghai). */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
// Asia/Shanghai has been UTC+8 without daylight saving since 1991, so a fixed offset is exact
// for every date this system handles and avoids depending on the runtime's ICU time-zone data.
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** Whether `value` is a real calendar date written `YYYY-MM-DD` (rejects e.g. `2024-02-30`). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return false;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return formatUtc(ms) === value;
}

/** Throws a RangeError unless `value` is a valid `YYYY-MM-DD` date; `label` names it in the message. */
export function assertIsoDate(value: string, label = 'date'): void {
  if (!isIsoDate(value)) {
    throw new RangeError(`${label} must be a calendar date YYYY-MM-DD, got "${value}"`);
  }
}

/** The Asia/Shanghai calendar date of an instant, e.g. 2024-02-09T16:30Z → `2024-02-10`. */
export function toShanghaiDate(instant: Date): IsoDate {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('toShanghaiDate: invalid Date');
  return formatUtc(ms + SHANGHAI_OFFSET_MS);
}

/** `date` shifted by `days` calendar days (negative moves back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return formatUtc(toUtcMs(date) + days * MS_PER_DAY);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return new Date(toUtcMs(date)).getUTCDay();
}

/** Saturday or Sunday. */
export function isWeekend(date: IsoDate): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / MS_PER_DAY);
}

function toUtcMs(date: IsoDate): number {
  assertIsoDate(date);
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function formatUtc(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}
