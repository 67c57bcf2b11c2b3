import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import type { Blocker } from '@/lib/domain/blockers';
import { toShanghaiDate } from '@/lib/domain/calendar/date-string';
import { answerDueOn, remedyRecordBlockers } from '@/lib/domain/remedies/remedies';
import { loadWorkingCalendar } from '@/lib/queries/calendar/load-calendar';
import { refuseIfBlocked } from '@/lib/rule-error';
import type { RegisterRemedyInput } from '@/lib/schemas/remedies';
import { toDateColumn } from '@/lib/domain/calendar/date-column';

/**
 * Registers a reconsideration or a suit against the bureau when the copy of the application or the
 * complaint arrives: the answer deadline (10 or 15 days) is computed here and kept with the case.
 */
export async function registerRemedy(db: Db, actor: Actor, input: RegisterRemedyInput, now: Date = new Date()) {
  assertCan(actor, 'legalAffairs.manage');
  return db.$transaction(async (tx) => {
    const links = { enforcementCaseId: input.enforcementCaseId, informationRequestId: input.informationRequestId, disclosureId: input.disclosureId };
    const blockers: Blocker[] = remedyRecordBlockers({
      kind: input.remedyKind,
      receivedOn: input.receivedOn,
      links,
      answeredOn: null,
      hearingOn: null,
      headAppeared: null,
      outcome: null,
      concludedOn: null,
      afterReconsideration: input.afterReconsideration,
      today: toShanghaiDate(now),
    });
    if (links.enforcementCaseId && !(await tx.enforcementCase.findUnique({ where: { id: links.enforcementCaseId }, select: { id: true } }))) {
      blockers.push({ code: 'LINK_NOT_FOUND', message: '关联的执法案件不存在' });
    }
    if (links.informationRequestId && !(await tx.informationRequest.findUnique({ where: { id: links.informationRequestId }, select: { id: true } }))) {
      blockers.push({ code: 'LINK_NOT_FOUND', message: '关联的依申请公开记录不存在' });
    }
    if (links.disclosureId && !(await tx.disclosure.findUnique({ where: { id: links.disclosureId }, select: { id: true } }))) {
      blockers.push({ code: 'LINK_NOT_FOUND', message: '关联的公开信息不存在' });
    }
    refuseIfBlocked(blockers);
    const due = answerDueOn(input.remedyKind, input.receivedOn, await loadWorkingCalendar(tx));
    const remedy = await tx.remedyCase.create({
      data: {
        kind: input.remedyKind,
        caseNumber: input.caseNumber,
        organ: input.organ,
        claimant: input.claimant,
        challengedDecision: input.challengedDecision,
        ...links,
        afterReconsideration: input.afterReconsideration,
        receivedOn: toDateColumn(input.receivedOn),
        answerDueOn: toDateColumn(due),
        createdById: actor.id,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'remedy.register',
      entityType: 'RemedyCase',
      entityId: remedy.id,
      after: { kind: remedy.kind, caseNumber: remedy.caseNumber, receivedOn: input.receivedOn, answerDueOn: due, ...links },
    });
    return remedy;
  });
}
