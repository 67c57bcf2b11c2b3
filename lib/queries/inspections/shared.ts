import 'server-only';
import type { IsoDate } from '@/lib/domain/calendar';

// @db.Date columns arrive as UTC midnights: their calendar date is the UTC date.
export const isoDay = (date: Date): IsoDate => date.toISOString().slice(0, 10);
export const dayToDate = (day: IsoDate): Date => new Date(`${day}T00:00:00.000Z`);
export const isoDayOrNull = (date: Date | null): IsoDate | null => (date === null ? null : isoDay(date));
