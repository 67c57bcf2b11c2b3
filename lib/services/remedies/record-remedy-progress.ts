import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { remedyRecordBlockers } from '@/lib/domain/remedies/remedies';
import { loadRemedyFacts } from '@/lib/queries/remedies/remedy-register';
import { refuseIfBlocked } from '@/lib/rule-error';
import type { RecordRemedyProgressInput } from '@/lib/schemas/remedies';
import { notFound } from '@/lib/services/review/support';
import { toDateColumn } from '@/lib/domain/calendar/date-column';

const column = (day: string | null) => (day ? toDateColumn(day) : null);

/** Records the answer, the hearing (with whether the head appeared in court) and the outcome. */
export async function recordRemedyProgress(db: Db, actor: Actor, input: RecordRemedyProgressInput, now: Date = new Date()) {
  assertCan(actor, 'legalAffairs.manage');
  return db.$transaction(async (tx) => {
    const before = await loadRemedyFacts(tx, input.remedyId, now);
    if (!before) notFound();
    const { remedyId: _id, notes, ...progress } = input;
    refuseIfBlocked(remedyRecordBlockers({ ...before, ...progress }));
    await tx.remedyCase.update({
      where: { id: before.id },
      data: {
        answeredOn: column(progress.answeredOn),
        hearingOn: column(progress.hearingOn),
        headAppeared: progress.headAppeared,
        outcome: progress.outcome,
        concludedOn: column(progress.concludedOn),
        notes,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'remedy.progress',
      entityType: 'RemedyCase',
      entityId: before.id,
      before: { answeredOn: before.answeredOn, hearingOn: before.hearingOn, headAppeared: before.headAppeared, outcome: before.outcome, concludedOn: before.concludedOn },
      after: progress,
    });
    return { id: before.id };
  });
}
