'use server';

import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import { definePublicAction } from '@/lib/public-action';
import { findTrackedRequest } from '@/lib/queries/requests/track-request';
import { trackSchema } from '@/lib/schemas/requests';

// Public endpoint (no session): look-ups are rate-limited per address; an unknown or malformed code
// gets the same answer, and nothing about any request.
export const trackAction = definePublicAction({
  scope: 'track.lookup',
  guarded: false,
  schema: trackSchema,
  run: async ({ code }) => {
    const view = await findTrackedRequest(getDb(), code);
    if (!view) throw new AppError({ code: 'NOT_FOUND', userMessage: messages.publicRequests.track.notFound });
    return { code, view };
  },
});
