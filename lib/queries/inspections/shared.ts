import 'server-only';
import type { IsoDate } from '@/lib/domain/calendar';
import { isoOfDateColumn } from '@/lib/domain/calendar/date-column';

// @db.Date columns arrive as UTC midnights: their calendar date is the UTC date.
export const isoDayOrNull = (date: Date | null): IsoDate | null => (date === null ? null : isoOfDateColumn(date));
