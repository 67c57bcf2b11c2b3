import 'server-only';
import type { Db } from '@/lib/db';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import { hashPassword } from '@/lib/auth/password';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { messages } from '@/lib/i18n/messages';
import type { CreateUserInput } from '@/lib/schemas/users';

export async function createUser(db: Db, actor: Actor, input: CreateUserInput) {
  assertCan(actor, 'users.manage');
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          passwordHash,
          roles: input.roles,
          legalQualificationNo: input.legalQualificationNo ?? null,
        },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'user.create',
        entityType: 'User',
        entityId: user.id,
        after: { email: user.email, name: user.name, roles: user.roles, legalQualificationNo: user.legalQualificationNo },
      });
      return user;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError({
        code: 'CONFLICT',
        userMessage: messages.admin.emailTaken,
        fieldErrors: { email: [messages.admin.emailTaken] },
      });
    }
    throw error;
  }
}
