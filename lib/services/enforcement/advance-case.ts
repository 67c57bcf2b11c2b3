import 'server-only';
import { recordAudit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import type { Blocker } from '@/lib/domain/blockers';
import { canAdvance, collectiveDecisionBlockers, legalReviewBlockers, rightsNoticeBlockers, findStep } from '@/lib/domain/enforcement';
import type { Prisma } from '@/lib/generated/prisma/client';
import { refuseIfBlocked } from '@/lib/rule-error';
import type { AdvanceCaseInput } from '@/lib/schemas/enforcement';
import { appendStep, lockCase } from './case-chain';
import { loadMajorCatalogue } from '@/lib/queries/enforcement/case-config';
import { advanceContext, caseFactsOf, classifyCase, iso, legalReviewStatus, loadCaseContext, type CaseRow } from '@/lib/queries/enforcement/case-state';
import { createDecisionPublicity } from './decision-publicity';
import { enforcementContentHash } from '@/lib/domain/enforcement/review-content';
import { recordClosing, STEP_RECORDERS, type Patch } from './step-recorders';
import { assertCanAny } from './support';
import { onCaseClosed } from './case-closed';

import { DECISION_STEP_KEYS } from '@/lib/domain/enforcement/publicity';
/** Steps only the head records (the form posts them to the director's action). */
export const GATED_BY_ROLE = ['case.work', 'case.hostHearing', 'case.decide'] as const;

/**
 * Records the case's next step. The rules (canAdvance: transition, role, officers and their
 * certificates, recusal, the current step's mandatory recording, rights notice, hearing, legal
 * review, collective decision…) are checked on facts read inside this transaction, together with
 * the facts the step itself records (the notice, the decision…). The step joins the case file's
 * hash chain; a decision creates its publicity draft in the same transaction.
 */
export async function advanceCase(db: Db, actor: Actor, input: AdvanceCaseInput, now: Date = new Date()) {
  assertCanAny(actor, GATED_BY_ROLE);
  return db.$transaction(async (tx) => {
    await lockCase(tx, input.caseId);
    const ctx = await loadCaseContext(tx, input.caseId, now);
    const { row, today } = ctx;
    const waiver = input.recordingWaiverReason ?? null;
    const context = advanceContext(ctx, actor, waiver);

    // Wrong state, wrong role or not acting on this case first: those refusals do not depend on what the form says.
    const gate = canAdvance(ctx.facts, input.to, context).filter((b) =>
      ['enf.state.unknown', 'enf.transition.notAllowed', 'enf.actor.role', 'enf.actor.notOnCase'].includes(b.code),
    );
    const wanted = findStep(ctx.template, input.to);
    if (gate.some((b) => b.code === 'enf.transition.notAllowed') && wanted?.decision) {
      // Say which statutory gate the early decision skips, with its article.
      const hasNotice = ctx.template.steps.some((s) => s.key === 'RIGHTS_NOTICE');
      gate.push(...(hasNotice ? rightsNoticeBlockers(ctx.facts, context) : []), ...legalReviewBlockers(ctx.facts), ...collectiveDecisionBlockers(ctx.facts));
    }
    refuseIfBlocked(gate);
    const target = findStep(ctx.template, input.to)!;

    const filed = { day: iso(row.filedOn)!, label: '立案日期' };
    const blockers: Blocker[] = [];
    const patch: Patch = {};
    const documents: { name: string; value: string }[] = [];
    const recording = { tx, actor, input, row, today, target, filed, blockers, patch, note: (name: string, value: string) => documents.push({ name, value }) };
    await STEP_RECORDERS[input.to]?.(recording);
    if (target.key === ctx.template.steps[ctx.template.steps.length - 1]?.key) await recordClosing(recording);

    // The facts as they will stand once this step is recorded (the notice's penalty, the reason…).
    const catalogue = await loadMajorCatalogue(tx);
    const merged = { ...row, ...patch } as CaseRow;
    const major = classifyCase(merged, catalogue);
    const next = { ...merged, isMajor: major.isMajor, majorReasons: major.reasons as unknown as CaseRow['majorReasons'] };
    const reviewStatus = await legalReviewStatus(tx, row.id, enforcementContentHash(next));
    const facts = { ...caseFactsOf(next, today, reviewStatus, ctx.publicity ?? undefined), legalReviewers: ctx.facts.legalReviewers };
    blockers.push(...canAdvance({ ...facts, state: row.state }, input.to, context));
    refuseIfBlocked(blockers);

    const step = await appendStep(tx, {
      caseId: row.id,
      key: input.to,
      actorId: actor.id,
      occurredAt: now,
      note: input.stepNote,
      documents,
      recordingWaiverReason: waiver,
    });
    const { intendedPenalty, decidedPenalty, ...plain } = patch;
    await tx.enforcementCase.update({
      where: { id: row.id },
      data: {
        ...(plain as Prisma.EnforcementCaseUncheckedUpdateInput),
        ...(intendedPenalty !== undefined ? { intendedPenalty: intendedPenalty as Prisma.InputJsonValue } : {}),
        ...(decidedPenalty ? { decidedPenalty: decidedPenalty as Prisma.InputJsonValue } : {}),
        state: input.to,
        isMajor: major.isMajor,
        majorReasons: major.reasons as string[],
      },
    });
    let publicity: { id: string; publishDueOn: string } | null = null;
    if (DECISION_STEP_KEYS.has(input.to)) {
      publicity = await createDecisionPublicity(tx, {
        row: next,
        decidedOn: iso(next.decidedOn)!,
        decisionNumber: next.decisionNumber!,
        conclusion: next.decisionConclusion,
        actorId: actor.id,
        now,
        calendar: ctx.calendar,
        settings: ctx.settings,
      });
    }
    if (patch.closedOn) await onCaseClosed(tx, { row: next, actorId: actor.id, now });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'case.advance',
      entityType: 'EnforcementCase',
      entityId: row.id,
      before: { state: row.state, isMajor: row.isMajor },
      after: {
        state: input.to,
        stepId: step.id,
        stepHash: step.hash,
        documents,
        recordingWaiverReason: waiver,
        isMajor: major.isMajor,
        majorReasons: major.reasons as string[],
        ...(publicity ? { publicityDisclosureId: publicity.id, publishDueOn: publicity.publishDueOn } : {}),
      },
    });
    return { stepId: step.id, state: input.to, isMajor: major.isMajor, publicity };
  });
}
