import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import { can, isRole, type Permission, type Role } from '@/lib/domain/auth/permissions';

// The acting user as read from the database at the start of a request or action.
export type Actor = { id: string; name: string; email: string; roles: Role[] };

export function toActor(user: { id: string; name: string; email: string; roles: readonly string[] }): Actor {
  return { id: user.id, name: user.name, email: user.email, roles: user.roles.filter(isRole) };
}

// Services re-check the actor's permission themselves, so a service can never be reached
// (from an action, a route handler or the seed) without it.
export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor.roles, permission)) {
    throw new AppError({ code: 'FORBIDDEN', userMessage: messages.errors.forbidden });
  }
}
