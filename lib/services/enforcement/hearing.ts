import 'server-only';
import { recordAudit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import type { Blocker } from '@/lib/domain/blockers';
import { caseActorBlockers, hearingRequestDue, hearingScheduleBlockers, penaltyLaw, type CaseOfficerFact } from '@/lib/domain/enforcement';
import { certificateQualifies } from '@/lib/domain/officers/certificate-status';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import { toCertificateFacts, certificateSelect } from '@/lib/queries/officers/certificate-facts';
import { refuseIfBlocked } from '@/lib/rule-error';
import type { HearingRequestInput, HoldHearingInput, ScheduleHearingInput } from '@/lib/schemas/enforcement';
import { assertCan } from '@/lib/auth/guard';
import { appendStep, lockCase } from './case-chain';
import { loadMajorCatalogue } from '@/lib/queries/enforcement/case-config';
import { caseActorOf, classifyCase, dateColumn, iso, loadCaseContext, type CaseContext } from '@/lib/queries/enforcement/case-state';
import { dateBlockers } from './support';

// The hearing (听证, 《行政处罚法》第六十三条至第六十五条): the party's request or waiver after the
// rights notice, the notice and schedule with a qualified host who did not investigate, and the
// hearing held by that host. Each is a record in the case file's chain.

const HEARING_STATES = new Set(['RIGHTS_NOTICE', 'STATEMENT_OR_HEARING']);

function stateBlockers(ctx: CaseContext): Blocker[] {
  if (HEARING_STATES.has(ctx.row.state) && ctx.row.rightsNoticeServedOn) return [];
  return [{ code: 'enf.hearing.state', message: messages.enforcement.errors.hearingWrongState, citation: penaltyLaw(64) }];
}

/** The party requests a hearing, or waives it in writing. A late request is recorded but does not bind (art. 64(一)). */
export async function recordHearingResponse(db: Db, actor: Actor, input: HearingRequestInput, now: Date = new Date()) {
  assertCan(actor, 'case.work');
  return db.$transaction(async (tx) => {
    await lockCase(tx, input.caseId);
    const ctx = await loadCaseContext(tx, input.caseId, now);
    refuseIfBlocked(caseActorBlockers(ctx.facts, caseActorOf(actor), ['OFFICER']));
    refuseIfBlocked(stateBlockers(ctx));
    const served = iso(ctx.row.rightsNoticeServedOn)!;
    refuseIfBlocked(dateBlockers('当事人意见日期', input.respondedOn, ctx.today, { day: served, label: '告知书送达日期' }));
    if (ctx.row.hearingRequestedOn || ctx.row.hearingWaived) {
      throw new AppError({ code: 'RULE_VIOLATION', userMessage: messages.enforcement.errors.hearingAlreadyAnswered });
    }
    const due = hearingRequestDue({ noticeServedOn: served, calendar: ctx.calendar, settings: ctx.settings }).due;
    const request = input.response === 'REQUEST';
    const key = request ? 'HEARING_REQUESTED' : 'HEARING_WAIVED';
    const late = request && input.respondedOn > due;
    const step = await appendStep(tx, {
      caseId: ctx.row.id,
      key,
      actorId: actor.id,
      occurredAt: now,
      note: late ? messages.enforcement.timeline.lateRequest(due) : '',
      documents: [{ name: request ? '申请听证日期' : '放弃听证日期', value: input.respondedOn }],
    });
    await tx.enforcementCase.update({
      where: { id: ctx.row.id },
      data: request ? { hearingRequestedOn: dateColumn(input.respondedOn) } : { hearingWaived: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: request ? 'case.hearingRequest' : 'case.hearingWaive',
      entityType: 'EnforcementCase',
      entityId: ctx.row.id,
      after: { respondedOn: input.respondedOn, requestDue: due, late, stepId: step.id },
    });
    return { late, due };
  });
}

/** Sends the hearing notice with the date and the host: HEARING_HOST role, valid host certificate, not an investigator (art. 64). */
export async function scheduleHearing(db: Db, actor: Actor, input: ScheduleHearingInput, now: Date = new Date()) {
  assertCan(actor, 'case.work');
  const t = messages.enforcement.errors;
  return db.$transaction(async (tx) => {
    await lockCase(tx, input.caseId);
    const ctx = await loadCaseContext(tx, input.caseId, now);
    refuseIfBlocked(caseActorBlockers(ctx.facts, caseActorOf(actor), ['OFFICER']));
    refuseIfBlocked(stateBlockers(ctx));
    if (!ctx.row.hearingRequestedOn) {
      throw new AppError({ code: 'RULE_VIOLATION', userMessage: `${t.hearingNotRequested}（${penaltyLaw(64)}）` });
    }
    if (ctx.row.hearingHeldOn) throw new AppError({ code: 'RULE_VIOLATION', userMessage: t.hearingAlreadyHeld });
    const host = await tx.officer.findUnique({
      where: { id: input.hostOfficerId },
      select: { id: true, name: true, active: true, user: { select: { roles: true } }, certificates: { select: certificateSelect } },
    });
    if (!host) throw new AppError({ code: 'NOT_FOUND', userMessage: t.hostNotFound, fieldErrors: { hostOfficerId: [t.hostNotFound] } });
    const hostFact: CaseOfficerFact = {
      officerId: host.id,
      name: host.name,
      role: 'HEARING_HOST',
      certificateValid: host.active && host.certificates.some((c) => c.kind === 'HEARING_HOST' && certificateQualifies(toCertificateFacts(c), ctx.today)),
      recusalDeclared: true,
      holdsHearingHostRole: (host.user?.roles ?? []).includes('HEARING_HOST'),
    };
    const officers = [...ctx.facts.officers.filter((o) => !(o.role === 'HEARING_HOST' && o.officerId === host.id)), hostFact];
    const hearing = {
      ...ctx.facts.hearing,
      noticeSentOn: input.hearingNoticeSentOn,
      scheduledOn: input.hearingScheduledOn,
      heldOn: null,
      hostOfficerId: host.id,
    };
    const served = iso(ctx.row.rightsNoticeServedOn)!;
    refuseIfBlocked([
      ...dateBlockers('听证通知送达日期', input.hearingNoticeSentOn, ctx.today, { day: served, label: '告知书送达日期' }),
      ...(input.hearingScheduledOn < input.hearingNoticeSentOn ? [{ code: 'enf.hearing.order', message: t.hearingBeforeNotice }] : []),
      ...hearingScheduleBlockers({ hearing, officers, calendar: ctx.calendar, settings: ctx.settings }),
    ]);
    await tx.caseOfficer.upsert({
      where: { caseId_officerId_role: { caseId: ctx.row.id, officerId: host.id, role: 'HEARING_HOST' } },
      create: { caseId: ctx.row.id, officerId: host.id, role: 'HEARING_HOST', recusalDeclaredAt: now, assignedAt: now },
      update: { recusalDeclaredAt: now },
    });
    const step = await appendStep(tx, {
      caseId: ctx.row.id,
      key: 'HEARING_SCHEDULED',
      actorId: actor.id,
      occurredAt: now,
      documents: [
        { name: '听证主持人', value: host.name },
        { name: '听证通知送达日期', value: input.hearingNoticeSentOn },
        { name: '听证日期', value: input.hearingScheduledOn },
      ],
    });
    await tx.enforcementCase.update({
      where: { id: ctx.row.id },
      data: {
        hearingHostOfficerId: host.id,
        hearingNoticeSentOn: dateColumn(input.hearingNoticeSentOn),
        hearingScheduledOn: dateColumn(input.hearingScheduledOn),
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'case.hearingSchedule',
      entityType: 'EnforcementCase',
      entityId: ctx.row.id,
      after: { hostOfficerId: host.id, noticeSentOn: input.hearingNoticeSentOn, scheduledOn: input.hearingScheduledOn, stepId: step.id },
    });
  });
}

/** The host records the hearing held ('case.hostHearing'; only the case's appointed host). */
export async function holdHearing(db: Db, actor: Actor, input: HoldHearingInput, now: Date = new Date()) {
  assertCan(actor, 'case.hostHearing');
  const t = messages.enforcement.errors;
  return db.$transaction(async (tx) => {
    await lockCase(tx, input.caseId);
    const ctx = await loadCaseContext(tx, input.caseId, now);
    const blockers: Blocker[] = [];
    if (ctx.row.state !== 'STATEMENT_OR_HEARING') {
      blockers.push({ code: 'enf.hearing.state', message: t.holdWrongState, citation: penaltyLaw(64) });
    }
    const hostId = ctx.row.hearingHostOfficerId;
    const hostUserId = ctx.row.officers.find((o) => o.officerId === hostId && o.role === 'HEARING_HOST')?.officer.userId;
    if (!hostId || hostUserId !== actor.id) {
      blockers.push({ code: 'enf.hearing.notHost', message: t.notTheHost, citation: penaltyLaw(64) });
    }
    if (ctx.row.hearingHeldOn) blockers.push({ code: 'enf.hearing.held', message: t.hearingAlreadyHeld });
    refuseIfBlocked(blockers);
    const hearing = { ...ctx.facts.hearing, heldOn: input.hearingHeldOn };
    const scheduled = iso(ctx.row.hearingNoticeSentOn);
    refuseIfBlocked([
      ...dateBlockers('听证日期', input.hearingHeldOn, ctx.today, scheduled ? { day: scheduled, label: '听证通知送达日期' } : null),
      ...hearingScheduleBlockers({ hearing, officers: ctx.facts.officers, calendar: ctx.calendar, settings: ctx.settings }),
    ]);
    const step = await appendStep(tx, {
      caseId: ctx.row.id,
      key: 'HEARING_HELD',
      actorId: actor.id,
      occurredAt: now,
      note: input.hearingRecord,
      documents: [{ name: '听证日期', value: input.hearingHeldOn }],
    });
    // A hearing held makes the decision major when the catalogue says so (art. 58(二)).
    const major = classifyCase({ ...ctx.row, hearingHeldOn: dateColumn(input.hearingHeldOn) }, await loadMajorCatalogue(tx));
    await tx.enforcementCase.update({
      where: { id: ctx.row.id },
      data: { hearingHeldOn: dateColumn(input.hearingHeldOn), isMajor: major.isMajor, majorReasons: major.reasons as string[] },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'case.hearingHold',
      entityType: 'EnforcementCase',
      entityId: ctx.row.id,
      before: { isMajor: ctx.row.isMajor },
      after: { heldOn: input.hearingHeldOn, stepId: step.id, isMajor: major.isMajor, majorReasons: major.reasons as string[] },
    });
    return { isMajor: major.isMajor, majorReasons: major.reasons };
  });
}
