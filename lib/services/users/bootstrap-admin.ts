import 'server-only';
import type { Db } from '@/lib/db';
import { recordAudit } from '@/lib/audit';
import { hashPassword } from '@/lib/auth/password';
import { AppError } from '@/lib/errors';
import { createUserSchema } from '@/lib/schemas/users';
import { parseOrThrow } from '@/lib/validation';

// Creates the first administrator of an empty installation. Refuses once any user exists, so it
// cannot be used to add accounts later (that is create-user's job, behind users.manage).
export async function bootstrapAdmin(db: Db, input: { email: string; name: string; password: string }) {
  const data = parseOrThrow(createUserSchema, { ...input, roles: ['ADMIN'] });
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(
    async (tx) => {
      if ((await tx.user.count()) > 0) {
        throw new AppError({ code: 'CONFLICT', userMessage: '系统已有用户，不能再次初始化管理员。' });
      }
      const user = await tx.user.create({
        data: { email: data.email, name: data.name, passwordHash, roles: ['ADMIN'] },
      });
      await recordAudit(tx, {
        actorId: user.id,
        action: 'user.bootstrap',
        entityType: 'User',
        entityId: user.id,
        after: { email: user.email, name: user.name, roles: user.roles },
      });
      return user;
    },
    { isolationLevel: 'Serializable' },
  );
}
