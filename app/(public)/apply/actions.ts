'use server';

import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { definePublicAction } from '@/lib/public-action';
import { submitRequestSchema } from '@/lib/schemas/requests';
import { submitInformationRequest } from '@/lib/services/requests/submit-request';
import { formatTrackingCode } from '@/lib/domain/public-submissions/tracking-code';

// Public endpoint (no session): throttled per address, spam-guarded, validated, one transaction.
export const submitRequestAction = definePublicAction({
  scope: 'request.submit',
  guarded: true,
  schema: submitRequestSchema,
  run: async (input) => ({ code: formatTrackingCode((await submitInformationRequest(getDb(), input)).code) }),
  successMessage: messages.publicRequests.apply.done,
});
