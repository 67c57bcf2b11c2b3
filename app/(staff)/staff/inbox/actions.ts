'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/action';
import { markReadSchema } from '@/lib/schemas/workbench';
import { markNotificationsRead } from '@/lib/services/notifications/mark-read';

// A public endpoint: any signed-in staff member marks their own notifications read (one, or all).
export const markReadAction = defineAction({
  permission: 'staff.access',
  schema: markReadSchema,
  run: (actor, input) => markNotificationsRead(actor, input),
  successMessage: '已标为已读',
  onSuccess: () => revalidatePath('/staff', 'layout'),
});
