import 'server-only';
import { auth } from '@/lib/auth/auth';

// What the session cookie names: the server-side session row, its user and the user's
// sessionVersion at sign-in. loadActor checks all three against the database.
export type SessionRef = { sessionId: string; userId: string; sessionVersion: number };

// The only place that reads the next-auth session; tests replace this module to act as a user.
export async function getSessionRef(): Promise<SessionRef | null> {
  const session = (await auth()) as { sessionId?: unknown; userId?: unknown; sessionVersion?: unknown } | null;
  if (!session || typeof session.sessionId !== 'string' || typeof session.userId !== 'string' || typeof session.sessionVersion !== 'number') {
    return null;
  }
  return { sessionId: session.sessionId, userId: session.userId, sessionVersion: session.sessionVersion };
}
