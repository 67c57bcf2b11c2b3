import 'server-only';
import { recordAudit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import type { Blocker } from '@/lib/domain/blockers';
import {
  canAdvance,
  checkDiscretion,
  collectiveDecisionBlockers,
  describePenalty,
  legalReviewBlockers,
  rightsNoticeBlockers,
  findStep,
  type IntendedPenalty,
} from '@/lib/domain/enforcement';
import type { Prisma } from '@/lib/generated/prisma/client';
import { messages } from '@/lib/i18n/messages';
import { refuseIfBlocked } from '@/lib/rule-error';
import type { AdvanceCaseInput } from '@/lib/schemas/enforcement';
import { appendStep, lockCase } from './case-chain';
import { loadDiscretionBands, loadMajorCatalogue } from './case-config';
import {
  advanceContext,
  caseFactsOf,
  classifyCase,
  dateColumn,
  iso,
  legalReviewStatus,
  loadCaseContext,
  penaltyOf,
  type CaseRow,
} from './case-state';
import { createDecisionPublicity } from './decision-publicity';
import { enforcementContentHash } from './review-content';
import { assertCanAny, dateBlockers, fieldError, required } from './support';
import { onCaseClosed } from './case-closed';

import { DECISION_STEP_KEYS } from '@/lib/domain/enforcement/publicity';
/** Steps only the head records (the form posts them to the director's action). */
export const GATED_BY_ROLE = ['case.work', 'case.hostHearing', 'case.decide'] as const;

type Patch = Partial<Omit<CaseRow, 'parties' | 'officers'>>;

/**
 * Records the case's next step. The rules (canAdvance: transition, role, officers and their
 * certificates, recusal, the current step's mandatory recording, rights notice, hearing, legal
 * review, collective decision…) are checked on facts read inside this transaction, together with
 * the facts the step itself records (the notice, the decision…). The step joins the case file's
 * hash chain; a decision creates its publicity draft in the same transaction.
 */
export async function advanceCase(db: Db, actor: Actor, input: AdvanceCaseInput, now: Date = new Date()) {
  assertCanAny(actor, GATED_BY_ROLE);
  const t = messages.enforcement.errors;
  return db.$transaction(async (tx) => {
    await lockCase(tx, input.caseId);
    const ctx = await loadCaseContext(tx, input.caseId, now);
    const { row, today } = ctx;
    const waiver = input.recordingWaiverReason ?? null;
    const context = advanceContext(ctx, actor, waiver);

    // Wrong state, wrong role or not acting on this case first: those refusals do not depend on what the form says.
    const gate = canAdvance(ctx.facts, input.to, context).filter((b) => ['enf.state.unknown', 'enf.transition.notAllowed', 'enf.actor.role', 'enf.actor.notOnCase'].includes(b.code));
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
    const note = (name: string, value: string) => documents.push({ name, value });

    switch (input.to) {
      case 'RIGHTS_NOTICE': {
        const servedOn = required(input.noticeServedOn, 'noticeServedOn', t.noticeDateRequired);
        blockers.push(...dateBlockers('告知书送达日期', servedOn, today, filed));
        if (input.penaltyKinds.length > 0) {
          if (input.penaltyKinds.includes('FINE') && input.fineAmount == null) fieldError('fineAmount', t.fineAmountRequired);
          const penalty: IntendedPenalty = {
            kinds: input.penaltyKinds,
            fineAmount: input.penaltyKinds.includes('FINE') ? (input.fineAmount ?? null) : null,
            confiscatedGains: input.penaltyKinds.includes('CONFISCATE_ILLEGAL_GAINS') ? (input.confiscatedGains ?? null) : null,
            confiscatedPropertyValue: input.penaltyKinds.includes('CONFISCATE_ILLEGAL_PROPERTY') ? (input.confiscatedPropertyValue ?? null) : null,
            details: input.penaltyDetails ?? '',
          };
          patch.intendedPenalty = penalty as unknown as CaseRow['intendedPenalty'];
          note('拟作出的处罚', describePenalty(penalty));
        }
        if (input.violationType !== undefined) patch.violationType = input.violationType;
        patch.discretionReason = input.discretionReason ?? null;
        const penalty = penaltyOf(patch.intendedPenalty ?? row.intendedPenalty);
        const violationType = patch.violationType ?? row.violationType;
        if (penalty?.kinds.includes('FINE') && penalty.fineAmount != null && violationType) {
          const result = checkDiscretion(
            { violationType, proposedFine: penalty.fineAmount, severity: input.severity ?? null, writtenReason: input.discretionReason ?? null },
            await loadDiscretionBands(tx),
          );
          blockers.push(...result.blockers);
          note('裁量基准', result.message);
        }
        if (row.rightsNoticeServedOn) {
          // A fresh notice (after further investigation) opens a fresh hearing window.
          Object.assign(patch, {
            hearingRequestedOn: null,
            hearingWaived: false,
            hearingNoticeSentOn: null,
            hearingScheduledOn: null,
            hearingHeldOn: null,
            hearingHostOfficerId: null,
          });
        }
        patch.rightsNoticeServedOn = dateColumn(servedOn);
        patch.rightsNoticeHearingStated = input.hearingRightStated;
        note('告知书送达日期', servedOn);
        note('告知听证权利', input.hearingRightStated ? '是' : '否');
        break;
      }
      case 'COLLECTIVE_DECISION': {
        const heldOn = required(input.collectiveDecisionOn, 'collectiveDecisionOn', t.collectiveDateRequired);
        const record = required(input.collectiveDecisionNote, 'collectiveDecisionNote', t.collectiveNoteRequired);
        blockers.push(...dateBlockers('集体讨论日期', heldOn, today, filed));
        patch.collectiveDecisionOn = dateColumn(heldOn);
        patch.collectiveDecisionNote = record;
        note('集体讨论日期', heldOn);
        break;
      }
      case 'DECISION':
      case 'BAN_DECISION':
      case 'ON_SPOT_DECISION': {
        const number = required(input.decisionNumber, 'decisionNumber', t.decisionNumberRequired);
        const decidedOn = required(input.decidedOn, 'decidedOn', t.decidedOnRequired);
        const notice = iso(row.rightsNoticeServedOn);
        blockers.push(...dateBlockers('决定日期', decidedOn, today, notice ? { day: notice, label: '告知书送达日期' } : filed));
        const clash = await tx.enforcementCase.findFirst({ where: { decisionNumber: number, id: { not: row.id } }, select: { id: true } });
        if (clash) fieldError('decisionNumber', t.decisionNumberTaken);
        const penalty = penaltyOf(row.intendedPenalty);
        if (input.to === 'BAN_DECISION' && !input.decisionConclusion) fieldError('decisionConclusion', t.conclusionRequired);
        patch.decisionNumber = number;
        patch.decidedOn = dateColumn(decidedOn);
        patch.decidedById = actor.id;
        patch.decidedPenalty = (penalty ?? null) as unknown as CaseRow['decidedPenalty'];
        patch.decisionConclusion = input.decisionConclusion ?? null;
        patch.partyPresentAtDecision = input.partyPresent;
        patch.outcome = [penalty ? describePenalty(penalty) : '', input.decisionConclusion ?? ''].filter(Boolean).join('；') || target.label;
        note('决定书文号', number);
        note('决定日期', decidedOn);
        note('决定内容', patch.outcome);
        break;
      }
      case 'SERVICE': {
        const servedOn = required(input.servedOn, 'servedOn', t.servedOnRequired);
        const decided = iso(row.decidedOn);
        blockers.push(...dateBlockers('送达日期', servedOn, today, decided ? { day: decided, label: '决定日期' } : filed));
        patch.servedOn = dateColumn(servedOn);
        note('送达日期', servedOn);
        break;
      }
      case 'EXECUTION': {
        const executedOn = required(input.executedOn, 'executedOn', t.executedOnRequired);
        const decided = iso(row.decidedOn);
        blockers.push(...dateBlockers('执行日期', executedOn, today, decided ? { day: decided, label: '决定日期' } : filed));
        patch.executedOn = dateColumn(executedOn);
        note('执行日期', executedOn);
        break;
      }
      case 'NO_PENALTY': {
        patch.noPenaltyReason = required(input.noPenaltyReason, 'noPenaltyReason', t.noPenaltyReasonRequired);
        patch.outcome = '不予行政处罚';
        note('不予处罚理由', patch.noPenaltyReason);
        break;
      }
      case 'TERMINATED': {
        required(input.stepNote || undefined, 'stepNote', t.terminationReasonRequired);
        patch.outcome = '终止调查';
        break;
      }
      default:
        break;
    }
    if (target.key === ctx.template.steps[ctx.template.steps.length - 1]?.key) {
      const closedOn = input.closedOn ?? today;
      blockers.push(...dateBlockers('结案日期', closedOn, today, filed));
      patch.closedOn = dateColumn(closedOn);
      note('结案日期', closedOn);
    }

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
