import 'server-only';
import type { Tx } from '@/lib/db';
import type { Blocker } from '@/lib/domain/blockers';
import type { Actor } from '@/lib/auth/guard';
import { caseActorBlockers, penaltyLaw } from '@/lib/domain/enforcement';
import { CASE_TYPE_NAMES, EVIDENCE_KIND_NAMES, PARTY_KIND_NAMES } from '@/lib/domain/enforcement/case-types';
import { checkDiscretion } from '@/lib/domain/enforcement/discretion';
import { describePenalty } from '@/lib/domain/enforcement/penalties';
import type { ReviewContent } from '@/lib/domain/review/content';
import { loadDiscretionBands } from '@/lib/services/enforcement/case-config';
import { caseActorOf, caseInclude, penaltyOf } from '@/lib/services/enforcement/case-state';
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
      checklist: 'ENFORCEMENT_DECISION' as const,
      authorIds: [...authorIds],
      submitBlockers: blockers,
    };
  },

  // What the decision rests on: the facts, the parties, the legal basis, the proposed penalty and
  // the discretion band it falls in, and the evidence list with each file's SHA-256.
  async content(tx: Tx, id: string): Promise<ReviewContent> {
    const row = await tx.enforcementCase.findUnique({
      where: { id },
      include: { parties: { orderBy: { id: 'asc' } }, evidence: { orderBy: { chainSeq: 'asc' } } },
    });
    if (!row) notFound();
    const penalty = penaltyOf(row.intendedPenalty);
    const bands = await loadDiscretionBands(tx);
    const discretion =
      row.violationType && penalty?.fineAmount !== undefined && penalty.fineAmount !== null
        ? checkDiscretion({ violationType: row.violationType, proposedFine: penalty.fineAmount }, bands).message
        : row.violationType
          ? bands.filter((b) => b.violationType === row.violationType).map((b) => `${b.violationName}：罚款${b.minFine}元至${b.maxFine}元`).join('；') || '该违法行为尚未制定裁量基准'
          : '未认定违法行为类型';
    return {
      sections: [
        { label: '案件名称', text: `${row.caseNumber} ${row.title}` },
        { label: '案件类型', text: CASE_TYPE_NAMES[row.type as keyof typeof CASE_TYPE_NAMES] ?? row.type },
        { label: '当事人', text: row.parties.map((p) => `${p.name}（${PARTY_KIND_NAMES[p.kind as keyof typeof PARTY_KIND_NAMES] ?? p.kind}）`).join('\n') },
        { label: '案件事实', text: row.facts },
        { label: '法律依据', text: row.legalBasis },
        { label: '拟作出的处罚', text: penalty ? describePenalty(penalty) : '未拟定' },
        { label: '裁量基准', text: discretion },
        { label: '裁量理由', text: row.discretionReason ?? '' },
      ].filter((section) => section.text !== ''),
      publicBody: null,
      files: [],
      evidence: row.evidence.map((e) => ({
        id: e.id,
        kind: EVIDENCE_KIND_NAMES[e.kind as keyof typeof EVIDENCE_KIND_NAMES] ?? e.kind,
        fileName: e.fileName,
        sha256: e.sha256,
        capturedAt: e.capturedAt.toISOString(),
      })),
    };
  },

  async onSubmitted() {
    // The case stays at LEGAL_REVIEW; the round itself records the submission.
  },

  async onDecided() {
    // The decision step reads the round's outcome against the case's current content.
  },
};
