import type { Metadata } from 'next';
import { requireStaffPage } from '@/lib/auth/current-actor';
import { getDb } from '@/lib/db';
import { isRole } from '@/lib/domain/auth/permissions';
import { messages } from '@/lib/i18n/messages';
import { listUsers } from '@/lib/queries/users/list-users';
import { CreateUserForm, UserActiveForm, UserRolesForm } from './user-forms';

export const metadata: Metadata = { title: messages.admin.usersTitle };

export default async function AdminUsersPage() {
  const actor = await requireStaffPage({ path: '/staff/admin/users', permission: 'users.manage' });
  const users = await listUsers(getDb());
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{messages.admin.usersTitle}</h1>
      <section aria-labelledby="create-user" className="rounded-lg bg-white p-5 shadow-sm">
        <h2 id="create-user" className="mb-4 text-lg font-semibold">
          {messages.admin.createUser}
        </h2>
        <CreateUserForm />
      </section>
      <section aria-labelledby="user-list" className="overflow-x-auto rounded-lg bg-white p-5 shadow-sm">
        <h2 id="user-list" className="mb-4 text-lg font-semibold">
          用户列表
        </h2>
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b">
              <th className="py-2">姓名</th>
              <th>邮箱</th>
              <th>状态</th>
              <th>角色</th>
              <th>操作</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} className="border-b align-top" data-testid={`user-${user.email}`}>
                <td className="py-3 pr-3">{user.name}</td>
                <td className="pr-3">{user.email}</td>
                <td className="pr-3">{user.active ? messages.admin.active : messages.admin.inactive}</td>
                <td className="pr-3">
                  <UserRolesForm userId={user.id} roles={user.roles.filter(isRole)} />
                </td>
                <td>
                  {user.id === actor.id ? <span className="text-xs text-stone-500">不能停用本人</span> : <UserActiveForm userId={user.id} active={user.active} name={user.name} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
