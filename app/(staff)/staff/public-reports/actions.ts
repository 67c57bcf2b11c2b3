'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/action';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { acceptReportSchema, closeReportSchema } from '@/lib/schemas/public-reports';
import { acceptReport, closeReport } from '@/lib/services/public-reports/triage';

// Public endpoints behind publicReports.handle; the service also checks who handles which kind.
const text = messages.publicRequests.inbox.success;
const refresh = () => revalidatePath('/staff/public-reports');

export const acceptReportAction = defineAction({
  permission: 'publicReports.handle',
  schema: acceptReportSchema,
  run: (actor, input) => acceptReport(getDb(), actor, input),
  successMessage: text.accepted,
  onSuccess: refresh,
});

export const closeReportAction = defineAction({
  permission: 'publicReports.handle',
  schema: closeReportSchema,
  run: (actor, input) => closeReport(getDb(), actor, input),
  successMessage: text.closed,
  onSuccess: refresh,
});
