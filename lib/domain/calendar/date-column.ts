import type { IsoDate } from './date-string';

// The one conversion between PostgreSQL `date` columns and `YYYY-MM-DD`. Prisma reads a `@db.Date`
// column as UTC midnight of that day, and writes the UTC day of the Date it is given; so the day is
// the UTC date part, never the Shanghai date of an instant (that is toShanghaiDate in date-string).

/** A `@db.Date` column value as `YYYY-MM-DD`. */
export function isoOfDateColumn(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** The same for a nullable column. */
export function isoOfDateColumnOrNull(date: Date | null | undefined): IsoDate | null {
  return date ? isoOfDateColumn(date) : null;
}

/** `YYYY-MM-DD` as the value to write into (or compare with) a `@db.Date` column. */
export function toDateColumn(day: IsoDate): Date {
  return new Date(`${day}T00:00:00.000Z`);
}
