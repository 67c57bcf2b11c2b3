import 'server-only';
import type { Db } from '@/lib/db';
import { recordAudit } from '@/lib/audit';
import { dummyPasswordHash, verifyPassword } from '@/lib/auth/password';
import { readSetting } from '@/lib/queries/settings/read-setting';

export type SignInResult =
  | { ok: true; user: { id: string; name: string; email: string; sessionVersion: number } }
  | { ok: false; reason: 'invalid' | 'disabled' }
  | { ok: false; reason: 'locked'; minutes: number };

// Checks a password and keeps the failure counter: after `auth.maxFailedSignIns` failures in a
// row the account is locked for `auth.lockoutMinutes`. Unknown e-mails cost the same time as known ones.
export async function verifyCredentials(
  db: Db,
  input: { email: string; password: string; now: Date },
): Promise<SignInResult> {
  const user = await db.user.findUnique({ where: { email: input.email }, omit: { passwordHash: false } });
  if (!user) {
    await verifyPassword(input.password, await dummyPasswordHash());
    return { ok: false, reason: 'invalid' };
  }
  if (user.lockedUntil && user.lockedUntil > input.now) {
    return { ok: false, reason: 'locked', minutes: Math.ceil((user.lockedUntil.getTime() - input.now.getTime()) / 60_000) };
  }
  const passwordOk = await verifyPassword(input.password, user.passwordHash);
  if (passwordOk && !user.active) return { ok: false, reason: 'disabled' };

  const [maxFailures, lockoutMinutes] = await Promise.all([
    readSetting(db, 'auth.maxFailedSignIns'),
    readSetting(db, 'auth.lockoutMinutes'),
  ]);
  return db.$transaction(async (tx) => {
    if (passwordOk) {
      await tx.user.update({
        where: { id: user.id },
        data: { failedSignIns: 0, lockedUntil: null, lastSignInAt: input.now },
      });
      await recordAudit(tx, { actorId: user.id, action: 'auth.signIn', entityType: 'User', entityId: user.id });
      return { ok: true, user: { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion } };
    }
    // Increment in SQL so two concurrent failures both count.
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { failedSignIns: { increment: 1 } },
      select: { failedSignIns: true },
    });
    if (updated.failedSignIns >= maxFailures) {
      await tx.user.update({
        where: { id: user.id },
        data: { failedSignIns: 0, lockedUntil: new Date(input.now.getTime() + lockoutMinutes * 60_000) },
      });
      await recordAudit(tx, {
        actorId: null,
        action: 'auth.locked',
        entityType: 'User',
        entityId: user.id,
        after: { lockoutMinutes },
      });
      return { ok: false, reason: 'locked', minutes: lockoutMinutes };
    }
    await recordAudit(tx, {
      actorId: null,
      action: 'auth.signInFailed',
      entityType: 'User',
      entityId: user.id,
      after: { failedSignIns: updated.failedSignIns },
    });
    return { ok: false, reason: 'invalid' };
  });
}
