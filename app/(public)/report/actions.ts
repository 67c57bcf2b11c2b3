'use server';

import { getDb } from '@/lib/db';
import { formatTrackingCode } from '@/lib/domain/public-submissions/tracking-code';
import { messages } from '@/lib/i18n/messages';
import { definePublicAction } from '@/lib/public-action';
import { submitReportSchema } from '@/lib/schemas/public-reports';
import { submitPublicReport } from '@/lib/services/public-reports/submit-report';

// Public endpoint (no session): throttled per address, spam-guarded, validated, one transaction.
export const submitReportAction = definePublicAction({
  scope: 'report.submit',
  guarded: true,
  schema: submitReportSchema,
  run: async (input) => ({ code: formatTrackingCode((await submitPublicReport(getDb(), input)).code) }),
  successMessage: messages.publicRequests.report.done,
});
