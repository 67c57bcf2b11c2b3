import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar/date-string';
import { answerBlockers, pastDateBlockers } from '@/lib/domain/dashboard/register-rules';
import { AppError } from '@/lib/errors';
import { refuseIfBlocked } from '@/lib/rule-error';
import { answerRequestSchema, recordRequestSchema, type AnswerRequestInput, type RecordRequestInput } from '@/lib/schemas/requests';
import { parseOrThrow } from '@/lib/validation';

const dayToDate = (day: string): Date => new Date(`${day}T00:00:00.000Z`);

/** Registers a request for disclosure (依申请公开) as received. */
export async function recordInformationRequest(db: Db, actor: Actor, input: RecordRequestInput, now: Date = new Date()) {
  assertCan(actor, 'requests.record');
  const data = parseOrThrow(recordRequestSchema, input);
  refuseIfBlocked(pastDateBlockers(data.receivedOn, toShanghaiDate(now), '收到日期'));
  return db.$transaction(async (tx) => {
    const row = await tx.informationRequest.create({ data: { ...data, receivedOn: dayToDate(data.receivedOn), createdAt: now } });
    await recordAudit(tx, { actorId: actor.id, action: 'request.record', entityType: 'InformationRequest', entityId: row.id, after: { ...data } });
    return row;
  });
}

/** Records the answer to a request: outcome, reason and date (once). */
export async function answerInformationRequest(db: Db, actor: Actor, input: AnswerRequestInput, now: Date = new Date()) {
  assertCan(actor, 'requests.record');
  const data = parseOrThrow(answerRequestSchema, input);
  return db.$transaction(async (tx) => {
    const request = await tx.informationRequest.findUnique({ where: { id: data.requestId }, select: { receivedOn: true, outcome: true } });
    if (!request) throw new AppError({ code: 'NOT_FOUND', userMessage: '该申请不存在' });
    refuseIfBlocked(
      answerBlockers({
        receivedOn: request.receivedOn.toISOString().slice(0, 10),
        answeredOn: data.answeredOn,
        today: toShanghaiDate(now),
        alreadyAnswered: request.outcome !== 'PENDING',
      }),
    );
    const updated = await tx.informationRequest.updateMany({
      where: { id: data.requestId, outcome: 'PENDING' },
      data: { outcome: data.outcome, outcomeReason: data.outcomeReason || null, answeredOn: dayToDate(data.answeredOn) },
    });
    if (updated.count !== 1) throw new AppError({ code: 'CONFLICT', userMessage: '该申请已经答复，不能重复登记答复' });
    await recordAudit(tx, { actorId: actor.id, action: 'request.answer', entityType: 'InformationRequest', entityId: data.requestId, after: { ...data } });
  });
}
