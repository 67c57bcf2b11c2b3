import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar/date-string';
import { submissionBlockers } from '@/lib/domain/reports/submissions';
import { loadSubmissions } from '@/lib/queries/reports/submissions';
import { refuseIfBlocked } from '@/lib/rule-error';
import type { RecordSubmissionInput } from '@/lib/schemas/reports';
import { toDateColumn } from '@/lib/domain/calendar/date-column';

/** Records one yearly step as done, with its receipt (回执、文号或网址). */
export async function recordSubmission(db: Db, actor: Actor, input: RecordSubmissionInput, now: Date = new Date()) {
  assertCan(actor, 'report.edit');
  return db.$transaction(async (tx) => {
    const states = await loadSubmissions(tx, input.year, now);
    const alreadyDone = states.some((s) => s.step === input.step && s.doneOn !== null);
    refuseIfBlocked(submissionBlockers({ year: input.year, step: input.step, doneOn: input.doneOn, today: toShanghaiDate(now), alreadyDone }));
    const row = await tx.reportSubmission.create({
      data: { year: input.year, step: input.step, doneOn: toDateColumn(input.doneOn), receipt: input.receipt, recordedById: actor.id },
    });
    await recordAudit(tx, { actorId: actor.id, action: 'report.submission', entityType: 'ReportSubmission', entityId: row.id, after: { ...input } });
    return row;
  });
}
