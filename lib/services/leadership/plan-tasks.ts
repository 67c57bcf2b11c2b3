import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { planTaskBlockers } from '@/lib/domain/dashboard/register-rules';
import { refuseIfBlocked } from '@/lib/rule-error';
import { createPlanTaskSchema, updatePlanTaskSchema, type CreatePlanTaskInput, type UpdatePlanTaskInput } from '@/lib/schemas/leadership';
import { parseOrThrow } from '@/lib/validation';
import { notFound } from './shared';
import { toDateColumn } from '@/lib/domain/calendar/date-column';

/** A task of the plan (下步打算) for `year`, so that year's report can account for it. */
export async function createPlanTask(db: Db, actor: Actor, input: CreatePlanTaskInput) {
  assertCan(actor, 'leadership.record');
  const data = parseOrThrow(createPlanTaskSchema, input);
  return db.$transaction(async (tx) => {
    const row = await tx.planTask.create({ data: { ...data, dueOn: data.dueOn === undefined ? null : toDateColumn(data.dueOn) } });
    await recordAudit(tx, { actorId: actor.id, action: 'leadership.createPlanTask', entityType: 'PlanTask', entityId: row.id, after: { ...data, dueOn: data.dueOn ?? null } });
    return row;
  });
}

/** Progress of a task: in progress, done (with what was achieved) or dropped (with why). */
export async function updatePlanTask(db: Db, actor: Actor, input: UpdatePlanTaskInput) {
  assertCan(actor, 'leadership.record');
  const data = parseOrThrow(updatePlanTaskSchema, input);
  return db.$transaction(async (tx) => {
    const task = await tx.planTask.findUnique({ where: { id: data.taskId }, select: { status: true, outcome: true } });
    if (!task) notFound('该任务不存在');
    refuseIfBlocked(planTaskBlockers(task.status, data.status));
    // Optimistic: the status read above must still hold.
    const updated = await tx.planTask.updateMany({ where: { id: data.taskId, status: task.status }, data: { status: data.status, outcome: data.outcome } });
    if (updated.count !== 1) notFound('该任务已被他人修改，请刷新后重试');
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'leadership.updatePlanTask',
      entityType: 'PlanTask',
      entityId: data.taskId,
      before: task,
      after: { status: data.status, outcome: data.outcome },
    });
  });
}
