import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db, Tx } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar/date-string';
import { computeRequestClock, correctionBlockers, correctionReplyBlockers, consultationEndBlockers, consultationStartBlockers, extensionBlockers } from '@/lib/domain/requests';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { clockInput, clockSelect, requestState, type ClockRow } from '@/lib/queries/requests/clock-row';
import { messages } from '@/lib/i18n/messages';
import { loadWorkingCalendar } from '@/lib/queries/calendar/load-calendar';
import { refuseIfBlocked } from '@/lib/rule-error';
import { consultationSchema, correctionReplySchema, correctionSchema, extensionSchema } from '@/lib/schemas/requests';
import { parseOrThrow } from '@/lib/validation';
import { toDateColumn } from '@/lib/domain/calendar/date-column';

// The statutory clock's steps on a request: correction (补正) and its reply, third-party
// consultation, extension (the head's approval: DIRECTOR). Each is checked against the pure rules
// inside its transaction, written once (a conditional update) and audited.

async function load(tx: Tx, id: string): Promise<ClockRow> {
  const row = await tx.informationRequest.findUnique({ where: { id }, select: clockSelect });
  if (!row) throw new AppError({ code: 'NOT_FOUND', userMessage: messages.publicRequests.errors.notFound });
  return row;
}

async function step(
  db: Db,
  actor: Actor,
  id: string,
  check: (row: ClockRow, tx: Tx) => Promise<void> | void,
  where: Prisma.InformationRequestWhereInput,
  data: Prisma.InformationRequestUpdateManyMutationInput | Prisma.InformationRequestUncheckedUpdateManyInput,
  action: `request.${string}`,
  after: Prisma.InputJsonValue,
) {
  return db.$transaction(async (tx) => {
    const row = await load(tx, id);
    await check(row, tx);
    const updated = await tx.informationRequest.updateMany({ where: { id, outcome: 'PENDING', ...where }, data });
    if (updated.count !== 1) throw new AppError({ code: 'CONFLICT', userMessage: '该申请刚被他人更新，请刷新页面后重试' });
    await recordAudit(tx, { actorId: actor.id, action, entityType: 'InformationRequest', entityId: id, after });
  });
}

export async function requestCorrection(db: Db, actor: Actor, input: unknown, now: Date = new Date()) {
  assertCan(actor, 'requests.record');
  const data = parseOrThrow(correctionSchema, input);
  return step(
    db,
    actor,
    data.requestId,
    async (row, tx) => {
      refuseIfBlocked(correctionBlockers(requestState(row), data.on, toShanghaiDate(now), await loadWorkingCalendar(tx)));
    },
    { correctionRequestedOn: null },
    { correctionRequestedOn: toDateColumn(data.on), correctionNote: data.note },
    'request.correction',
    { on: data.on, note: data.note },
  );
}

export async function recordCorrectionReply(db: Db, actor: Actor, input: unknown, now: Date = new Date()) {
  assertCan(actor, 'requests.record');
  const data = parseOrThrow(correctionReplySchema, input);
  return step(
    db,
    actor,
    data.requestId,
    (row) => {
      refuseIfBlocked(correctionReplyBlockers(requestState(row), data.on, toShanghaiDate(now)));
    },
    { correctionRepliedOn: null, correctionRequestedOn: { not: null } },
    { correctionRepliedOn: toDateColumn(data.on) },
    'request.correctionReply',
    { on: data.on },
  );
}

export async function startConsultation(db: Db, actor: Actor, input: unknown, now: Date = new Date()) {
  assertCan(actor, 'requests.record');
  const data = parseOrThrow(consultationSchema, input);
  return step(
    db,
    actor,
    data.requestId,
    (row) => {
      refuseIfBlocked(consultationStartBlockers(requestState(row), data.on, toShanghaiDate(now)));
    },
    { consultationStartedOn: null },
    { consultationStartedOn: toDateColumn(data.on) },
    'request.consultationStart',
    { on: data.on },
  );
}

export async function endConsultation(db: Db, actor: Actor, input: unknown, now: Date = new Date()) {
  assertCan(actor, 'requests.record');
  const data = parseOrThrow(consultationSchema, input);
  return step(
    db,
    actor,
    data.requestId,
    (row) => {
      refuseIfBlocked(consultationEndBlockers(requestState(row), data.on, toShanghaiDate(now)));
    },
    { consultationEndedOn: null, consultationStartedOn: { not: null } },
    { consultationEndedOn: toDateColumn(data.on) },
    'request.consultationEnd',
    { on: data.on },
  );
}

/** The head of the office (DIRECTOR) extends the period once, before it runs out, with a reason. */
export async function extendRequest(db: Db, actor: Actor, input: unknown, now: Date = new Date()) {
  assertCan(actor, 'requests.extend');
  const data = parseOrThrow(extensionSchema, input);
  return step(
    db,
    actor,
    data.requestId,
    async (row, tx) => {
      const calendar = await loadWorkingCalendar(tx);
      const clock = computeRequestClock({ ...clockInput(row), calendar });
      refuseIfBlocked(extensionBlockers(requestState(row), data, clock, toShanghaiDate(now)));
    },
    { extensionDays: null },
    { extensionDays: data.days, extensionReason: data.reason, extendedOn: toDateColumn(data.on), extensionApprovedById: actor.id },
    'request.extend',
    { on: data.on, days: data.days, reason: data.reason },
  );
}
