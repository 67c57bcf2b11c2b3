import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import type { RecordLicenceInput } from '@/lib/schemas/reports';

// Registers an administrative licence decision (行政许可决定): the enforcement statistics count them.
export async function recordLicenceDecision(db: Db, actor: Actor, input: RecordLicenceInput, now: Date = new Date()) {
  assertCan(actor, 'licences.record');
  if (input.decidedOn > toShanghaiDate(now)) {
    const message = messages.reports.licences.futureDate;
    throw new AppError({ code: 'VALIDATION', userMessage: message, fieldErrors: { decidedOn: [message] } });
  }
  return db.$transaction(async (tx) => {
    const row = await tx.licenceDecision.create({
      data: { decidedOn: new Date(`${input.decidedOn}T00:00:00.000Z`), matter: input.matter, applicant: input.applicant, granted: input.granted },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'report.recordLicence',
      entityType: 'LicenceDecision',
      entityId: row.id,
      after: { decidedOn: input.decidedOn, matter: input.matter, granted: input.granted },
    });
    return row;
  });
}
