import 'server-only';
import type { Db } from '@/lib/db';

export async function listRecentAuditEvents(db: Db, limit = 100) {
  return db.auditEvent.findMany({
    orderBy: { id: 'desc' },
    take: limit,
    select: { id: true, occurredAt: true, action: true, entityType: true, entityId: true, hash: true, actor: { select: { name: true } } },
  });
}
