import { revalidatePath } from 'next/cache';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createUserAction, setUserActiveAction, setUserRolesAction } from '@/app/(staff)/staff/admin/users/actions';
import { initialActionState } from '@/lib/action-state';
import type { Actor } from '@/lib/auth/guard';
import { getSessionRef } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { ROLES } from '@/lib/domain/auth/permissions';
import { actAs, form, rowCounts } from '../setup/act-as';
import { ensureAdmin, makeUser } from '../factories/users';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const validUser = { email: 'new.user@test.local', name: '新用户', password: 'Valid-pass-123', roles: ['EDITOR'] };

let admin: Actor;
let editor: Actor;
beforeAll(async () => {
  admin = await ensureAdmin(getDb());
  editor = await makeUser(getDb(), { roles: ['EDITOR', 'DIRECTOR', 'LEGAL_REVIEWER', 'OFFICER', 'HEARING_HOST'] });
});

describe('admin user actions, called directly as a browser would', () => {
  it('refuse a signed-out caller and write nothing', async () => {
    await actAs(null);
    const before = await rowCounts();
    const state = await createUserAction(initialActionState, form(validUser));
    expect(state).toEqual({ ok: false, message: '请先登录。' });
    expect(await rowCounts()).toEqual(before);
  });

  it('refuse a user holding every role but ADMIN, for each action, and write nothing', async () => {
    await actAs(editor);
    const before = await rowCounts();
    const target = await getDb().user.findUniqueOrThrow({ where: { id: editor.id } });
    const calls = [
      createUserAction(initialActionState, form(validUser)),
      setUserRolesAction(initialActionState, form({ userId: editor.id, roles: [...ROLES] })),
      setUserActiveAction(initialActionState, form({ userId: admin.id, active: 'false' })),
    ];
    for (const state of await Promise.all(calls)) {
      expect(state).toEqual({ ok: false, message: '您没有执行此操作的权限。' });
    }
    expect(await rowCounts()).toEqual(before);
    expect(await getDb().user.findUniqueOrThrow({ where: { id: editor.id } })).toEqual(target);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it('re-read roles from the database: an ADMIN demoted mid-session is refused at once', async () => {
    const formerAdmin = await makeUser(getDb(), { roles: ['ADMIN'] });
    await actAs(formerAdmin);
    await getDb().user.update({ where: { id: formerAdmin.id }, data: { roles: ['EDITOR'] } });
    const state = await createUserAction(initialActionState, form({ ...validUser, email: 'x@test.local' }));
    expect(state.ok).toBe(false);
    expect(state.message).toBe('您没有执行此操作的权限。');
    expect(await getDb().user.count({ where: { email: 'x@test.local' } })).toBe(0);
  });

  it('name every bad field in Chinese and write nothing', async () => {
    await actAs(admin);
    const before = await rowCounts();
    const state = await createUserAction(initialActionState, form({ email: 'not-an-email', name: '', password: 'short', roles: ['KING'] }));
    expect(state.ok).toBe(false);
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(['email', 'name', 'password', 'roles']);
    expect(state.message).toMatch(/^提交的内容有误，请检查：/);
    for (const label of ['邮箱', '姓名', '密码', '角色']) expect(state.message).toContain(label);
    expect(state.fieldErrors?.email).toEqual(['请输入有效的邮箱地址']);
    expect(await rowCounts()).toEqual(before);
  });

  it('create a user with its audit row, then refuse the same e-mail without writing', async () => {
    await actAs(admin);
    const before = await rowCounts();
    const created = await createUserAction(initialActionState, form({ ...validUser, roles: ['EDITOR', 'OFFICER'] }));
    expect(created).toEqual({ ok: true, message: '用户已创建。' });
    const user = await getDb().user.findUniqueOrThrow({ where: { email: validUser.email } });
    expect(user.roles.sort()).toEqual(['EDITOR', 'OFFICER']);
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: user.id, action: 'user.create' } });
    expect(audit.actorId).toBe(admin.id);
    expect(audit.after).toEqual({ email: validUser.email, name: validUser.name, roles: ['EDITOR', 'OFFICER'], legalQualificationNo: null });
    expect(JSON.stringify(audit.after)).not.toContain('Valid-pass');
    expect(await rowCounts()).toEqual({ users: before.users + 1, audit: before.audit + 1 });
    expect(revalidatePath).toHaveBeenCalledWith('/staff/admin/users');

    const duplicate = await createUserAction(initialActionState, form({ ...validUser, email: 'NEW.USER@test.local ' }));
    expect(duplicate.ok).toBe(false);
    expect(duplicate.fieldErrors?.email).toEqual(['该邮箱已被使用。']);
    expect(await rowCounts()).toEqual({ users: before.users + 1, audit: before.audit + 1 });
  });

  it('disabling a user ends their session: their next action is refused as signed out', async () => {
    const victim = await makeUser(getDb(), { roles: ['ADMIN'] });
    await actAs(victim);
    const victimSession = await getSessionRef();

    await actAs(admin);
    const state = await setUserActiveAction(initialActionState, form({ userId: victim.id, active: 'false' }));
    expect(state.ok).toBe(true);

    vi.mocked(getSessionRef).mockResolvedValue(victimSession);
    const refused = await createUserAction(initialActionState, form({ ...validUser, email: 'y@test.local' }));
    expect(refused).toEqual({ ok: false, message: '请先登录。' });
  });

  it('refuse an admin disabling themselves or removing their own ADMIN role', async () => {
    await actAs(admin);
    const before = await rowCounts();
    const self = await setUserActiveAction(initialActionState, form({ userId: admin.id, active: 'false' }));
    expect(self).toEqual({ ok: false, message: '不能停用自己的账户。' });
    const roles = await setUserRolesAction(initialActionState, form({ userId: admin.id, roles: ['EDITOR'] }));
    expect(roles).toEqual({ ok: false, message: '不能移除自己的系统管理员角色。' });
    expect(await rowCounts()).toEqual(before);
  });

  it('assign roles with before/after in the audit row', async () => {
    const user = await makeUser(getDb(), { roles: ['OFFICER'] });
    await actAs(admin);
    const state = await setUserRolesAction(initialActionState, form({ userId: user.id, roles: ['OFFICER', 'HEARING_HOST'] }));
    expect(state).toEqual({ ok: true, message: '角色已保存。' });
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: user.id, action: 'user.setRoles' } });
    expect(audit.before).toEqual({ roles: ['OFFICER'] });
    expect(audit.after).toEqual({ roles: ['OFFICER', 'HEARING_HOST'] });
  });
});
