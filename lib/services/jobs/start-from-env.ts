import 'server-only';
import { getDb } from '@/lib/db';
import { appDatabaseUrl } from '@/lib/env';
import { mailerFromEnv } from '@/lib/services/notifications/mailer';
import { startJobs } from './worker';

/**
 * Starts this process's share of the job queue (called from instrumentation.ts at server start,
 * and by scripts/jobs-worker.ts). JOBS_ENABLED=false turns it off; JOBS_REMINDER_CRON changes the
 * reminder schedule. A failure to start is logged and the portal serves on (reminders wait).
 */
export async function startJobsFromEnv(env: NodeJS.ProcessEnv = process.env) {
  if (env.JOBS_ENABLED === 'false') return null;
  try {
    return await startJobs({
      connectionString: appDatabaseUrl(env),
      db: getDb(),
      mailer: mailerFromEnv(env),
      ...(env.JOBS_REMINDER_CRON ? { reminderCron: env.JOBS_REMINDER_CRON } : {}),
    });
  } catch (error) {
    console.error('[jobs] the job queue did not start', error);
    return null;
  }
}
