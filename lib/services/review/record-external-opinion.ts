import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar';
import { externalOpinionBlockers } from '@/lib/domain/review/external-opinion';
import { refuseIfBlocked } from '@/lib/rule-error';
import type { RecordExternalOpinionInput } from '@/lib/schemas/review';
import { notFound, toDateColumn } from './support';

/**
 * Records an opinion issued outside the bureau (e.g. 区司法局, retained counsel) as part of a
 * round: issuing body, document number, date and summary. The file is attached later.
 */
export async function recordExternalOpinion(db: Db, actor: Actor, input: RecordExternalOpinionInput, now = new Date()) {
  assertCan(actor, 'review.decide');
  return db.$transaction(async (tx) => {
    const review = await tx.legalReview.findUnique({ where: { id: input.reviewId }, select: { id: true, status: true } });
    if (!review) notFound();
    refuseIfBlocked(externalOpinionBlockers({ status: review.status, issuedOn: input.issuedOn, today: toShanghaiDate(now) }));
    const opinion = await tx.externalOpinion.create({
      data: {
        reviewId: review.id,
        issuingBody: input.issuingBody,
        documentNumber: input.documentNumber,
        issuedOn: toDateColumn(input.issuedOn),
        summary: input.summary,
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
      },
    });
    return opinion;
  });
}
