import type { Todo } from './todo';

// Reminders of due dates at working-day thresholds: before the due date (e.g. 3 and 1 working
// days before; 0 is the due day) and after it (overdue by N working days). Each reminder is keyed
// by the to-do, its due date and the threshold, so it is sent once; when the calendar or a rule
// moves the due date, the key changes and the reminder follows the new date.

export type ReminderThresholds = {
  /** Working days before the due date, e.g. [3, 1]. */
  readonly before: readonly number[];
  /** Working days after the due date (overdue), e.g. [1]; empty for none. */
  readonly after: readonly number[];
};

export type Reminder = { readonly key: string; readonly title: string; readonly body: string; readonly href: string };

/**
 * The reminder a to-do is due for now, if any: the tightest threshold reached (a scan that missed
 * a day still reminds once, at the threshold reached, not once per threshold passed).
 */
export function reminderFor(todo: Todo, thresholds: ReminderThresholds): Reminder | null {
  const left = todo.remainingWorkingDays;
  const overdue = todo.urgency === 'overdue';
  const href = todo.href;
  const what = `${todo.action}：${todo.title}`;
  const when = `截止${todo.due}${todo.provisional ? '（暂定）' : ''}`;
  if (overdue) {
    const elapsed = Math.max(-left, 0);
    const reached = thresholds.after.filter((n) => n > 0 && elapsed >= n);
    if (reached.length === 0) return null;
    const n = Math.max(...reached);
    return { key: `reminder:${todo.key}:${todo.due}:after${n}`, title: `已逾期：${what}`, body: `${when}，已逾期${elapsed}个工作日。${todo.howComputed}`, href };
  }
  const reached = thresholds.before.filter((n) => n >= 0 && left <= n);
  if (reached.length === 0) return null;
  const n = Math.min(...reached);
  const lead = left === 0 ? '今日截止' : `还剩${left}个工作日`;
  return { key: `reminder:${todo.key}:${todo.due}:before${n}`, title: `即将到期：${what}`, body: `${when}，${lead}。${todo.howComputed}`, href };
}

/** The thresholds from the three settings (0 before is the due day; 0 after is none). */
export function reminderThresholds(settings: { first: number; second: number; after: number }): ReminderThresholds {
  const before = [settings.first, settings.second].filter((n) => Number.isInteger(n) && n >= 0);
  return { before: [...new Set(before)], after: Number.isInteger(settings.after) && settings.after > 0 ? [settings.after] : [] };
}
