import 'server-only';
import { redirect } from 'next/navigation';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import { can, type Permission } from '@/lib/domain/auth/permissions';
import type { Actor } from '@/lib/auth/guard';
import { loadActor } from '@/lib/auth/load-actor';
import { getSessionRef } from '@/lib/auth/session';

export async function currentActor(): Promise<Actor | null> {
  const session = await getSessionRef();
  return session ? loadActor(getDb(), session) : null;
}

// For mutations: roles and the active flag are re-read from the database on every call.
export async function requirePermission(permission: Permission): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new AppError({ code: 'UNAUTHENTICATED', userMessage: messages.errors.unauthenticated });
  if (!can(actor.roles, permission)) throw new AppError({ code: 'FORBIDDEN', userMessage: messages.errors.forbidden });
  return actor;
}

// For staff pages: a signed-out visitor goes to sign-in (and comes back); a signed-in user
// without the permission gets the 403 page.
export async function requireStaffPage(options: { path: string; permission?: Permission }): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(options.path)}`);
  if (!can(actor.roles, options.permission ?? 'staff.access')) redirect('/staff/forbidden');
  return actor;
}
