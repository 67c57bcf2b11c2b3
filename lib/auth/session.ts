import 'server-only';
import { auth } from '@/lib/auth/auth';

export type SessionRef = { userId: string; sessionVersion: number };

// The only place that reads the next-auth session; tests replace this module to act as a user.
export async function getSessionRef(): Promise<SessionRef | null> {
  const session = (await auth()) as { userId?: unknown; sessionVersion?: unknown } | null;
  if (!session || typeof session.userId !== 'string' || typeof session.sessionVersion !== 'number') return null;
  return { userId: session.userId, sessionVersion: session.sessionVersion };
}
