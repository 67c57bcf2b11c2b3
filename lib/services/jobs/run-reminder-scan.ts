import 'server-only';
import type { Db } from '@/lib/db';
import type { Role } from '@/lib/domain/auth/permissions';
import { reminderFor, reminderThresholds } from '@/lib/domain/workbench';
import { readSetting } from '@/lib/queries/settings/read-setting';
import { loadWorkbench } from '@/lib/queries/workbench/load-workbench';
import { notifyInTransaction } from '@/lib/services/notifications/notify';

/**
 * One reminder pass: every active person's to-dos on the current calendar, a notification for
 * each threshold reached. Keyed per (person, to-do, due date, threshold), so repeated or parallel
 * passes add nothing new, and a due date moved by a calendar change is reminded anew.
 */
export async function runReminderScan(db: Db, now: Date = new Date()): Promise<{ created: number }> {
  const [first, second, after] = await Promise.all([
    readSetting(db, 'reminders.firstWorkingDaysBefore'),
    readSetting(db, 'reminders.secondWorkingDaysBefore'),
    readSetting(db, 'reminders.workingDaysAfter'),
  ]);
  const thresholds = reminderThresholds({ first: Number(first), second: Number(second), after: Number(after) });
  const users = await db.user.findMany({ where: { active: true }, select: { id: true, roles: true } });
  let created = 0;
  for (const user of users) {
    const { todos } = await loadWorkbench(db, { id: user.id, roles: user.roles as Role[] }, now);
    const reminders = todos.flatMap((todo) => {
      const reminder = reminderFor(todo, thresholds);
      return reminder ? [reminder] : [];
    });
    if (reminders.length === 0) continue;
    await db.$transaction(async (tx) => {
      for (const r of reminders) if (await notifyInTransaction(tx, { userId: user.id, key: r.key, title: r.title, body: r.body, href: r.href })) created += 1;
    });
  }
  return { created };
}
