'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/action';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { handOutDeviceSchema, registerDeviceSchema, retireDeviceSchema, returnDeviceSchema } from '@/lib/schemas/evidence';
import { handOutDevice, registerDevice, retireDevice, returnDevice } from '@/lib/services/enforcement/devices';

// Every export here is a public endpoint: each one authorises ('devices.manage', re-read from the
// database), validates, and runs one audited service.
const t = messages.evidence.devices;
const refresh = () => revalidatePath('/staff/devices');

export const registerDeviceAction = defineAction({
  permission: 'devices.manage',
  schema: registerDeviceSchema,
  run: (actor, input) => registerDevice(getDb(), actor, input),
  successMessage: t.registered,
  onSuccess: refresh,
});

export const handOutDeviceAction = defineAction({
  permission: 'devices.manage',
  schema: handOutDeviceSchema,
  run: (actor, input) => handOutDevice(getDb(), actor, input),
  successMessage: t.handedOut,
  onSuccess: refresh,
});

export const returnDeviceAction = defineAction({
  permission: 'devices.manage',
  schema: returnDeviceSchema,
  run: (actor, input) => returnDevice(getDb(), actor, input),
  successMessage: t.returned,
  onSuccess: refresh,
});

export const retireDeviceAction = defineAction({
  permission: 'devices.manage',
  schema: retireDeviceSchema,
  run: (actor, input) => retireDevice(getDb(), actor, input),
  successMessage: t.retired,
  onSuccess: refresh,
});
