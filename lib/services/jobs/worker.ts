import 'server-only';
import PgBoss from 'pg-boss';
import type { Db } from '@/lib/db';
import { mailerFromEnv, type Mailer } from '@/lib/services/notifications/mailer';
import { sendPendingMail } from '@/lib/services/notifications/send-pending-mail';
import { registerJobs } from './request-reminder-scan';
import { runReminderScan } from './run-reminder-scan';

// The job queue (pg-boss on the portal's own PostgreSQL, ADR 0026), run inside each app process.
// Its schema and queues are made by a migration (the app's role cannot create tables), so pg-boss
// starts with migrate: false. Cron schedules are sent once per minute across all instances (pg-boss
// takes a lock for that); the queues are `singleton` (one active job at a time); failures retry
// with exponential back-off; jobs are rows, so they survive restarts.

export const QUEUES = { reminders: 'reminders', mail: 'mail' } as const;

export type JobsOptions = {
  connectionString: string;
  db: Db;
  mailer?: Mailer | null;
  /** Reminder pass schedule (cron, Asia/Shanghai); every 15 minutes unless set (JOBS_REMINDER_CRON). */
  reminderCron?: string;
  /** Seconds between polls for new jobs (2 unless set). */
  pollingIntervalSeconds?: number;
  /** Run the cron timekeeper (false in tests that send jobs themselves). */
  schedule?: boolean;
};

export async function startJobs(options: JobsOptions): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: 'pgboss',
    migrate: false,
    max: 3,
    schedule: options.schedule ?? true,
    supervise: true,
  });
  boss.on('error', (error) => console.error('[jobs]', error));
  await boss.start();
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2;
  const mailer = options.mailer === undefined ? mailerFromEnv() : options.mailer;
  await boss.work(QUEUES.reminders, { pollingIntervalSeconds }, async () => {
    await runReminderScan(options.db);
    if (mailer) await boss.send(QUEUES.mail, {});
  });
  await boss.work(QUEUES.mail, { pollingIntervalSeconds }, async () => {
    if (mailer) await sendPendingMail(options.db, mailer);
  });
  if (options.schedule ?? true) {
    await boss.schedule(QUEUES.reminders, options.reminderCron ?? '*/15 * * * *', {}, { tz: 'Asia/Shanghai' });
    if (mailer) await boss.schedule(QUEUES.mail, '* * * * *', {}, { tz: 'Asia/Shanghai' });
  }
  registerJobs(boss);
  return boss;
}
