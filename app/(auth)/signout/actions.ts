'use server';

import { signOut } from '@/lib/auth/auth';
import { getSessionRef } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { endSession } from '@/lib/services/auth/end-session';

// next-auth's signOut event revokes this browser's server-side session (lib/auth/auth.ts).
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/' });
}

// Ends every session of the signed-in user (all browsers), then this one.
export async function signOutEverywhereAction(): Promise<void> {
  const session = await getSessionRef();
  if (session) await endSession(getDb(), { sessionId: session.sessionId, everywhere: true, now: new Date() });
  await signOut({ redirectTo: '/' });
}
