import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createPlanTaskAction,
  deleteLeadershipEntryAction,
  recordCollectiveDecisionAction,
  recordLeadershipActivityAction,
  updatePlanTaskAction,
} from '@/app/(staff)/staff/leadership/actions';
import { answerRequestAction, recordRequestAction } from '@/app/(staff)/staff/requests/actions';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { metricValues } from '@/lib/queries/metrics/registry';
import { recordCollectiveDecision } from '@/lib/services/leadership/record-collective-decision';
import { recordResponsibility } from '@/lib/services/leadership/record-responsibility';
import { actAs, form } from '../setup/act-as';
import { makeUser } from '../factories/users';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const forbidden = { ok: false, message: '您没有执行此操作的权限。' };
let director: Actor;
let editor: Actor;
let officer: Actor;

async function counts() {
  const db = getDb();
  const [decisions, activities, tasks, requests, audit] = await Promise.all([
    db.collectiveDecision.count(),
    db.leadershipActivity.count(),
    db.planTask.count(),
    db.informationRequest.count(),
    db.auditEvent.count(),
  ]);
  return { decisions, activities, tasks, requests, audit };
}

const decisionFields = {
  heldOn: '2021-04-08',
  category: 'FUNDS',
  topic: '养老服务补贴资金分配方案',
  attendees: '王局长、刘建华，孙志明',
  outcome: '同意',
  publicised: 'on',
  publicityNote: '在门户网站公示7天',
} as const;

beforeAll(async () => {
  const db = getDb();
  director = await makeUser(db, { roles: ['DIRECTOR'], name: '王局长' });
  editor = await makeUser(db, { roles: ['EDITOR'] });
  officer = await makeUser(db, { roles: ['OFFICER', 'HEARING_HOST', 'LEGAL_REVIEWER'] });
});

describe("principal leaders' duties register", () => {
  it('records a collective decision with its attendees and publicity, audited, and the figure counts it', async () => {
    await actAs(director);
    const before = await counts();
    expect(await recordCollectiveDecisionAction({ ok: false }, form(decisionFields))).toEqual({ ok: true, message: '已登记。' });
    const row = await getDb().collectiveDecision.findFirstOrThrow({ where: { topic: decisionFields.topic } });
    expect(row.attendees).toEqual(['王局长', '刘建华', '孙志明']);
    expect(row.publicised).toBe(true);
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: row.id } });
    expect(audit).toMatchObject({ action: 'leadership.recordDecision', actorId: director.id, entityType: 'CollectiveDecision' });
    expect(await counts()).toEqual({ ...before, decisions: before.decisions + 1, audit: before.audit + 1 });
    expect(await metricValues(getDb(), 2021, ['collectiveDecisions.held', 'collectiveDecisions.publicised', 'collectiveDecisions.category.FUNDS'])).toEqual({
      'collectiveDecisions.held': 1,
      'collectiveDecisions.publicised': 1,
      'collectiveDecisions.category.FUNDS': 1,
    });
  });

  it('refuses a publicised decision without its publicity note, a future date, and no attendees, writing nothing', async () => {
    await actAs(director);
    const before = await counts();
    const missingNote = await recordCollectiveDecisionAction({ ok: false }, form({ ...decisionFields, publicityNote: '' }));
    expect(missingNote.ok).toBe(false);
    expect(missingNote.fieldErrors?.publicityNote).toEqual(['已公示的事项请填写公示方式、范围和时间']);
    const noAttendees = await recordCollectiveDecisionAction({ ok: false }, form({ ...decisionFields, attendees: '、' }));
    expect(noAttendees.fieldErrors?.attendees).toEqual(['请填写参会人员']);
    await expect(
      recordCollectiveDecision(getDb(), director, { ...decisionFields, attendees: ['王局长'], publicised: true }, new Date('2021-04-07T10:00:00+08:00')),
    ).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
      userMessage: '会议日期不能晚于今天（2021-04-07）',
    });
    expect(await counts()).toEqual(before);
  });

  it('refuses every register action to non-directors, writing nothing', async () => {
    for (const actor of [editor, officer, null]) {
      await actAs(actor);
      const before = await counts();
      const decision = await recordCollectiveDecisionAction({ ok: false }, form(decisionFields));
      const activity = await recordLeadershipActivityAction({ ok: false }, form({ kind: 'STUDY_SESSION', heldOn: '2021-03-05', title: '学习', attendees: '王局长' }));
      const task = await createPlanTaskAction({ ok: false }, form({ year: '2022', heading: '加强普法', task: '开展宣传', owner: '办公室' }));
      const removal = await deleteLeadershipEntryAction({ ok: false }, form({ entry: 'decision', entryId: 'x' }));
      if (actor) for (const result of [decision, activity, task, removal]) expect(result).toEqual(forbidden);
      else for (const result of [decision, activity, task, removal]) expect(result.ok).toBe(false);
      expect(await counts()).toEqual(before);
    }
  });

  it('keeps one principal per year, and deletes an entry with its audit row', async () => {
    await recordResponsibility(getDb(), director, { year: 2021, level: 'PRINCIPAL', personName: '王局长', post: '局长', duties: '第一责任人' });
    await expect(recordResponsibility(getDb(), director, { year: 2021, level: 'PRINCIPAL', personName: '李四', post: '局长', duties: '第一责任人' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await actAs(director);
    const row = await getDb().collectiveDecision.findFirstOrThrow({ where: { topic: decisionFields.topic } });
    expect(await deleteLeadershipEntryAction({ ok: false }, form({ entry: 'decision', entryId: row.id }))).toEqual({ ok: true, message: '已删除。' });
    expect(await getDb().collectiveDecision.count({ where: { id: row.id } })).toBe(0);
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: row.id, action: 'leadership.deleteEntry' } });
    expect(audit.before).toMatchObject({ topic: decisionFields.topic });
    expect(await deleteLeadershipEntryAction({ ok: false }, form({ entry: 'decision', entryId: row.id }))).toEqual({ ok: false, message: '该条目不存在或已删除' });
  });

  it('tracks a plan task to done with its outcome, and keeps it closed', async () => {
    await actAs(director);
    expect(
      (await createPlanTaskAction({ ok: false }, form({ year: '2022', heading: '加强普法', task: '开展宣传', owner: '办公室', dueOn: '2023-01-10' }))).fieldErrors?.dueOn,
    ).toEqual(['完成时限应在计划年度内']);
    expect(
      await createPlanTaskAction({ ok: false }, form({ year: '2022', heading: '加强民政普法宣传', task: '利用重阳节开展宣传', owner: '办公室', dueOn: '2022-10-31' })),
    ).toMatchObject({ ok: true });
    const task = await getDb().planTask.findFirstOrThrow({ where: { heading: '加强民政普法宣传' } });
    expect((await updatePlanTaskAction({ ok: false }, form({ taskId: task.id, status: 'DONE', outcome: '' }))).fieldErrors?.outcome).toBeDefined();
    expect(await updatePlanTaskAction({ ok: false }, form({ taskId: task.id, status: 'DONE', outcome: '开展重阳节宣传2次' }))).toMatchObject({ ok: true });
    expect(await updatePlanTaskAction({ ok: false }, form({ taskId: task.id, status: 'IN_PROGRESS', outcome: '' }))).toEqual({
      ok: false,
      message: '该任务已完成或已取消，不能再改变状态',
    });
    expect(await metricValues(getDb(), 2022, ['plan.tasks', 'plan.done'])).toEqual({ 'plan.tasks': 1, 'plan.done': 1 });
    expect(await metricValues(getDb(), 2021, ['plan.nextYear'])).toEqual({ 'plan.nextYear': 1 });
  });
});

