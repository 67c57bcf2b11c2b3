import 'server-only';
import { getDb, type Db } from '@/lib/db';

// The in-app inbox: a person's own notifications, newest first, and the unread count for the header.

export const INBOX_PAGE_SIZE = 30;

export type InboxItem = { id: string; title: string; body: string; href: string; createdAt: Date; read: boolean };

export async function countUnread(userId: string, db: Db = getDb()): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

export async function listInbox(userId: string, page: number, db: Db = getDb()): Promise<{ items: InboxItem[]; total: number; pages: number }> {
  const [rows, total] = await Promise.all([
    db.notification.findMany({
      where: { userId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (Math.max(page, 1) - 1) * INBOX_PAGE_SIZE,
      take: INBOX_PAGE_SIZE,
    }),
    db.notification.count({ where: { userId } }),
  ]);
  return {
    items: rows.map((r) => ({ id: r.id, title: r.title, body: r.body, href: r.href, createdAt: r.createdAt, read: r.readAt !== null })),
    total,
    pages: Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE)),
  };
}
