import { randomBytes } from 'node:crypto';
import type { Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import type { Role } from '@/lib/domain/auth/permissions';
import { CHECKLISTS, type CheckpointKey, type Checklist } from '@/lib/domain/review/checkpoints';
import type { ReviewOutcome } from '@/lib/domain/review/status';
import { recordLegalQualification } from '@/lib/services/legal-affairs/record-legal-qualification';
import { createAdminContract } from '@/lib/services/matters/create-admin-contract';
import { createMajorDecision } from '@/lib/services/matters/create-major-decision';
import { recordDecisionProcedure } from '@/lib/services/matters/record-decision-procedure';
import { recordCollectiveDecision } from '@/lib/services/leadership/record-collective-decision';
import { makeUser } from './users';

// Review-engine fixtures, made through the same services the pages call.

/** A legal reviewer whose qualification was recorded (by a director, as the service requires). */
export async function makeQualifiedReviewer(db: Db, options: { roles?: Role[]; name?: string } = {}): Promise<Actor> {
  const reviewer = await makeUser(db, { roles: options.roles ?? ['LEGAL_REVIEWER'], name: options.name ?? '法审人员' });
  const director = await makeUser(db, { roles: ['DIRECTOR'], name: '登记人' });
  await recordLegalQualification(db, director, { userId: reviewer.id, qualificationNo: `A${randomBytes(6).toString('hex')}` });
  return reviewer;
}

export async function makeDecision(db: Db, actor: Actor, overrides: { title?: string; description?: string } = {}) {
  return createMajorDecision(db, actor, {
    title: overrides.title ?? '关于调整城乡低保标准的决定',
    description: overrides.description ?? '拟将城乡最低生活保障标准统一调整为每人每月1000元。',
  });
}

export async function makeContract(db: Db, actor: Actor, overrides: Partial<{ title: string; counterparty: string; amount: string; termFrom: string; termTo: string }> = {}) {
  return createAdminContract(db, actor, {
    title: overrides.title ?? '养老服务购买合同',
    counterparty: overrides.counterparty ?? '某某养老服务有限公司',
    amount: overrides.amount ?? '120000.00',
    termFrom: overrides.termFrom ?? '2025-01-01',
    termTo: overrides.termTo ?? '2025-12-31',
  });
}

/**
 * The review page's form fields: the round's checklist (a major administrative decision's unless
 * said) and a note and 符合 for each of its points.
 */
export function decisionFields(
  reviewId: string,
  outcome: ReviewOutcome,
  options: { opinion?: string; failed?: CheckpointKey[]; omitNotes?: CheckpointKey[]; undecided?: CheckpointKey[]; checklist?: Checklist } = {},
): Record<string, string> {
  const checklist = options.checklist ?? 'MAJOR_ADMIN_DECISION';
  const fields: Record<string, string> = { reviewId, checklist, outcome, opinion: options.opinion ?? '' };
  for (const key of CHECKLISTS[checklist]) {
    if (!options.omitNotes?.includes(key)) fields[`note_${key}`] = `${key}：经审查，符合规定。`;
    if (!options.undecided?.includes(key)) fields[`passed_${key}`] = options.failed?.includes(key) ? 'false' : 'true';
  }
  return fields;
}

/** The same decision as a service input. */
export function decisionInput(reviewId: string, outcome: ReviewOutcome, opinion = '', checklist: Checklist = 'MAJOR_ADMIN_DECISION') {
  return {
    reviewId,
    checklist,
    outcome,
    opinion,
    checkpoints: CHECKLISTS[checklist].map((key) => ({ key, passed: true as boolean | null, note: `${key}：经审查，符合规定。` })),
  };
}

/** A decision against the round's own checklist, read from the database. */
export async function decisionInputFor(db: Db, reviewId: string, outcome: ReviewOutcome, opinion = '') {
  const { checklist } = await db.legalReview.findUniqueOrThrow({ where: { id: reviewId }, select: { checklist: true } });
  return decisionInput(reviewId, outcome, opinion, checklist);
}

export async function reviewCounts(db: Db) {
  const [reviews, decided, checkpoints, externalOpinions, decisions, contracts, advisers, adviserWork, audit] = await Promise.all([
    db.legalReview.count(),
    db.legalReview.count({ where: { status: { in: ['APPROVED', 'RETURNED', 'REFERRED'] } } }),
    db.reviewCheckpoint.count(),
    db.externalOpinion.count(),
    db.majorAdminDecision.count(),
    db.administrativeContract.count(),
    db.legalAdviser.count(),
    db.legalAdviserWork.count(),
    db.auditEvent.count(),
  ]);
  return { reviews, decided, checkpoints, externalOpinions, decisions, contracts, advisers, adviserWork, audit };
}

/**
 * Records the four procedures of a major decision kept in its register (公众参与 30 days, 专家论证,
 * 风险评估, 集体讨论决定 linked to a collective decision of the leadership register); legality review
 * is the review engine's approval.
 */
export async function recordDecisionProcedures(db: Db, actor: Actor, decisionId: string) {
  const director = await makeUser(db, { roles: ['DIRECTOR'], name: '集体决策登记人' });
  const collective = await recordCollectiveDecision(db, director, {
    heldOn: '2026-01-10',
    category: 'WORK_ARRANGEMENT',
    topic: '审议决策草案',
    attendees: ['甲', '乙', '丙'],
    outcome: '同意',
    publicised: false,
    publicityNote: '',
  });
  const none = { exemptionReason: null, collectiveDecisionId: null };
  await recordDecisionProcedure(db, actor, { decisionId, kind: 'PUBLIC_PARTICIPATION', heldFrom: '2025-11-01', heldTo: '2025-11-30', summary: '公开征求意见30日。', ...none });
  await recordDecisionProcedure(db, actor, { decisionId, kind: 'EXPERT_ARGUMENTATION', summary: '专家论证可行。', ...none });
  await recordDecisionProcedure(db, actor, { decisionId, kind: 'RISK_ASSESSMENT', summary: '风险评估为低风险。', ...none });
  await recordDecisionProcedure(db, actor, { decisionId, kind: 'COLLECTIVE_DISCUSSION', summary: '集体讨论通过。', ...none, collectiveDecisionId: collective.id });
}
