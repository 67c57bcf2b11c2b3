import { beforeAll, describe, expect, it, vi } from 'vitest';
import { handOffCaseAction } from '@/app/(staff)/staff/cases/[caseId]/hand-off-action';
import { markReadAction } from '@/app/(staff)/staff/inbox/actions';
import { countUnread } from '@/lib/queries/notifications/inbox';
import { initialActionState } from '@/lib/action-state';
import { getDb } from '@/lib/db';
import { addDays, addWorkingDays, isWorkingDay, toShanghaiDate } from '@/lib/domain/calendar';
import { loadWorkingCalendar } from '@/lib/queries/calendar/load-calendar';
import { loadWorkbench } from '@/lib/queries/workbench/load-workbench';
import type { Actor } from '@/lib/auth/guard';
import { actAs, form } from '../setup/act-as';
import { makeUser } from '../factories/users';
import { insertReview } from '../factories/calendar';
import { caseFields, fileTestCase, makeCaseWorld, type CaseWorld } from '../factories/enforcement';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const db = () => getDb();
let w: CaseWorld;
let caseId: string;
let outsider: Actor;
const today = toShanghaiDate(new Date());

beforeAll(async () => {
  w = await makeCaseWorld(db());
  const filed = await fileTestCase(db(), w.officer, caseFields(w, { filedOn: today, caseTitle: '移交测试案' }), new Date());
  caseId = filed.id;
  outsider = await makeUser(db(), { roles: ['OFFICER'], name: '案外执法' });
});

const handoffCount = () => db().caseHandoff.count();

describe('hand-offs through the server action', () => {
  it('refuses an officer who is not on the case, and writes nothing', async () => {
    await actAs(outsider);
    const before = await handoffCount();
    const state = await handOffCaseAction(initialActionState, form({ caseId, handoffKind: 'DECISION', receiverId: w.director.id, handoffNote: '' }));
    expect(state).toMatchObject({ ok: false, message: expect.stringContaining('您不是本案承办人，不能移交办理') });
    expect(await handoffCount()).toBe(before);
  });

  it('refuses a receiver without the role, naming the role', async () => {
    await actAs(w.officer);
    const state = await handOffCaseAction(initialActionState, form({ caseId, handoffKind: 'DECISION', receiverId: w.editor.id, handoffNote: '' }));
    expect(state).toMatchObject({ ok: false, message: expect.stringContaining('报请决定的接收人须为局负责人') });
  });

  it('shows every field error at once in Chinese', async () => {
    await actAs(w.officer);
    const state = await handOffCaseAction(initialActionState, form({ caseId, handoffKind: 'X', receiverId: '' }));
    expect(state.ok).toBe(false);
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(['handoffKind', 'receiverId']);
    expect(state.message).not.toMatch(/receiverId|handoffKind/);
  });

  it('hands the case to the head, who finds it first on the home page with its due date, and in the inbox', async () => {
    await actAs(w.officer);
    const auditBefore = await db().auditEvent.count();
    const state = await handOffCaseAction(initialActionState, form({ caseId, handoffKind: 'DECISION', receiverId: w.director.id, handoffNote: '案件调查终结' }));
    expect(state).toMatchObject({ ok: true });
    expect(await db().auditEvent.count()).toBe(auditBefore + 1);

    const { todos } = await loadWorkbench(db(), w.director);
    const first = todos[0]!;
    const calendar = await loadWorkingCalendar(db());
    expect(first).toMatchObject({ area: 'HANDOFF', href: `/staff/cases/${caseId}`, handedOverBy: w.officer.name, title: '移交测试案' });
    expect(first.action).toContain('报请决定');
    // The case's 90-day limit (art. 60), rolled to a working day.
    const nominal = addDays(today, 90);
    let expected = nominal;
    while (!isWorkingDay(expected, calendar)) expected = addDays(expected, 1);
    expect(first.due).toBe(expected);
    expect(first.howComputed).toContain(`自${today}次日起算90日`);

    const inbox = await db().notification.findMany({ where: { userId: w.director.id } });
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({ title: expect.stringContaining('报请决定'), href: `/staff/cases/${caseId}`, readAt: null });
  });

  it('refuses handing the same step twice while the first waits', async () => {
    await actAs(w.officer);
    const state = await handOffCaseAction(initialActionState, form({ caseId, handoffKind: 'DECISION', receiverId: w.director.id, handoffNote: '' }));
    expect(state).toMatchObject({ ok: false, message: expect.stringContaining('已有待办理的报请决定') });
  });

  it('the officers on the case see its limit; other officers do not', async () => {
    const mine = await loadWorkbench(db(), w.officer);
    expect(mine.todos.some((t) => t.key === `case:${caseId}:limit`)).toBe(true);
    const other = await loadWorkbench(db(), outsider);
    expect(other.todos.some((t) => t.key.includes(caseId))).toBe(false);
  });
});

describe("the reviewer's list", () => {
  it('shows a review due tomorrow, due soon, with how its date was computed', async () => {
    const calendar = await loadWorkingCalendar(db());
    const tomorrow = addWorkingDays({ start: today, days: 1, calendar }).due;
    const review = await insertReview(db(), { submittedById: w.editor.id, submittedAt: new Date(), dueOn: tomorrow });
    const { todos } = await loadWorkbench(db(), w.reviewer);
    const todo = todos.find((t) => t.key === `review:${review.id}`);
    expect(todo).toMatchObject({ due: tomorrow, urgency: 'due-soon', remainingWorkingDays: 1, href: `/staff/reviews/${review.id}` });
    expect(todo!.howComputed).toMatch(/工作日/);
    // Not to the one who submitted it.
    const editor = await loadWorkbench(db(), w.editor);
    expect(editor.todos.some((t) => t.key === `review:${review.id}`)).toBe(false);
  });

  it('marks a due date in a year whose holidays are not loaded as provisional (暂定), never 正常', async () => {
    const years = (await db().holiday.findMany({ where: { kind: 'HOLIDAY' }, select: { date: true } })).map((h) => h.date.getUTCFullYear());
    const unloaded = Math.max(...years, Number(today.slice(0, 4))) + 2;
    const review = await insertReview(db(), { submittedById: w.editor.id, submittedAt: new Date(), dueOn: `${unloaded}-03-01` });
    const { todos, provisionalCount } = await loadWorkbench(db(), w.reviewer);
    expect(todos.find((t) => t.key === `review:${review.id}`)).toMatchObject({ provisional: true, urgency: 'provisional' });
    expect(provisionalCount).toBeGreaterThan(0);
  });
});

describe('the inbox', () => {
  it("counts the unread, marks one read, and never touches another person's", async () => {
    const [mine] = await db().notification.findMany({ where: { userId: w.director.id } });
    expect(await countUnread(w.director.id)).toBe(1);
    await actAs(w.officer);
    const foreign = await markReadAction(initialActionState, form({ id: mine!.id }));
    expect(foreign.ok).toBe(true);
    expect(await countUnread(w.director.id)).toBe(1);
    await actAs(w.director);
    expect(await markReadAction(initialActionState, form({ id: mine!.id }))).toMatchObject({ ok: true, message: '已标为已读' });
    expect(await countUnread(w.director.id)).toBe(0);
  });
});
