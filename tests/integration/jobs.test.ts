import { spawn, type ChildProcess } from 'node:child_process';
import PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { addWorkingDays, toShanghaiDate } from '@/lib/domain/calendar';
import { loadWorkingCalendar } from '@/lib/queries/calendar/load-calendar';
import { upsertHoliday } from '@/lib/services/calendar/upsert-holiday';
import { runReminderScan } from '@/lib/services/jobs/run-reminder-scan';
import { beijingMorning, insertReview } from '../factories/calendar';
import { makeQualifiedReviewer } from '../factories/review';
import { ensureAdmin, makeUser } from '../factories/users';
import { startSmtpServer } from '../setup/smtp';

// The job queue as deployed: pg-boss in separate worker processes (scripts/jobs-worker.ts, the
// same start-up as the app's instrumentation.ts) on this file's database, as the portal's role,
// e-mailing a real local SMTP server.

const db = () => getDb();
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let client: PgBoss;
const workers = new Set<ChildProcess>();

function startWorker(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/jobs-worker.ts'], {
    env: { ...process.env, SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MAIL_FROM: 'portal@test.invalid', JOBS_REMINDER_CRON: '0 0 1 1 *' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  workers.add(child);
  child.on('exit', () => workers.delete(child));
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('jobs worker started')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`worker exited ${code}: ${errors}`)));
  });
}

function stopWorker(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.on('exit', () => resolve());
    child.kill(signal);
  });
}

async function waitFor<T>(what: string, probe: () => Promise<T | null | false | undefined>, timeoutMs = 60_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const jobState = async (id: string) => (await client.getJobById('reminders', id))?.state;

/** A pending review due on the next working day, for a fresh reviewer: their reminder is due now. */
async function reviewDueTomorrow(name: string): Promise<{ reviewer: Actor; reviewId: string; key: string }> {
  const reviewer = await makeQualifiedReviewer(db(), { name });
  const submitter = await makeUser(db(), { roles: ['EDITOR'], name: `${name}的送审人` });
  const calendar = await loadWorkingCalendar(db());
  const due = addWorkingDays({ start: toShanghaiDate(new Date()), days: 1, calendar }).due;
  const review = await insertReview(db(), { submittedById: submitter.id, submittedAt: new Date(), dueOn: due });
  return { reviewer, reviewId: review.id, key: `reminder:review:${review.id}:${due}:before1` };
}

beforeAll(async () => {
  smtp = await startSmtpServer();
  client = new PgBoss({ connectionString: process.env.APP_DATABASE_URL!, schema: 'pgboss', migrate: false, schedule: false, supervise: false });
  client.on('error', () => undefined);
  await client.start();
});

afterAll(async () => {
  await Promise.all([...workers].map((w) => stopWorker(w, 'SIGKILL')));
  await client.stop({ graceful: false, wait: true });
  await smtp.close();
});

describe('the job queue', () => {
  it('runs a reminder exactly once with two worker processes: one notification, one e-mail', async () => {
    const { reviewer, key } = await reviewDueTomorrow('甲法审');
    await Promise.all([startWorker(), startWorker()]);
    // Four passes asked for at once (e.g. by two instances' schedules and two calendar edits).
    const ids = (await Promise.all([1, 2, 3, 4].map(() => client.send('reminders', {})))).filter((id): id is string => id !== null);
    expect(ids).toHaveLength(4);
    await waitFor('the reminder passes', async () => (await Promise.all(ids.map(jobState))).every((s) => s === 'completed'), 120_000);
    const rows = await db().notification.findMany({ where: { userId: reviewer.id, key } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.title).toContain('即将到期');
    const mails = await waitFor('the e-mail', async () => {
      const found = smtp.mails.filter((m) => m.to.includes(reviewer.email));
      return found.length > 0 && (await db().notification.count({ where: { userId: reviewer.id, emailedAt: null } })) === 0 ? found : null;
    });
    // Give a duplicate time to arrive, if there were one.
    await new Promise((r) => setTimeout(r, 3000));
    expect(smtp.mails.filter((m) => m.to.includes(reviewer.email))).toHaveLength(1);
    expect(mails[0]!.subject).toContain('即将到期：审核重大行政决策');
    expect(mails[0]!.from).toBe('portal@test.invalid');
  }, 240_000);

  it('keeps a job asked for while no worker runs, and runs it after a restart', async () => {
    await Promise.all([...workers].map((w) => stopWorker(w)));
    expect(workers.size).toBe(0);
    const { reviewer, key } = await reviewDueTomorrow('乙法审');
    const id = (await client.send('reminders', { reason: 'while down' }))!;
    await new Promise((r) => setTimeout(r, 1500));
    expect(await jobState(id)).toBe('created');
    expect(await db().notification.count({ where: { userId: reviewer.id, key } })).toBe(0);
    await startWorker();
    await waitFor('the kept job', async () => (await jobState(id)) === 'completed', 120_000);
    expect(await db().notification.count({ where: { userId: reviewer.id, key } })).toBe(1);
  }, 240_000);
});

describe('reminders and the calendar', () => {
  it('moves the reminders when the holiday calendar changes', async () => {
    const admin = await ensureAdmin(db());
    const reviewer = await makeQualifiedReviewer(db(), { name: '丙法审' });
    const submitter = await makeUser(db(), { roles: ['EDITOR'], name: '丙送审人' });
    // Submitted Mon 1 June 2026: 7 working days → Wed 10 June. On Fri 5 June, 3 working days are left.
    const review = await insertReview(db(), { submittedById: submitter.id, submittedAt: beijingMorning('2026-06-01') });
    const now = beijingMorning('2026-06-05');
    await runReminderScan(db(), now);
    const keys = async () => (await db().notification.findMany({ where: { userId: reviewer.id }, orderBy: { createdAt: 'asc' } })).map((n) => n.key);
    expect(await keys()).toEqual([`reminder:review:${review.id}:2026-06-10:before3`]);
    // A second pass adds nothing.
    await runReminderScan(db(), now);
    expect(await keys()).toHaveLength(1);

    // Tue 9 June becomes a day off: the review is due Thu 11 June, and the reminder follows it.
    await upsertHoliday(db(), admin, { date: '2026-06-09', kind: 'HOLIDAY', holidayName: '测试调休' });
    await runReminderScan(db(), now);
    expect(await keys()).toEqual([`reminder:review:${review.id}:2026-06-10:before3`, `reminder:review:${review.id}:2026-06-11:before3`]);
    const moved = await db().notification.findFirstOrThrow({ where: { userId: reviewer.id, key: { contains: '2026-06-11' } } });
    expect(moved.body).toContain('截止2026-06-11');
    // On the new due date's eve, the second threshold (1 working day) reminds again, once.
    await runReminderScan(db(), beijingMorning('2026-06-10'));
    expect((await keys()).at(-1)).toBe(`reminder:review:${review.id}:2026-06-11:before1`);
  });
});
