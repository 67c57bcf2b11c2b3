import 'server-only';
import type { Db } from '@/lib/db';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import type { SetUserActiveInput } from '@/lib/schemas/users';

export async function setUserActive(db: Db, actor: Actor, input: SetUserActiveInput) {
  assertCan(actor, 'users.manage');
  if (input.userId === actor.id && !input.active) {
    throw new AppError({ code: 'RULE_VIOLATION', userMessage: messages.admin.cannotDisableSelf });
  }
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.userId }, select: { active: true } });
    if (!before) throw new AppError({ code: 'NOT_FOUND', userMessage: messages.errors.notFound });
    const user = await tx.user.update({
      where: { id: input.userId },
      // Disabling ends every open session at once (sessionVersion no longer matches).
      data: input.active ? { active: true } : { active: false, sessionVersion: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.active ? 'user.enable' : 'user.disable',
      entityType: 'User',
      entityId: user.id,
      before: { active: before.active },
      after: { active: user.active },
    });
    return user;
  });
}
