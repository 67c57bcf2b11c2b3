import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import type { Blocker } from '@/lib/domain/blockers';
import { refuseIfBlocked } from '@/lib/rule-error';
import type { RecordAdviserWorkInput } from '@/lib/schemas/legal-affairs';
import { notFound } from '@/lib/services/review/support';
import { toDateColumn } from '@/lib/domain/calendar/date-column';

/**
 * Logs a piece of the adviser's work: a contract reviewed (linked to its round in the review
 * engine), a litigation or reconsideration case (number, court or organ, status, outcome), or
 * advice on an emergency, a major decision or a normative document.
 */
export async function recordAdviserWork(db: Db, actor: Actor, input: RecordAdviserWorkInput) {
  assertCan(actor, 'legalAffairs.manage');
  return db.$transaction(async (tx) => {
    const adviser = await tx.legalAdviser.findUnique({ where: { id: input.adviserId }, select: { id: true } });
    if (!adviser) notFound();
    const blockers: Blocker[] = [];
    if (input.reviewId) {
      const review = await tx.legalReview.findUnique({ where: { id: input.reviewId }, select: { subjectType: true } });
      if (!review) blockers.push({ code: 'REVIEW_NOT_FOUND', message: '关联的法制审核记录不存在' });
      else if (input.kind === 'CONTRACT_REVIEW' && review.subjectType !== 'ADMIN_CONTRACT') {
        blockers.push({ code: 'REVIEW_NOT_CONTRACT', message: '合同审查须关联行政合同的法制审核记录' });
      }
    }
    refuseIfBlocked(blockers);
    const work = await tx.legalAdviserWork.create({
      data: {
        adviserId: adviser.id,
        kind: input.kind,
        title: input.title,
        occurredOn: toDateColumn(input.occurredOn),
        caseNumber: input.caseNumber,
        courtOrOrgan: input.courtOrOrgan,
        caseStatus: input.caseStatus,
        outcome: input.caseOutcome,
        reviewId: input.reviewId,
        notes: input.notes,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'adviser.recordWork',
      entityType: 'LegalAdviserWork',
      entityId: work.id,
      after: { ...input },
    });
    return work;
  });
}
