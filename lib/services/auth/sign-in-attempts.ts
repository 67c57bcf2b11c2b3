import 'server-only';
import type { Db, Tx } from '@/lib/db';
import { ATTEMPT_RETENTION_DAYS, KNOWN_ADDRESS_DAYS, type ThrottleCounts } from '@/lib/domain/auth/sign-in-policy';

const DAY = 24 * 60 * 60 * 1000;

// The throttle's inputs, read from the attempt log in PostgreSQL (shared by every instance).
export async function throttleCounts(db: Db | Tx, input: { email: string; address: string; now: Date; windowMinutes: number }): Promise<ThrottleCounts> {
  const { email, address, now } = input;
  const windowStart = new Date(now.getTime() - input.windowMinutes * 60_000);
  const lastPairSuccess = await db.signInAttempt.findFirst({
    where: { email, address, succeeded: true, at: { lte: now } },
    orderBy: { at: 'desc' },
    select: { at: true },
  });
  const pairSince = lastPairSuccess && lastPairSuccess.at > windowStart ? lastPairSuccess.at : windowStart;
  const failed = { succeeded: false, at: { lte: now } };
  const [pairFailures, addressFailures, accountFailures] = await Promise.all([
    db.signInAttempt.count({ where: { ...failed, email, address, at: { gt: pairSince, lte: now } } }),
    db.signInAttempt.count({ where: { ...failed, address, at: { gt: windowStart, lte: now } } }),
    db.signInAttempt.count({ where: { ...failed, email, at: { gt: windowStart, lte: now } } }),
  ]);
  const knownAddress = !!lastPairSuccess && lastPairSuccess.at.getTime() > now.getTime() - KNOWN_ADDRESS_DAYS * DAY;
  return { pairFailures, addressFailures, accountFailures, knownAddress };
}

// Old attempts and long-expired sessions go on each successful sign-in (no scheduler needed).
export async function pruneSignInRecords(tx: Tx, now: Date): Promise<void> {
  const before = new Date(now.getTime() - ATTEMPT_RETENTION_DAYS * DAY);
  await tx.signInAttempt.deleteMany({ where: { at: { lt: before } } });
  await tx.userSession.deleteMany({ where: { expiresAt: { lt: before } } });
}
