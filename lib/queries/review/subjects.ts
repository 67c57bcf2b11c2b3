import 'server-only';
import type { Actor } from '@/lib/auth/guard';
import type { Tx } from '@/lib/db';
import type { Blocker } from '@/lib/domain/blockers';
import { submitForReviewBlockers } from '@/lib/domain/disclosure/rules';
import { disclosureActorOf, reviewSubmitterBlockers } from '@/lib/domain/disclosure/separation';
import { caseActorBlockers, penaltyLaw } from '@/lib/domain/enforcement';
import { enforcementContentHash } from '@/lib/domain/enforcement/review-content';
import { checklistFor, type Checklist } from '@/lib/domain/review/checkpoints';
import { matterSubmitBlockers } from '@/lib/domain/review/matter-status';
import { AppError, isAppError } from '@/lib/errors';
import type { ReviewSubjectType } from '@/lib/generated/prisma/enums';
import { messages } from '@/lib/i18n/messages';
import { findDisclosureOrThrow } from '@/lib/queries/disclosure/find-disclosure';
import { caseActorOf, caseInclude } from '@/lib/queries/enforcement/case-state';
import { adminContractHash, fileIdentity, majorDecisionHash, matterAuthorIds, matterStatus } from '@/lib/queries/matters/matter-record';
import { readSetting } from '@/lib/queries/settings/read-setting';

// What the review engine reads of a subject: a title, who wrote it, the hash of the content under
// review and why it cannot be sent now. One loader per subject kind, used by the pages (to
// explain) and by the engine's services (to refuse); the write side (moving the subject's own
// status) is lib/services/review/subjects.
export type ReviewSubjectSnapshot = {
  title: string;
  contentHash: string;
  // The review points it is checked against (the database sets the same on the round).
  checklist: Checklist;
  // Authors and owners of the subject: none of them may review it.
  authorIds: string[];
  // Why the subject cannot be sent for review now (empty when it can).
  submitBlockers: Blocker[];
};

// Reads the subject inside the caller's transaction; throws AppError NOT_FOUND when missing.
// Given the submitter, submitBlockers also says whether they may send this subject.
export type ReviewSubjectLoader = (tx: Tx, id: string, submitter?: Actor) => Promise<ReviewSubjectSnapshot>;

function notFound(): never {
  throw new AppError({ code: 'NOT_FOUND', userMessage: messages.errors.notFound });
}

// The engine stores the content hash the database computed; an edit after approval changes the
// hash, so the approval no longer covers it.
async function loadDisclosure(tx: Tx, id: string, submitter?: Actor): Promise<ReviewSubjectSnapshot> {
  const disclosure = await findDisclosureOrThrow(tx, id);
  const requiredCategories = await readSetting(tx, 'review.requiredCategories');
  return {
    title: disclosure.title,
    contentHash: disclosure.contentHash,
    checklist: checklistFor('DISCLOSURE', disclosure.category),
    // The author and every editor (Disclosure.editorIds); the database adds the same list itself.
    authorIds: [disclosure.authorId, ...disclosure.editorIds],
    submitBlockers: [
      // Its author or an editor of disclosures sends it, not any staff holding review.submit.
      ...(submitter ? reviewSubmitterBlockers(disclosure, disclosureActorOf(submitter)) : []),
      ...submitForReviewBlockers({ status: disclosure.status, category: disclosure.category, requiredCategories }),
    ],
  };
}

// A major enforcement decision (重大执法决定, 《行政处罚法》第五十八条): the case at its legal-review step.
async function loadEnforcementDecision(tx: Tx, id: string, submitter?: Actor): Promise<ReviewSubjectSnapshot> {
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
}

// 重大行政决策: its title and draft text.
async function loadMajorAdminDecision(tx: Tx, id: string): Promise<ReviewSubjectSnapshot> {
  const decision = await tx.majorAdminDecision.findUnique({ where: { id } });
  if (!decision) notFound();
  return {
    title: decision.title,
    contentHash: majorDecisionHash(decision),
    checklist: 'MAJOR_ADMIN_DECISION' as const,
    authorIds: matterAuthorIds(decision),
    submitBlockers: matterSubmitBlockers(matterStatus(decision.status)),
  };
}

// 行政合同: the hash covers title, counterparty, amount, term and the file.
async function loadAdminContract(tx: Tx, id: string): Promise<ReviewSubjectSnapshot> {
  const contract = await tx.administrativeContract.findUnique({ where: { id } });
  if (!contract) notFound();
  return {
    title: contract.title,
    contentHash: adminContractHash(contract, await fileIdentity(tx, contract.attachmentId)),
    checklist: 'ADMIN_CONTRACT' as const,
    authorIds: matterAuthorIds(contract),
    submitBlockers: matterSubmitBlockers(matterStatus(contract.status)),
  };
}

// Every kind of subject the engine reviews, by type. A new kind adds one loader here and one
// adapter in lib/services/review/registry.ts.
export const REVIEW_SUBJECT_LOADERS = {
  DISCLOSURE: loadDisclosure,
  ENFORCEMENT_DECISION: loadEnforcementDecision,
  MAJOR_ADMIN_DECISION: loadMajorAdminDecision,
  ADMIN_CONTRACT: loadAdminContract,
} as const satisfies Record<ReviewSubjectType, ReviewSubjectLoader>;

export function loadReviewSubject(tx: Tx, type: ReviewSubjectType, id: string, submitter?: Actor): Promise<ReviewSubjectSnapshot> {
  return REVIEW_SUBJECT_LOADERS[type](tx, id, submitter);
}

/** The subject as it is now, or null when it no longer exists (a refused loader still throws). */
export async function loadSubjectOrNull(tx: Tx, type: ReviewSubjectType, id: string): Promise<ReviewSubjectSnapshot | null> {
  try {
    return await loadReviewSubject(tx, type, id);
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}
