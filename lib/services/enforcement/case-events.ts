import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db, Tx } from '@/lib/db';
import type { Blocker } from '@/lib/domain/blockers';
import { caseActorBlockers, decisionDue, penaltyLaw, penaltyLawApplies, withdrawalDue, type CaseCapacity } from '@/lib/domain/enforcement';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import { refuseIfBlocked } from '@/lib/rule-error';
import type { CaseIdInput, RecordEducationInput, RequestExtensionInput, RevokeDecisionInput } from '@/lib/schemas/enforcement';
import { appendStep, lockCase } from './case-chain';
import { caseActorOf, dateColumn, iso, loadCaseContext } from '@/lib/queries/enforcement/case-state';
import { dateBlockers } from './support';

// Records on a case outside its main steps: the art. 60 extension (requested by the officers,
// approved by the head), the education record of a no-penalty case, and the revocation of a
// decision (whose publicity must then be withdrawn within 3 working days).

const t = () => messages.enforcement.errors;

/** Reads the case inside the transaction and refuses unless the actor acts on it in `capacity`. */
async function loadFor(tx: Tx, actor: Actor, caseId: string, capacity: CaseCapacity, now: Date) {
  await lockCase(tx, caseId);
  const ctx = await loadCaseContext(tx, caseId, now);
  refuseIfBlocked(caseActorBlockers(ctx.facts, caseActorOf(actor), [capacity]));
  return ctx;
}

/** Officers ask to extend the 90-day limit (art. 60), with a reason; the head approves it. */
export async function requestExtension(db: Db, actor: Actor, input: RequestExtensionInput, now: Date = new Date()) {
  assertCan(actor, 'case.work');
  return db.$transaction(async (tx) => {
    const ctx = await loadFor(tx, actor, input.caseId, 'OFFICER', now);
    const blockers: Blocker[] = [];
    if (!penaltyLawApplies(ctx.row.type) || ctx.row.procedure !== 'GENERAL') {
      blockers.push({ code: 'enf.extension.notApplicable', message: t().extensionNotApplicable, citation: penaltyLaw(60) });
    }
    if (ctx.row.decidedOn || ctx.row.closedOn) blockers.push({ code: 'enf.extension.decided', message: t().extensionAfterDecision, citation: penaltyLaw(60) });
    const due = decisionDue(iso(ctx.row.filedOn)!, ctx).due;
    if (input.extensionUntil <= due) blockers.push({ code: 'enf.extension.short', message: t().extensionNotLater(due), citation: penaltyLaw(60) });
    refuseIfBlocked(blockers);
    const step = await appendStep(tx, {
      caseId: ctx.row.id,
      key: 'EXTENSION_REQUESTED',
      actorId: actor.id,
      occurredAt: now,
      note: input.extensionReason,
      documents: [{ name: '延长至', value: input.extensionUntil }],
    });
    await tx.enforcementCase.update({
      where: { id: ctx.row.id },
      data: { extensionUntil: dateColumn(input.extensionUntil), extensionReason: input.extensionReason, extensionApproved: false },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'case.extensionRequest',
      entityType: 'EnforcementCase',
      entityId: ctx.row.id,
      after: { extensionUntil: input.extensionUntil, extensionReason: input.extensionReason, statutoryDue: due, stepId: step.id },
    });
  });
}

export async function approveExtension(db: Db, actor: Actor, input: CaseIdInput, now: Date = new Date()) {
  assertCan(actor, 'case.decide');
  return db.$transaction(async (tx) => {
    const ctx = await loadFor(tx, actor, input.caseId, 'DIRECTOR', now);
    if (!ctx.row.extensionUntil || ctx.row.extensionApproved) {
      throw new AppError({ code: 'RULE_VIOLATION', userMessage: t().noExtensionPending });
    }
    const step = await appendStep(tx, {
      caseId: ctx.row.id,
      key: 'EXTENSION_APPROVED',
      actorId: actor.id,
      occurredAt: now,
      documents: [{ name: '延长至', value: iso(ctx.row.extensionUntil)! }],
    });
    await tx.enforcementCase.update({ where: { id: ctx.row.id }, data: { extensionApproved: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'case.extensionApprove',
      entityType: 'EnforcementCase',
      entityId: ctx.row.id,
      after: { extensionUntil: iso(ctx.row.extensionUntil), stepId: step.id },
    });
  });
}

/** Education of the party in a no-penalty case (art. 33(3)); needed before closing it. */
export async function recordEducation(db: Db, actor: Actor, input: RecordEducationInput, now: Date = new Date()) {
  assertCan(actor, 'case.work');
  return db.$transaction(async (tx) => {
    const ctx = await loadFor(tx, actor, input.caseId, 'OFFICER', now);
    if (ctx.row.state !== 'NO_PENALTY') {
      throw new AppError({ code: 'RULE_VIOLATION', userMessage: `${t().educationWrongState}（${penaltyLaw([33, 3])}）` });
    }
    const step = await appendStep(tx, { caseId: ctx.row.id, key: 'EDUCATION_RECORDED', actorId: actor.id, occurredAt: now, note: input.educationNote });
    await tx.enforcementCase.update({ where: { id: ctx.row.id }, data: { educationRecorded: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'case.education',
      entityType: 'EnforcementCase',
      entityId: ctx.row.id,
      after: { educationRecorded: true, stepId: step.id },
    });
  });
}

/**
 * The head revokes or changes a decision (with the reason). Its publicity, when published, must be
 * withdrawn within 3 working days (art. 48): the due date is recorded and the case page tracks it;
 * the editor withdraws it through the disclosure workflow.
 */
export async function revokeDecision(db: Db, actor: Actor, input: RevokeDecisionInput, now: Date = new Date()) {
  assertCan(actor, 'case.decide');
  return db.$transaction(async (tx) => {
    const ctx = await loadFor(tx, actor, input.caseId, 'DIRECTOR', now);
    const decided = iso(ctx.row.decidedOn);
    if (!decided) throw new AppError({ code: 'RULE_VIOLATION', userMessage: t().noDecision });
    if (ctx.row.revokedOn) throw new AppError({ code: 'RULE_VIOLATION', userMessage: t().alreadyRevoked });
    refuseIfBlocked(dateBlockers('撤销日期', input.revokedOn, ctx.today, { day: decided, label: '决定日期' }));
    const published = ctx.publicity?.status === 'PUBLISHED';
    const withdrawBy = published ? withdrawalDue(input.revokedOn, ctx).due : null;
    const step = await appendStep(tx, {
      caseId: ctx.row.id,
      key: 'DECISION_REVOKED',
      actorId: actor.id,
      occurredAt: now,
      note: input.revocationReason,
      documents: [{ name: '撤销或变更日期', value: input.revokedOn }, ...(withdrawBy ? [{ name: '公示撤回期限', value: withdrawBy }] : [])],
    });
    await tx.enforcementCase.update({
      where: { id: ctx.row.id },
      data: { revokedOn: dateColumn(input.revokedOn), revocationReason: input.revocationReason },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'case.revoke',
      entityType: 'EnforcementCase',
      entityId: ctx.row.id,
      after: {
        revokedOn: input.revokedOn,
        revocationReason: input.revocationReason,
        publicityDisclosureId: ctx.publicity?.id ?? null,
        publicityStatus: ctx.publicity?.status ?? null,
        withdrawBy,
        stepId: step.id,
      },
    });
    return { withdrawBy, publicityId: ctx.publicity?.id ?? null };
  });
}
