'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/action';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { createUserSchema, setUserActiveSchema, setUserRolesSchema } from '@/lib/schemas/users';
import { createUser } from '@/lib/services/users/create-user';
import { setUserActive } from '@/lib/services/users/set-user-active';
import { setUserRoles } from '@/lib/services/users/set-user-roles';

// Every export here is a public endpoint: each one authorises (users.manage, from the database),
// validates, and runs one audited service.
const refresh = () => revalidatePath('/staff/admin/users');

export const createUserAction = defineAction({
  permission: 'users.manage',
  schema: createUserSchema,
  run: (actor, input) => createUser(getDb(), actor, input),
  successMessage: messages.admin.created,
  onSuccess: refresh,
});

export const setUserRolesAction = defineAction({
  permission: 'users.manage',
  schema: setUserRolesSchema,
  run: (actor, input) => setUserRoles(getDb(), actor, input),
  successMessage: messages.admin.rolesSaved,
  onSuccess: refresh,
});

export const setUserActiveAction = defineAction({
  permission: 'users.manage',
  schema: setUserActiveSchema,
  run: (actor, input) => setUserActive(getDb(), actor, input),
  successMessage: messages.admin.activeSaved,
  onSuccess: refresh,
});
