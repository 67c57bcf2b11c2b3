'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/action';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { updateSettingSchema } from '@/lib/schemas/settings';
import { updateSetting } from '@/lib/services/settings/update-setting';

// A public endpoint: authorises (settings.manage, from the database), validates, runs one audited service.
// Limits are read by pages across the back office and the complaint line by public pages.
export const updateSettingAction = defineAction({
  permission: 'settings.manage',
  schema: updateSettingSchema,
  run: (actor, input) => updateSetting(getDb(), actor, input),
  successMessage: messages.calendar.settings.saved,
  // The complaint line and other settings appear on cached public pages too: refresh every page
  // (on every instance, ADR 0030) rather than let them wait for the 10-minute safety net.
  onSuccess: () => revalidatePath('/', 'layout'),
});
