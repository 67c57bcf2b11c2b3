import 'server-only';
import type { Db, Tx } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar/date-string';
import { submissionStates, type SubmissionState } from '@/lib/domain/reports/submissions';

/** The year's statutory steps with their receipts: the page shows them, the service re-reads them. */
export async function loadSubmissions(db: Db | Tx, year: number, now: Date): Promise<SubmissionState[]> {
  const rows = await db.reportSubmission.findMany({ where: { year } });
  return submissionStates(
    year,
    rows.map((r) => ({ step: r.step, doneOn: r.doneOn.toISOString().slice(0, 10), receipt: r.receipt })),
    toShanghaiDate(now),
  );
}
