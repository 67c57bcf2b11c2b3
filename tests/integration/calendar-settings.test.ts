import { revalidatePath } from 'next/cache';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { updateSettingAction } from '@/app/(staff)/staff/admin/settings/actions';
import { initialActionState } from '@/lib/action-state';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { SETTING_DEFAULTS } from '@/lib/domain/settings/defaults';
import { listSettings } from '@/lib/queries/settings/list-settings';
import { readSetting } from '@/lib/queries/settings/read-setting';
import { actAs, form } from '../setup/act-as';
import { calendarSnapshot } from '../factories/calendar';
import { ensureAdmin, makeUser } from '../factories/users';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

let admin: Actor;
let everyRoleButAdmin: Actor;
beforeAll(async () => {
  admin = await ensureAdmin(getDb());
  everyRoleButAdmin = await makeUser(getDb(), { roles: ['EDITOR', 'DIRECTOR', 'LEGAL_REVIEWER', 'OFFICER', 'HEARING_HOST'] });
});

describe('settings administration', () => {
  it('updates an integer limit with a before/after audit row, and the rules read the new value', async () => {
    const db = getDb();
    await actAs(admin);
    const state = await updateSettingAction(initialActionState, form({ key: 'review.workingDays', value: ' 10 ' }));
    expect(state).toEqual({ ok: true, message: '参数已保存。' });
    // Every page, public ones included (the complaint line is in the public footer), on every instance.
    expect(revalidatePath).toHaveBeenCalledWith('/', 'layout');
    expect(await readSetting(db, 'review.workingDays')).toBe(10);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: 'setting.update', entityId: 'review.workingDays' } });
    expect(audit.actorId).toBe(admin.id);
    expect(audit.before).toEqual({ value: 7 });
    expect(audit.after).toEqual({ value: 10 });
    const row = (await listSettings(db)).find((setting) => setting.key === 'review.workingDays');
    expect(row).toMatchObject({ value: 10, valueText: '10', defaultText: '7', isDefault: false });
  });

  it('refuses a negative number, a non-integer and a wrong type, in Chinese, writing nothing', async () => {
    const db = getDb();
    await actAs(admin);
    const before = await calendarSnapshot(db);
    const cases: [string, string | string[], string][] = [
      ['review.extensionWorkingDays', '-3', '“法制审核可延长一次的期限（工作日）”不能为负数'],
      ['hearing.fineThresholdPerson', '10000.5', '“对个人罚款达到此金额应告知听证权（元，处罚法第63条）”须为整数'],
      ['review.workingDays', '七', '“法制审核期限（工作日）”须为整数'],
      ['review.workingDays', '0', '“法制审核期限（工作日）”须在1至1000之间'],
      ['review.workingDays', ['7', '8'], '“法制审核期限（工作日）”只能填写一个值'],
      ['review.requiredCategories', ['NOTICE', 'SECRET'], '“发布前须经法制审核的公开类别”含有未知选项：SECRET'],
      ['review.requiredCategories', ['NORMATIVE_DOCUMENT'], '“发布前须经法制审核的公开类别”必须包含通知公告、年度报告（固定项，不能取消）'],
    ];
    for (const [key, value, message] of cases) {
      const state = await updateSettingAction(initialActionState, form({ key, value }));
      expect(state, `${key}=${String(value)}`).toEqual({ ok: false, message, fieldErrors: { value: [message] } });
    }
    const unknown = await updateSettingAction(initialActionState, form({ key: 'review.magic', value: '1' }));
    expect(unknown.ok).toBe(false);
    expect(unknown.fieldErrors?.key).toEqual(['未知参数']);
    expect(await calendarSnapshot(db)).toEqual(before);
  });

  it('stores a list of disclosure categories, always with the law-gated ones, which the database gate then reads', async () => {
    const db = getDb();
    await actAs(admin);
    const state = await updateSettingAction(
      initialActionState,
      form({ key: 'review.requiredCategories', value: ['ANNUAL_REPORT', 'NOTICE', 'POLICY_INTERPRETATION', 'NORMATIVE_DOCUMENT'] }),
    );
    expect(state.ok).toBe(true);
    expect(await readSetting(db, 'review.requiredCategories')).toEqual(['NOTICE', 'NORMATIVE_DOCUMENT', 'ANNUAL_REPORT', 'POLICY_INTERPRETATION']);
    const [gate] = await db.$queryRaw<{ required: boolean }[]>`
      SELECT disclosure_requires_review('POLICY_INTERPRETATION'::"DisclosureCategory") AS required`;
    expect(gate?.required).toBe(true);
    const row = (await listSettings(db)).find((setting) => setting.key === 'review.requiredCategories');
    expect(row?.valueText).toBe('通知公告、规范性文件、年度报告、政策解读');
  });

  it('refuses every role but ADMIN, and a signed-out caller, writing nothing', async () => {
    const db = getDb();
    const before = await calendarSnapshot(db);
    await actAs(everyRoleButAdmin);
    expect(await updateSettingAction(initialActionState, form({ key: 'review.workingDays', value: '3' }))).toEqual({
      ok: false,
      message: '您没有执行此操作的权限。',
    });
    await actAs(null);
    expect(await updateSettingAction(initialActionState, form({ key: 'review.workingDays', value: '3' }))).toEqual({
      ok: false,
      message: '请先登录。',
    });
    expect(await calendarSnapshot(db)).toEqual(before);
  });

  it('lists every documented setting', async () => {
    const keys = (await listSettings(getDb())).map((setting) => setting.key);
    expect(keys).toEqual(Object.keys(SETTING_DEFAULTS));
  });
});
