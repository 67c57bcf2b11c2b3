import 'server-only';
import { recordAudit } from '@/lib/audit';
import type { Db } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar/date-string';
import { submitRequestSchema, type SubmitRequestInput } from '@/lib/schemas/requests';
import { newTrackingCode } from '@/lib/services/public-submissions/tracking-code';
import { parseOrThrow } from '@/lib/validation';

/**
 * A request submitted by the public at /apply (no account): one row and its audit event in one
 * transaction (actor: none, i.e. 公众). Returns the tracking code, which is stored only as a hash.
 * The caller has already admitted the submission (rate limit, spam defence).
 */
export async function submitInformationRequest(db: Db, input: SubmitRequestInput, now: Date = new Date()): Promise<{ code: string }> {
  const data = parseOrThrow(submitRequestSchema, input);
  const { code, hash } = newTrackingCode();
  const receivedOn = toShanghaiDate(now);
  await db.$transaction(async (tx) => {
    const row = await tx.informationRequest.create({
      data: {
        ...data,
        contactEmail: data.contactEmail || null,
        contactAddress: data.contactAddress || null,
        purpose: data.purpose || null,
        channel: 'ONLINE',
        trackingCodeHash: hash,
        receivedOn: new Date(`${receivedOn}T00:00:00.000Z`),
        createdAt: now,
      },
    });
    // The audit row names what happened, never the applicant's personal data.
    await recordAudit(tx, {
      actorId: null,
      action: 'request.submit',
      entityType: 'InformationRequest',
      entityId: row.id,
      after: { channel: 'ONLINE', receivedOn, applicantKind: data.applicantKind, preferredForm: data.preferredForm, delivery: data.delivery },
    });
  });
  return { code };
}
