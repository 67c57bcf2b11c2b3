'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/action';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { deleteHolidaySchema, importHolidaysSchema, upsertHolidaySchema } from '@/lib/schemas/calendar';
import { deleteHoliday } from '@/lib/services/calendar/delete-holiday';
import { importHolidays } from '@/lib/services/calendar/import-holidays';
import { upsertHoliday } from '@/lib/services/calendar/upsert-holiday';
import { requestReminderScan } from '@/lib/services/jobs/request-reminder-scan';

// Every export here is a public endpoint: each one authorises (settings.manage, from the database),
// validates, and runs one audited service that also recomputes open deadlines.
// Deadlines shown anywhere in the back office may have moved, so the whole staff area is refreshed.
// Reminders follow the new due dates: a reminder pass is asked for at once (ADR 0026).
const refresh = () => {
  revalidatePath('/staff', 'layout');
  void requestReminderScan('calendar');
};

export const upsertHolidayAction = defineAction({
  permission: 'settings.manage',
  schema: upsertHolidaySchema,
  run: (actor, input) => upsertHoliday(getDb(), actor, input),
  successMessage: messages.calendar.saved,
  onSuccess: refresh,
});

export const deleteHolidayAction = defineAction({
  permission: 'settings.manage',
  schema: deleteHolidaySchema,
  run: (actor, input) => deleteHoliday(getDb(), actor, input),
  successMessage: messages.calendar.deleted,
  onSuccess: refresh,
});

export const importHolidaysAction = defineAction({
  permission: 'settings.manage',
  schema: importHolidaysSchema,
  run: (actor, input) => importHolidays(getDb(), actor, input),
  successMessage: messages.calendar.imported,
  onSuccess: refresh,
});
