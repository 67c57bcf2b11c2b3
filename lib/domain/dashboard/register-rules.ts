import type { Blocker } from '@/lib/domain/blockers';
import type { IsoDate } from '@/lib/domain/calendar/date-string';

// Rules of the leaders' duties register and the request register: records describe what has
// happened, so their dates may not lie in the future; an answer cannot precede its request.

export function pastDateBlockers(day: IsoDate, today: IsoDate, label: string): Blocker[] {
  return day > today ? [{ code: 'DATE_IN_FUTURE', message: `${label}不能晚于今天（${today}）` }] : [];
}

export function answerBlockers(input: { receivedOn: IsoDate; answeredOn: IsoDate; today: IsoDate; alreadyAnswered: boolean }): Blocker[] {
  const blockers: Blocker[] = [];
  if (input.alreadyAnswered) blockers.push({ code: 'ALREADY_ANSWERED', message: '该申请已经答复，不能重复登记答复' });
  if (input.answeredOn < input.receivedOn) blockers.push({ code: 'ANSWER_BEFORE_REQUEST', message: `答复日期不能早于收到申请的日期（${input.receivedOn}）` });
  blockers.push(...pastDateBlockers(input.answeredOn, input.today, '答复日期'));
  return blockers;
}

export type PlanTaskStatus = 'PLANNED' | 'IN_PROGRESS' | 'DONE' | 'DROPPED';

// A finished or dropped task is closed: the report accounts for it as it stands.
export const PLAN_TASK_TRANSITIONS = {
  PLANNED: ['IN_PROGRESS', 'DONE', 'DROPPED'],
  IN_PROGRESS: ['PLANNED', 'DONE', 'DROPPED'],
  DONE: [],
  DROPPED: [],
} as const satisfies Record<PlanTaskStatus, readonly PlanTaskStatus[]>;

export function planTaskBlockers(from: PlanTaskStatus, to: PlanTaskStatus): Blocker[] {
  if (from === to) return [];
  const allowed: readonly PlanTaskStatus[] = PLAN_TASK_TRANSITIONS[from];
  return allowed.includes(to) ? [] : [{ code: 'PLAN_TASK_CLOSED', message: '该任务已完成或已取消，不能再改变状态' }];
}
