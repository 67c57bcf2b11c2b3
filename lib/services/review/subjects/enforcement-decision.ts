import 'server-only';
import type { Tx } from '@/lib/db';
import type { Blocker } from '@/lib/domain/blockers';
import type { Actor } from '@/lib/auth/guard';
import { caseActorBlockers, penaltyLaw } from '@/lib/domain/enforcement';
import { caseActorOf, caseInclude } from '@/lib/services/enforcement/case-state';
import { enforcementContentHash } from '@/lib/services/enforcement/review-content';
import { notFound } from '../support';
import type { ReviewSubjectAdapter } from '../subject-adapter';

// A major enforcement decision (重大执法决定, 《行政处罚法》第五十八条) as a review subject: the
// case at its legal-review step. The case keeps its own state; the decision step reads the
// latest round (lib/services/enforcement/case-state.ts legalReviewStatus).
export const enforcementDecisionReviewAdapter: ReviewSubjectAdapter = {
  type: 'ENFORCEMENT_DECISION',

  async load(tx: Tx, id: string, submitter?: Actor) {
    const row = await tx.enforcementCase.findUnique({ where: { id }, include: caseInclude });
    if (!row) notFound();
    const authorIds = new Set<string>([row.createdById]);
    for (const assignment of row.officers) {
      if (assignment.officer.userId) authorIds.add(assignment.officer.userId);
    }
    const blockers: Blocker[] = [];
    if (submitter) {
      // Sending the decision for review is a step of the case's own officers (art. 42).
      const facts = {
        type: row.type,
        officers: row.officers.map((a) => ({ officerId: a.officerId, role: a.role, userId: a.officer.userId })),
        hearing: { hostOfficerId: row.hearingHostOfficerId },
      };
      blockers.push(...caseActorBlockers(facts, caseActorOf(submitter), ['OFFICER']));
    }
    if (!row.isMajor) {
      blockers.push({ code: 'enf.review.notMajor', message: '本案不属于重大执法决定，无需法制审核', citation: penaltyLaw(58) });
    }
    if (row.state !== 'LEGAL_REVIEW') {
      blockers.push({ code: 'enf.review.wrongStep', message: '案件须处于“法制审核”环节方可送审', citation: penaltyLaw(58) });
    }
    return {
      title: `重大执法决定法制审核：${row.caseNumber} ${row.title}`,
      contentHash: enforcementContentHash(row),
      authorIds: [...authorIds],
      submitBlockers: blockers,
    };
  },

  async onSubmitted() {
    // The case stays at LEGAL_REVIEW; the round itself records the submission.
  },

  async onDecided() {
    // The decision step reads the round's outcome against the case's current content.
  },
};
