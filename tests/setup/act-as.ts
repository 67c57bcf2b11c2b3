import { randomUUID } from 'node:crypto';
import { vi } from 'vitest';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { getSessionRef } from '@/lib/auth/session';

// Integration tests call exported server actions directly, as a browser would, with the session
// of a given user (or none). Only the cookie-reading step is replaced: a live server-side session
// row is created, and it, roles, the active flag and sessionVersion are still read from the database
// by the code under test.
// The test file must declare: vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }))
export async function actAs(actor: Actor | null): Promise<void> {
  if (!actor) {
    vi.mocked(getSessionRef).mockResolvedValue(null);
    return;
  }
  const user = await getDb().user.findUniqueOrThrow({ where: { id: actor.id }, select: { sessionVersion: true } });
  const session = await getDb().userSession.create({
    data: { id: randomUUID(), userId: actor.id, expiresAt: new Date(Date.now() + 8 * 60 * 60 * 1000) },
  });
  vi.mocked(getSessionRef).mockResolvedValue({ sessionId: session.id, userId: actor.id, sessionVersion: user.sessionVersion });
}

export function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  }
  return data;
}

export async function rowCounts(): Promise<{ users: number; audit: number }> {
  const db = getDb();
  const [users, audit] = await Promise.all([db.user.count(), db.auditEvent.count()]);
  return { users, audit };
}
