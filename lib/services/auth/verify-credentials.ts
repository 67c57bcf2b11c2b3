import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Db } from '@/lib/db';
import { recordAudit } from '@/lib/audit';
import { dummyPasswordHash, verifyPassword } from '@/lib/auth/password';
import { readSetting } from '@/lib/queries/settings/read-setting';
import { SESSION_MAX_AGE_SECONDS, throttleRefuses } from '@/lib/domain/auth/sign-in-policy';
import { pruneSignInRecords, throttleCounts } from '@/lib/services/auth/sign-in-attempts';

export type SignInResult = { ok: true; user: { id: string; name: string; email: string; sessionVersion: number }; sessionId: string } | { ok: false };

// Checks a password under the throttle (ADR 0018) and, on success, opens a server-side session.
// Every refusal — unknown e-mail, wrong password, throttled, disabled — returns the same value after
// the same work: one scrypt verification (against a dummy hash when there is no user) and one logged
// attempt. Why it was refused is written to the audit trail only.
export async function verifyCredentials(db: Db, input: { email: string; password: string; address: string; now: Date }): Promise<SignInResult> {
  const [dummyHash, maxFailures, windowMinutes, user] = await Promise.all([
    dummyPasswordHash(),
    readSetting(db, 'auth.maxFailedSignIns'),
    readSetting(db, 'auth.lockoutMinutes'),
    db.user.findUnique({ where: { email: input.email }, omit: { passwordHash: false } }),
  ]);
  const counts = await throttleCounts(db, { email: input.email, address: input.address, now: input.now, windowMinutes });
  const refused = throttleRefuses(counts, maxFailures);
  const passwordOk = await verifyPassword(input.password, user?.passwordHash ?? dummyHash);
  const reason = refused ? 'throttled' : !passwordOk ? 'password' : user && !user.active ? 'disabled' : null;

  return db.$transaction(async (tx) => {
    await tx.signInAttempt.create({
      data: { at: input.now, email: input.email, address: input.address, succeeded: !!user && reason === null },
    });
    if (!user) return { ok: false } as const;
    if (reason) {
      await recordAudit(tx, {
        actorId: null,
        action: 'auth.signInFailed',
        entityType: 'User',
        entityId: user.id,
        after: { reason, address: input.address },
      });
      return { ok: false } as const;
    }
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: input.now } });
    const session = await tx.userSession.create({
      data: {
        id: randomBytes(24).toString('base64url'),
        userId: user.id,
        createdAt: input.now,
        expiresAt: new Date(input.now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
      },
    });
    await recordAudit(tx, { actorId: user.id, action: 'auth.signIn', entityType: 'User', entityId: user.id, after: { address: input.address } });
    await pruneSignInRecords(tx, input.now);
    return {
      ok: true,
      user: { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion },
      sessionId: session.id,
    } as const;
  });
}
