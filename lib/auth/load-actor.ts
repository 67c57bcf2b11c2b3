import 'server-only';
import type { Db, Tx } from '@/lib/db';
import { toActor, type Actor } from '@/lib/auth/guard';
import type { SessionRef } from '@/lib/auth/session';

// A session is honoured only while, in one query: its server-side row is neither revoked (signed
// out) nor expired, its user is active, and its sessionVersion is current (disabling a user or
// changing their roles bumps the version and ends every session at once).
export async function loadActor(db: Db | Tx, session: SessionRef, now: Date = new Date()): Promise<Actor | null> {
  const user = await db.user.findFirst({
    where: {
      id: session.userId,
      active: true,
      sessionVersion: session.sessionVersion,
      sessions: { some: { id: session.sessionId, revokedAt: null, expiresAt: { gt: now } } },
    },
    select: { id: true, name: true, email: true, roles: true },
  });
  return user ? toActor(user) : null;
}
