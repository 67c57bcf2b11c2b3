import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar';
import { externalOpinionBlockers } from '@/lib/domain/review/external-opinion';
import { refuseIfBlocked } from '@/lib/rule-error';
import type { RecordExternalOpinionInput } from '@/lib/schemas/review';
import { auditFile, recordUpload, storeUpload, withUpload } from '@/lib/services/matters/matter-files';
import type { AttachmentStore } from '@/lib/storage/attachment-store';
import { notFound } from './support';
import { toDateColumn } from '@/lib/domain/calendar/date-column';

/**
 * Records an opinion issued outside the bureau (e.g. 区司法局, retained counsel) as part of a
 * round: issuing body, document number, date, summary and, if given, the opinion document
 * (PDF, Word or a scan) through the attachment store. The file is stored first and removed again
 * if the transaction fails.
 */
export async function recordExternalOpinion(db: Db, actor: Actor, input: RecordExternalOpinionInput, now = new Date(), options: { store?: AttachmentStore } = {}) {
  assertCan(actor, 'review.decide');
  const check = async (tx: Pick<Db, 'legalReview'>) => {
    const review = await tx.legalReview.findUnique({ where: { id: input.reviewId }, select: { id: true, status: true } });
    if (!review) notFound();
    refuseIfBlocked(externalOpinionBlockers({ status: review.status, issuedOn: input.issuedOn, today: toShanghaiDate(now) }));
    return review;
  };
  if (input.file) await check(db); // refuse before storing anything
  const upload = input.file ? await storeUpload(input.file, options.store) : null;
  return withUpload(upload, () =>
    db.$transaction(async (tx) => {
      const review = await check(tx);
      const attachment = upload ? await recordUpload(tx, upload, actor.id, now) : null;
      const opinion = await tx.externalOpinion.create({
        data: {
          reviewId: review.id,
          issuingBody: input.issuingBody,
          documentNumber: input.documentNumber,
          issuedOn: toDateColumn(input.issuedOn),
          summary: input.summary,
          attachmentId: attachment?.id ?? null,
        },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'review.externalOpinion',
        entityType: 'ExternalOpinion',
        entityId: opinion.id,
        after: {
          reviewId: review.id,
          issuingBody: input.issuingBody,
          documentNumber: input.documentNumber,
          issuedOn: input.issuedOn,
          summary: input.summary,
          ...(attachment ? { file: auditFile(upload, attachment.id) } : {}),
        },
      });
      return opinion;
    }),
  );
}
