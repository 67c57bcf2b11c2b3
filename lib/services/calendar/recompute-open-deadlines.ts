import 'server-only';
import type { Tx } from '@/lib/db';
import type { WorkingCalendar } from '@/lib/domain/calendar';
import { legalReviewDeadlines } from './deadlines/legal-review-deadlines';
import type { OpenDeadlineRecomputer } from './deadlines/types';

export type { OpenDeadlineRecomputer } from './deadlines/types';

// Every kind of open deadline computed on the holiday calendar. A module with its own deadlines
// (disclosure timeliness, enforcement publicity, hearings, rectifications…) adds a recomputer in
// ./deadlines/ and lists it here; calendar edits then keep its due dates right too.
export const OPEN_DEADLINE_RECOMPUTERS: readonly OpenDeadlineRecomputer[] = [legalReviewDeadlines];

/** How many deadlines of each kind changed, keyed by recomputer name (for the audit row). */
export async function recomputeOpenDeadlinesByKind(tx: Tx, calendar: WorkingCalendar): Promise<Record<string, number>> {
  const changed: Record<string, number> = {};
  for (const recomputer of OPEN_DEADLINE_RECOMPUTERS) changed[recomputer.name] = await recomputer.recompute(tx, calendar);
  return changed;
}

/**
 * Recomputes every open deadline on `calendar`, inside the caller's transaction (the same one
 * that changed the calendar), and returns how many deadlines changed.
 */
export async function recomputeOpenDeadlines(tx: Tx, calendar: WorkingCalendar): Promise<number> {
  const byKind = await recomputeOpenDeadlinesByKind(tx, calendar);
  return Object.values(byKind).reduce((sum, count) => sum + count, 0);
}
