import 'server-only';
import type PgBoss from 'pg-boss';

// After a change that moves due dates (the holiday calendar), ask for a reminder pass now rather
// than at the next scheduled one, through this process's queue when it runs one (startJobs). Best
// effort: the scheduled pass (every 15 minutes) recomputes on the new calendar anyway.

const holder = globalThis as unknown as { portalJobs?: PgBoss };

export function registerJobs(boss: PgBoss | undefined): void {
  holder.portalJobs = boss;
}

export async function requestReminderScan(reason: string): Promise<void> {
  try {
    await holder.portalJobs?.send('reminders', { reason });
  } catch (error) {
    console.error('[jobs] could not request a reminder pass', error);
  }
}
