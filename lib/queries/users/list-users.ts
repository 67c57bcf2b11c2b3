import 'server-only';
import type { Db } from '@/lib/db';

export type UserRow = { id: string; email: string; name: string; roles: string[]; active: boolean };

export async function listUsers(db: Db): Promise<UserRow[]> {
  return db.user.findMany({
    orderBy: { createdAt: 'asc' },
    select: { id: true, email: true, name: true, roles: true, active: true },
  });
}
