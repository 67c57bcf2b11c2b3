import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import { getDb, type Db } from '@/lib/db';

/**
 * Marks the actor's own notifications read: one (`id`) or all. Another person's notification is
 * never touched (the id is matched together with the owner).
 */
export async function markNotificationsRead(actor: Actor, input: { id?: string | undefined }, db: Db = getDb(), now: Date = new Date()): Promise<number> {
  assertCan(actor, 'staff.access');
  return db.$transaction(async (tx) => {
    const { count } = await tx.notification.updateMany({
      where: { userId: actor.id, readAt: null, ...(input.id ? { id: input.id } : {}) },
      data: { readAt: now },
    });
    if (count > 0) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'notification.read',
        entityType: 'User',
        entityId: actor.id,
        after: { count, ...(input.id ? { notificationId: input.id } : { all: true }) },
      });
    }
    return count;
  });
}