describe('information request register', () => {
  it('lets the editor record and answer a request once; the director and others are refused', async () => {
    await actAs(director);
    let before = await counts();
    expect(await recordRequestAction({ ok: false }, form({ receivedOn: '2021-04-12', applicantKind: 'PERSON', subject: '低保审批程序' }))).toEqual(forbidden);
    expect(await counts()).toEqual(before);

    await actAs(editor);
    expect(await recordRequestAction({ ok: false }, form({ receivedOn: '2021-04-12', applicantKind: 'PERSON', subject: '低保审批程序' }))).toMatchObject({ ok: true });
    const request = await getDb().informationRequest.findFirstOrThrow({ where: { subject: '低保审批程序' } });
    before = await counts();
    expect(await answerRequestAction({ ok: false }, form({ requestId: request.id, outcome: 'DISCLOSED_IN_FULL', answeredOn: '2021-04-01' }))).toEqual({
      ok: false,
      message: '答复日期不能早于收到申请的日期（2021-04-12）',
    });
    expect(
      (await answerRequestAction({ ok: false }, form({ requestId: request.id, outcome: 'NOT_DISCLOSED', answeredOn: '2021-04-20' }))).fieldErrors?.outcomeReason,
    ).toBeDefined();
    expect(await counts()).toEqual(before);
    expect(await answerRequestAction({ ok: false }, form({ requestId: request.id, outcome: 'DISCLOSED_IN_FULL', answeredOn: '2021-04-28' }))).toMatchObject({ ok: true });
    expect(await answerRequestAction({ ok: false }, form({ requestId: request.id, outcome: 'DISCLOSED_IN_FULL', answeredOn: '2021-04-29' }))).toEqual({
      ok: false,
      message: '该申请已经答复，不能重复登记答复',
    });
    expect(await getDb().auditEvent.count({ where: { entityId: request.id } })).toBe(2);
    expect(await metricValues(getDb(), 2021, ['requests.received', 'requests.answered'])).toEqual({ 'requests.received': 1, 'requests.answered': 1 });
  });
});
