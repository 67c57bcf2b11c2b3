import { revalidatePath } from 'next/cache';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { deleteHolidayAction, importHolidaysAction, upsertHolidayAction } from '@/app/(staff)/staff/admin/holidays/actions';
import { initialActionState } from '@/lib/action-state';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { describeDueDate, type DueDateExplanation } from '@/lib/domain/calendar';
import { chineseDaysHolidayEntries } from '@/lib/holidays/chinese-days-source';
import { lockCalendar } from '@/lib/services/calendar/calendar-change';
import { actAs, form } from '../setup/act-as';
import { beijingMorning, calendarSnapshot, insertReview, reviewDue } from '../factories/calendar';
import { ensureAdmin, makeUser } from '../factories/users';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

let admin: Actor;
let everyRoleButAdmin: Actor;
beforeAll(async () => {
  admin = await ensureAdmin(getDb());
  everyRoleButAdmin = await makeUser(getDb(), { roles: ['EDITOR', 'DIRECTOR', 'LEGAL_REVIEWER', 'OFFICER', 'HEARING_HOST'] });
});

const sentence = (explanation: unknown) => describeDueDate(explanation as DueDateExplanation);

describe('holiday calendar edits recompute open deadlines in the same transaction', () => {
  it('adding a holiday moves a pending review’s due date and names the holiday; deleting it moves it back', async () => {
    const db = getDb();
    // Mon 2025-03-03 + 7 working days → Wed 2025-03-12.
    const pending = await insertReview(db, { submittedById: everyRoleButAdmin.id, submittedAt: beijingMorning('2025-03-03') });
    const returned = await insertReview(db, {
      submittedById: everyRoleButAdmin.id,
      submittedAt: beijingMorning('2025-03-03'),
      status: 'RETURNED',
    });
    expect((await reviewDue(db, pending.id)).dueOn).toBe('2025-03-12');
    const auditBefore = await db.auditEvent.count();

    await actAs(admin);
    const state = await upsertHolidayAction(initialActionState, form({ date: '2025-03-05', kind: 'HOLIDAY', holidayName: '防汛停休' }));
    expect(state).toEqual({ ok: true, message: '已保存，在办事项的期限已按新日历重新计算。' });
    expect(revalidatePath).toHaveBeenCalledWith('/staff', 'layout');

    const moved = await reviewDue(db, pending.id);
    expect(moved.dueOn).toBe('2025-03-13');
    expect(sentence(moved.explanation)).toBe('自2025-03-03次日起算7个工作日，跳过防汛停休假期（2025-03-05）及周末2天，截止2025-03-13');
    // A decided review keeps the deadline it was decided under.
    expect((await reviewDue(db, returned.id)).dueOn).toBe('2025-03-12');

    const audit = await db.auditEvent.findMany({ where: { id: { gt: 0 } }, orderBy: { id: 'asc' }, skip: auditBefore });
    expect(audit.map((event) => [event.action, event.entityId, event.actorId])).toEqual([
      ['holiday.upsert', '2025-03-05', admin.id],
      ['holiday.recompute', '2025-03-05', admin.id],
    ]);
    expect(audit[0]?.before).toBeNull();
    expect(audit[0]?.after).toEqual({ kind: 'HOLIDAY', name: '防汛停休' });
    expect(audit[1]?.after).toEqual({ changed: 1, byKind: { LegalReview: 1 } });

    // Renaming changes only the explanation; it still counts as a changed deadline.
    await upsertHolidayAction(initialActionState, form({ date: '2025-03-05', kind: 'HOLIDAY', holidayName: '临时放假' }));
    const renamed = await reviewDue(db, pending.id);
    expect(renamed.dueOn).toBe('2025-03-13');
    expect(sentence(renamed.explanation)).toContain('临时放假假期（2025-03-05）');
    const rename = await db.auditEvent.findFirstOrThrow({ where: { action: 'holiday.upsert' }, orderBy: { id: 'desc' } });
    expect(rename.before).toEqual({ kind: 'HOLIDAY', name: '防汛停休' });

    expect(await deleteHolidayAction(initialActionState, form({ date: '2025-03-05' }))).toEqual({
      ok: true,
      message: '已删除，在办事项的期限已按新日历重新计算。',
    });
    expect((await reviewDue(db, pending.id)).dueOn).toBe('2025-03-12');
    expect(await db.holiday.count({ where: { date: new Date('2025-03-05T00:00:00Z') } })).toBe(0);
    const deletion = await db.auditEvent.findFirstOrThrow({ where: { action: 'holiday.delete' } });
    expect(deletion.before).toEqual({ kind: 'HOLIDAY', name: '临时放假' });
  });

  it('counts a review’s granted extension and turns a make-up Saturday into a working day', async () => {
    const db = getDb();
    // Thu 2025-03-20 + 7 + 3 working days → Thu 2025-04-03 (清明 starts 04-04).
    const extended = await insertReview(db, {
      submittedById: everyRoleButAdmin.id,
      submittedAt: beijingMorning('2025-03-20'),
      extendedDays: 3,
    });
    expect((await reviewDue(db, extended.id)).dueOn).toBe('2025-04-03');
    await actAs(admin);
    const state = await upsertHolidayAction(initialActionState, form({ date: '2025-03-22', kind: 'MAKEUP_WORKDAY', holidayName: '调休' }));
    expect(state.ok).toBe(true);
    const moved = await reviewDue(db, extended.id);
    expect(moved.dueOn).toBe('2025-04-02');
    expect(sentence(moved.explanation)).toContain('计入调休上班日2025-03-22');
    await deleteHolidayAction(initialActionState, form({ date: '2025-03-22' }));
  });

  it('keeps each review’s own period when the limit setting changed since; an unreadable one uses the setting', async () => {
    const db = getDb();
    // Mon 2025-12-01 + 7 working days → Wed 2025-12-10.
    const review = await insertReview(db, { submittedById: everyRoleButAdmin.id, submittedAt: beijingMorning('2025-12-01') });
    const unreadable = await insertReview(db, {
      submittedById: everyRoleButAdmin.id,
      submittedAt: beijingMorning('2025-12-01'),
      extendedDays: 3,
    });
    await db.legalReview.update({ where: { id: unreadable.id }, data: { dueExplanation: {} } });
    await db.setting.update({ where: { key: 'review.workingDays' }, data: { value: 10 } });
    await actAs(admin);
    expect((await upsertHolidayAction(initialActionState, form({ date: '2025-12-03', kind: 'HOLIDAY', holidayName: '停休' }))).ok).toBe(true);
    expect((await reviewDue(db, review.id)).dueOn).toBe('2025-12-11');
    // 10 + 3 working days from 2025-12-01, skipping 12-03 → 2025-12-19.
    const fallback = await reviewDue(db, unreadable.id);
    expect(fallback.dueOn).toBe('2025-12-19');
    expect(sentence(fallback.explanation)).toContain('起算13个工作日');
    await deleteHolidayAction(initialActionState, form({ date: '2025-12-03' }));
    await db.setting.update({ where: { key: 'review.workingDays' }, data: { value: 7 } });
  });

  it('an edit waits for one in progress and recomputes on the table including it (edits queue on a lock)', async () => {
    const db = getDb();
    // Mon 2025-11-03 + 7 working days → Wed 2025-11-12; two more days off → Fri 2025-11-14.
    const review = await insertReview(db, { submittedById: everyRoleButAdmin.id, submittedAt: beijingMorning('2025-11-03') });
    expect((await reviewDue(db, review.id)).dueOn).toBe('2025-11-12');
    let release = () => {};
    let signalLocked = () => {};
    const locked = new Promise<void>((resolve) => (signalLocked = resolve));
    const first = db.$transaction(
      async (tx) => {
        await lockCalendar(tx);
        await tx.holiday.create({ data: { date: new Date('2025-11-04T00:00:00Z'), kind: 'HOLIDAY', name: '甲' } });
        signalLocked();
        await new Promise<void>((resolve) => (release = resolve));
      },
      { timeout: 20_000 },
    );
    await locked;
    await actAs(admin);
    let finished = false;
    const second = upsertHolidayAction(initialActionState, form({ date: '2025-11-05', kind: 'HOLIDAY', holidayName: '乙' })).then((state) => ((finished = true), state));
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(finished).toBe(false);
    release();
    await first;
    expect((await second).ok).toBe(true);
    expect((await reviewDue(db, review.id)).dueOn).toBe('2025-11-14');
    await deleteHolidayAction(initialActionState, form({ date: '2025-11-04' }));
    await deleteHolidayAction(initialActionState, form({ date: '2025-11-05' }));
    expect((await reviewDue(db, review.id)).dueOn).toBe('2025-11-12');
  });

  it('refuses an import listing a date as both holiday and make-up day, naming it, and writes nothing', async () => {
    const db = getDb();
    await insertReview(db, { submittedById: everyRoleButAdmin.id, submittedAt: beijingMorning('2025-01-24') });
    await actAs(admin);
    const before = await calendarSnapshot(db);
    const csv = ['2025-01-28,HOLIDAY,春节', '2025-02-08,HOLIDAY,春节', '2025-02-08,MAKEUP_WORKDAY,春节'].join('\n');
    const state = await importHolidaysAction(initialActionState, form({ source: 'CSV', year: '2025', csv }));
    expect(state).toEqual({ ok: false, message: '2025-02-08不能既是放假日又是调休上班日' });
    expect(await calendarSnapshot(db)).toEqual(before);
  });

  it('refuses bad CSV lines and lines of another year, naming each, and writes nothing', async () => {
    const db = getDb();
    await actAs(admin);
    const before = await calendarSnapshot(db);
    const csv = ['2025-10-01,HOLIDAY,国庆节', '2025-10-32,HOLIDAY,国庆节', '2026-01-01,HOLIDAY,元旦', '2025-10-02,休息,国庆节'].join('\n');
    const state = await importHolidaysAction(initialActionState, form({ source: 'CSV', year: '2025', csv }));
    expect(state.ok).toBe(false);
    expect(state.message).toBe(
      '第2行：“2025-10-32”不是有效日期（应为YYYY-MM-DD）；第3行：2026-01-01不属于2025年；' + '第4行：2025-10-02的类型“休息”无效（应为“放假”或“调休上班”）',
    );
    const blank = await importHolidaysAction(initialActionState, form({ source: 'CSV', year: '2025', csv: '  ' }));
    expect(blank.ok).toBe(false);
    expect(blank.fieldErrors?.csv).toEqual(['请粘贴CSV数据']);
    expect(await calendarSnapshot(db)).toEqual(before);
  });

  it('imports a year from pasted CSV, replacing only that year, and recomputes a deadline crossing into it', async () => {
    const db = getDb();
    // Wed 2026-12-30 + 7 working days, with 2027 still empty → Fri 2027-01-08.
    const review = await insertReview(db, { submittedById: everyRoleButAdmin.id, submittedAt: beijingMorning('2026-12-30') });
    expect((await reviewDue(db, review.id)).dueOn).toBe('2027-01-08');
    const count2026 = await db.holiday.count({ where: { date: { gte: new Date('2026-01-01'), lte: new Date('2026-12-31') } } });

    await actAs(admin);
    const csv = ['date,kind,name', '2027-01-01,HOLIDAY,元旦', '2027-02-06,MAKEUP_WORKDAY,春节'].join('\n');
    const state = await importHolidaysAction(initialActionState, form({ source: 'CSV', year: '2027', csv }));
    expect(state).toEqual({ ok: true, message: '已导入，在办事项的期限已按新日历重新计算。' });
    expect((await reviewDue(db, review.id)).dueOn).toBe('2027-01-11');

    const rows = await db.holiday.findMany({ where: { date: { gte: new Date('2027-01-01') } }, orderBy: { date: 'asc' } });
    expect(rows.map((row) => [row.date.toISOString().slice(0, 10), row.kind, row.name])).toEqual([
      ['2027-01-01', 'HOLIDAY', '元旦'],
      ['2027-02-06', 'MAKEUP_WORKDAY', '春节'],
    ]);
    expect(await db.holiday.count({ where: { date: { gte: new Date('2026-01-01'), lte: new Date('2026-12-31') } } })).toBe(count2026);

    // Importing again replaces the year rather than adding to it.
    await importHolidaysAction(initialActionState, form({ source: 'CSV', year: '2027', csv: '2027-01-01,HOLIDAY,元旦' }));
    expect(await db.holiday.count({ where: { date: { gte: new Date('2027-01-01') } } })).toBe(1);
    const imports = await db.auditEvent.findMany({ where: { action: 'holiday.import', entityId: '2027' }, orderBy: { id: 'asc' } });
    expect(imports).toHaveLength(2);
    expect(imports[1]?.before).toEqual({
      entries: [
        { date: '2027-01-01', kind: 'HOLIDAY', name: '元旦' },
        { date: '2027-02-06', kind: 'MAKEUP_WORKDAY', name: '春节' },
      ],
    });
  });

  it('imports a year from the chinese-days package, and refuses a year the package lacks', async () => {
    const db = getDb();
    await actAs(admin);
    await db.holiday.deleteMany({ where: { date: { gte: new Date('2025-01-01'), lte: new Date('2025-02-28') } } });
    const state = await importHolidaysAction(initialActionState, form({ source: 'CHINESE_DAYS', year: '2025' }));
    expect(state.ok).toBe(true);
    const rows = await db.holiday.findMany({ where: { date: { gte: new Date('2025-01-01'), lte: new Date('2025-12-31') } }, orderBy: { date: 'asc' } });
    expect(rows.map((row) => ({ date: row.date.toISOString().slice(0, 10), kind: row.kind, name: row.name }))).toEqual(chineseDaysHolidayEntries({ fromYear: 2025, toYear: 2025 }));
    expect(rows.find((row) => row.date.toISOString().startsWith('2025-02-08'))?.kind).toBe('MAKEUP_WORKDAY');

    const before = await calendarSnapshot(db);
    const missing = await importHolidaysAction(initialActionState, form({ source: 'CHINESE_DAYS', year: '2099' }));
    expect(missing).toEqual({
      ok: false,
      message: 'chinese-days 数据包中没有2099年的节假日安排，请按国务院办公厅通知以CSV粘贴导入。',
    });
    expect(await calendarSnapshot(db)).toEqual(before);
  });

  it('refuses bad input and a missing date with Chinese messages, writing nothing', async () => {
    const db = getDb();
    await actAs(admin);
    const before = await calendarSnapshot(db);
    const bad = await upsertHolidayAction(initialActionState, form({ date: '2025-02-30', kind: 'FEAST', holidayName: ' ' }));
    expect(bad.ok).toBe(false);
    expect(bad.fieldErrors).toEqual({
      date: ['请输入有效日期（YYYY-MM-DD）'],
      kind: ['请选择放假日或调休上班日'],
      holidayName: ['请输入名称'],
    });
    const missing = await deleteHolidayAction(initialActionState, form({ date: '2025-03-04' }));
    expect(missing).toEqual({ ok: false, message: '2025-03-04不在节假日日历中。' });
    expect(await calendarSnapshot(db)).toEqual(before);
  });
});

