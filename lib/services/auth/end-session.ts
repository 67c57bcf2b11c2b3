import 'server-only';
import type { Db } from '@/lib/db';
import { recordAudit } from '@/lib/audit';

// Signing out revokes the server-side session row: the cookie, even if kept, no longer loads an
// actor on any instance. `everywhere` also bumps sessionVersion, ending every session of the user.
export async function endSession(db: Db, input: { sessionId: string; everywhere?: boolean; now: Date }): Promise<void> {
  await db.$transaction(async (tx) => {
    const session = await tx.userSession.findUnique({ where: { id: input.sessionId }, select: { userId: true, revokedAt: true } });
    if (!session) return;
    if (input.everywhere) {
      await tx.user.update({ where: { id: session.userId }, data: { sessionVersion: { increment: 1 } } });
      await tx.userSession.updateMany({ where: { userId: session.userId, revokedAt: null }, data: { revokedAt: input.now } });
    } else if (!session.revokedAt) {
      await tx.userSession.update({ where: { id: input.sessionId }, data: { revokedAt: input.now } });
    } else {
      return;
    }
    await recordAudit(tx, {
      actorId: session.userId,
      action: input.everywhere ? 'auth.signOutEverywhere' : 'auth.signOut',
      entityType: 'User',
      entityId: session.userId,
    });
  });
}
