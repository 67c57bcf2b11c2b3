import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db, Tx } from '@/lib/db';
import { describeDueDate, toShanghaiDate } from '@/lib/domain/calendar';
import { CITATIONS, withdrawBlockers } from '@/lib/domain/disclosure/rules';
import { withdrawalTimeliness } from '@/lib/domain/disclosure/timeliness';
import { personalDataBlockers } from '@/lib/domain/privacy';
import { loadWorkingCalendar } from '@/lib/queries/calendar/load-calendar';
import { loadLinkedParties } from '@/lib/queries/disclosure/public-text-facts';
import { readSetting } from '@/lib/queries/settings/read-setting';
import { refuseIfBlocked } from '@/lib/rule-error';
import type { WithdrawDisclosureInput } from '@/lib/schemas/disclosure';
import { rethrowPersonalDataGate } from './personal-data-gate';
import { conflict } from './shared';
import { type DisclosureRow, findDisclosureOrThrow } from '@/lib/queries/disclosure/find-disclosure';
import { toDateColumn } from '@/lib/domain/calendar/date-column';

export type WithdrawalTracking = { decisionChangedOn: string; due: string; onTime: boolean; explanation: string };

// Withdraws a published item with a public reason. For published enforcement decisions, the
// limit to withdraw after the decision was revoked or changed (《行政处罚法》第四十八条, setting
// 'publicity.withdrawWorkingDays') is computed and recorded with the withdrawal. The reason is
// public text: the personal-data guard checks it (and the database trigger re-checks it).
export async function withdrawDisclosure(db: Db, actor: Actor, input: WithdrawDisclosureInput, now: Date = new Date()) {
  assertCan(actor, 'disclosure.publish');
  const reasonField = { where: '撤回理由', text: input.reason };
  return db
    .$transaction(async (tx) => {
      const before = await findDisclosureOrThrow(tx, input.id);
      const blockers = withdrawBlockers({ status: before.status, category: before.category, reason: input.reason });
      const decisionBlocker = decisionDateBlocker(before, input, now);
      const privacy = personalDataBlockers({ fields: [reasonField], parties: await loadLinkedParties(tx, before) }, '撤回');
      refuseIfBlocked([...blockers, ...(decisionBlocker ? [decisionBlocker] : []), ...privacy]);
      const tracking = input.decisionChangedOn ? await track(tx, input.decisionChangedOn, now) : null;
      const written = await tx.disclosure.updateMany({
        where: { id: before.id, status: 'PUBLISHED', updatedAt: before.updatedAt },
        data: {
          status: 'WITHDRAWN',
          withdrawnAt: now,
          withdrawalReason: input.reason.trim(),
          ...(tracking
            ? {
                withdrawalDecisionChangedOn: toDateColumn(tracking.decisionChangedOn),
                withdrawalDueOn: toDateColumn(tracking.due),
                withdrawalOnTime: tracking.onTime,
                withdrawalExplanation: tracking.explanation,
              }
            : {}),
        },
      });
      if (written.count !== 1) conflict();
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'disclosure.withdraw',
        entityType: 'Disclosure',
        entityId: before.id,
        before: { status: before.status, indexNumber: before.indexNumber },
        after: {
          status: 'WITHDRAWN',
          withdrawnAt: now.toISOString(),
          withdrawalReason: input.reason.trim(),
          ...(tracking ? { withdrawal: tracking } : {}),
        },
      });
      return { disclosure: await findDisclosureOrThrow(tx, before.id), tracking };
    })
    .catch(async (error: unknown) => {
      await rethrowPersonalDataGate(db, input.id, error, [reasonField]);
      throw error;
    });
}

// A published enforcement decision (linked to its case) needs the date it was revoked or changed.
function decisionDateBlocker(disclosure: DisclosureRow, input: WithdrawDisclosureInput, now: Date) {
  if (input.decisionChangedOn && input.decisionChangedOn > toShanghaiDate(now)) {
    return { code: 'DECISION_DATE_FUTURE', message: '执法决定被撤销或变更的日期不能晚于今天' };
  }
  if (disclosure.category === 'ENFORCEMENT_PUBLICITY' && disclosure.enforcementCaseId && !input.decisionChangedOn) {
    return {
      code: 'DECISION_DATE_MISSING',
      message: '撤回执法决定公示须填写决定被撤销或变更的日期，以计算撤回时限',
      citation: CITATIONS.enforcementWithdrawal,
    };
  }
  return null;
}

async function track(tx: Tx, decisionChangedOn: string, now: Date): Promise<WithdrawalTracking> {
  const workingDays = await readSetting(tx, 'publicity.withdrawWorkingDays');
  const calendar = await loadWorkingCalendar(tx);
  const result = withdrawalTimeliness({ decisionChangedOn, withdrawnOn: toShanghaiDate(now), workingDays, calendar });
  return { decisionChangedOn, due: result.due, onTime: result.onTime, explanation: describeDueDate(result.explanation) };
}
