'use server';

import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import { definePublicAction } from '@/lib/public-action';
import { findTrackedReport, type ReportTrackView } from '@/lib/queries/public-reports/reports';
import { findTrackedRequest, type TrackView } from '@/lib/queries/requests/track-request';
import { trackSchema } from '@/lib/schemas/requests';

// Public endpoint (no session): look-ups are rate-limited per address; an unknown or malformed code
// gets the same answer, and nothing about any submission. One code field for requests and reports.
export const trackAction = definePublicAction({
  scope: 'track.lookup',
  guarded: false,
  schema: trackSchema,
  run: async ({ code }): Promise<{ code: string; view?: TrackView; report?: ReportTrackView }> => {
    const view = await findTrackedRequest(getDb(), code);
    if (view) return { code, view };
    const report = await findTrackedReport(getDb(), code);
    if (report) return { code, report };
    throw new AppError({ code: 'NOT_FOUND', userMessage: messages.publicRequests.track.notFound });
  },
});
