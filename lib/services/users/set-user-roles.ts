import 'server-only';
import type { Db } from '@/lib/db';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import type { SetUserRolesInput } from '@/lib/schemas/users';

export async function setUserRoles(db: Db, actor: Actor, input: SetUserRolesInput) {
  assertCan(actor, 'users.manage');
  if (input.userId === actor.id && !input.roles.includes('ADMIN')) {
    throw new AppError({ code: 'RULE_VIOLATION', userMessage: messages.admin.cannotRemoveOwnAdmin });
  }
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.userId }, select: { roles: true } });
    if (!before) throw new AppError({ code: 'NOT_FOUND', userMessage: messages.errors.notFound });
    // Bumping sessionVersion ends the user's sessions, so new roles apply from their next sign-in.
    const user = await tx.user.update({
      where: { id: input.userId },
      data: { roles: input.roles, sessionVersion: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'user.setRoles',
      entityType: 'User',
      entityId: user.id,
      before: { roles: before.roles },
      after: { roles: user.roles },
    });
    return user;
  });
}
