import { randomBytes } from 'node:crypto';
import type { Db } from '@/lib/db';
import type { Role } from '@/lib/domain/auth/permissions';
import { toActor, type Actor } from '@/lib/auth/guard';
import { bootstrapAdmin } from '@/lib/services/users/bootstrap-admin';
import { createUser } from '@/lib/services/users/create-user';

export const TEST_PASSWORD = 'Test-password-2026';

// Users are made through the same services the admin page calls, so they pass the same rules
// and write the same audit rows.
export async function ensureAdmin(db: Db): Promise<Actor> {
  const existing = await db.user.findFirst({ where: { roles: { has: 'ADMIN' }, active: true }, orderBy: { createdAt: 'asc' } });
  if (existing) return toActor(existing);
  return toActor(await bootstrapAdmin(db, { email: 'root-admin@test.local', name: '初始管理员', password: TEST_PASSWORD }));
}

export async function makeUser(db: Db, options: { roles: Role[]; name?: string; email?: string }): Promise<Actor> {
  const admin = await ensureAdmin(db);
  const email = options.email ?? `user-${randomBytes(4).toString('hex')}@test.local`;
  const user = await createUser(db, admin, {
    email,
    name: options.name ?? '测试用户',
    password: TEST_PASSWORD,
    roles: options.roles,
  });
  return toActor(user);
}
