import 'server-only';
import type { Db, Tx } from '@/lib/db';
import { toActor, type Actor } from '@/lib/auth/guard';

// A session is honoured only while its user is active and its sessionVersion is current:
// disabling a user or changing their roles bumps the version and ends every session at once.
export async function loadActor(
  db: Db | Tx,
  session: { userId: string; sessionVersion: number },
): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: session.userId },
    select: { id: true, name: true, email: true, roles: true, active: true, sessionVersion: true },
  });
  if (!user || !user.active || user.sessionVersion !== session.sessionVersion) return null;
  return toActor(user);
}