describe('holiday actions refuse every role but ADMIN', () => {
  const calls = () => [
    upsertHolidayAction(initialActionState, form({ date: '2025-03-05', kind: 'HOLIDAY', holidayName: '假日' })),
    deleteHolidayAction(initialActionState, form({ date: '2025-01-28' })),
    importHolidaysAction(initialActionState, form({ source: 'CHINESE_DAYS', year: '2025' })),
    importHolidaysAction(initialActionState, form({ source: 'CSV', year: '2025', csv: '2025-01-01,HOLIDAY,元旦' })),
  ];

  it('a user holding every other role is refused by each action, and nothing is written', async () => {
    const db = getDb();
    await insertReview(db, { submittedById: admin.id, submittedAt: beijingMorning('2025-01-24'), dueOn: '2025-01-01' });
    await actAs(everyRoleButAdmin);
    vi.mocked(revalidatePath).mockClear();
    const before = await calendarSnapshot(db);
    for (const state of await Promise.all(calls())) {
      expect(state).toEqual({ ok: false, message: '您没有执行此操作的权限。' });
    }
    expect(await calendarSnapshot(db)).toEqual(before);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it('a signed-out caller is refused by each action, and nothing is written', async () => {
    const db = getDb();
    await actAs(null);
    const before = await calendarSnapshot(db);
    for (const state of await Promise.all(calls())) expect(state).toEqual({ ok: false, message: '请先登录。' });
    expect(await calendarSnapshot(db)).toEqual(before);
  });
});
