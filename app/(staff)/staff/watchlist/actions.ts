'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/action';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { addWatchedOrganisationSchema, setWatchStatusSchema } from '@/lib/schemas/evidence';
import { addWatchedOrganisation, setWatchStatus } from '@/lib/services/enforcement/watchlist';

// Every export here is a public endpoint: each one authorises ('watchlist.manage', re-read from the
// database), validates, and runs one audited service.
const t = messages.evidence.watchlist;
const refresh = () => revalidatePath('/staff/watchlist');

export const addWatchedOrganisationAction = defineAction({
  permission: 'watchlist.manage',
  schema: addWatchedOrganisationSchema,
  run: (actor, input) => addWatchedOrganisation(getDb(), actor, input),
  successMessage: t.added,
  onSuccess: refresh,
});

export const setWatchStatusAction = defineAction({
  permission: 'watchlist.manage',
  schema: setWatchStatusSchema,
  run: (actor, input) => setWatchStatus(getDb(), actor, input),
  successMessage: t.statusChanged,
  onSuccess: refresh,
});
