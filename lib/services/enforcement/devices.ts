import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db, Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import { toShanghaiDate } from '@/lib/domain/calendar/date-string';
import type { HandOutDeviceInput, RegisterDeviceInput, RetireDeviceInput, ReturnDeviceInput } from '@/lib/schemas/evidence';

// The device ledger: the bureau's body-worn recorders and cameras, handed out to and returned by
// officers. A device cannot be out twice: hand-out and return lock the device row and re-read its
// open loan inside the transaction.
const t = messages.evidence.devices;

function fail(code: 'NOT_FOUND' | 'CONFLICT' | 'VALIDATION', userMessage: string, field?: string): never {
  throw new AppError({ code, userMessage, ...(field ? { fieldErrors: { [field]: [userMessage] } } : {}) });
}

async function lockDevice(tx: Tx, deviceId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "RecordingDevice" WHERE "id" = ${deviceId} FOR UPDATE`;
  if (!rows[0]) fail('NOT_FOUND', t.deviceNotFound);
  return tx.recordingDevice.findUniqueOrThrow({
    where: { id: deviceId },
    include: { loans: { orderBy: { handedOutAt: 'desc' }, take: 1 } },
  });
}

const shanghaiDay = (now: Date) => new Date(`${toShanghaiDate(now)}T00:00:00.000Z`);

// `now` is when the device joined the ledger and went into service; a year's figures count the
// devices in service at some time in that year (inServiceFrom … retiredOn).
export async function registerDevice(db: Db, actor: Actor, input: RegisterDeviceInput, now: Date = new Date()) {
  assertCan(actor, 'devices.manage');
  return db.$transaction(async (tx) => {
    if (await tx.recordingDevice.findUnique({ where: { code: input.code }, select: { id: true } })) fail('CONFLICT', t.codeTaken, 'code');
    const device = await tx.recordingDevice.create({ data: { code: input.code, kind: input.deviceKind, model: input.model, createdAt: now, inServiceFrom: shanghaiDay(now) } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'device.register',
      entityType: 'RecordingDevice',
      entityId: device.id,
      after: { code: device.code, kind: device.kind, model: device.model },
    });
    return device;
  });
}

export async function handOutDevice(db: Db, actor: Actor, input: HandOutDeviceInput, now: Date = new Date()) {
  assertCan(actor, 'devices.manage');
  if (input.handedOutAt.getTime() > now.getTime() + 60_000) fail('VALIDATION', t.futureTime, 'handedOutAt');
  return db.$transaction(async (tx) => {
    const device = await lockDevice(tx, input.deviceId);
    if (!device.active) fail('CONFLICT', messages.evidence.errors.deviceInactive);
    const last = device.loans[0];
    if (last && last.returnedAt === null) fail('CONFLICT', t.alreadyOut);
    if (last?.returnedAt && input.handedOutAt < last.returnedAt) fail('VALIDATION', t.returnBeforeHandOut, 'handedOutAt');
    const officer = await tx.officer.findUnique({ where: { id: input.officerId }, select: { id: true, active: true, name: true } });
    if (!officer || !officer.active) fail('VALIDATION', t.officerNotFound, 'officerId');
    const loan = await tx.deviceLoan.create({ data: { deviceId: device.id, officerId: officer.id, handedOutAt: input.handedOutAt } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'device.handOut',
      entityType: 'RecordingDevice',
      entityId: device.id,
      after: { loanId: loan.id, officerId: officer.id, handedOutAt: input.handedOutAt.toISOString() },
    });
    return loan;
  });
}

export async function returnDevice(db: Db, actor: Actor, input: ReturnDeviceInput, now: Date = new Date()) {
  assertCan(actor, 'devices.manage');
  if (input.returnedAt.getTime() > now.getTime() + 60_000) fail('VALIDATION', t.futureTime, 'returnedAt');
  return db.$transaction(async (tx) => {
    const device = await lockDevice(tx, input.deviceId);
    const open = device.loans[0];
    if (!open || open.returnedAt !== null) fail('CONFLICT', t.notOut);
    if (input.returnedAt < open.handedOutAt) fail('VALIDATION', t.returnBeforeHandOut, 'returnedAt');
    const loan = await tx.deviceLoan.update({ where: { id: open.id }, data: { returnedAt: input.returnedAt } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'device.return',
      entityType: 'RecordingDevice',
      entityId: device.id,
      after: { loanId: loan.id, officerId: loan.officerId, returnedAt: input.returnedAt.toISOString() },
    });
    return loan;
  });
}

// Takes a device out of service from `now`'s day: it is no longer handed out, and the years in which
// it served keep counting it (the figures read inServiceFrom … retiredOn, not `active`).
export async function retireDevice(db: Db, actor: Actor, input: RetireDeviceInput, now: Date = new Date()) {
  assertCan(actor, 'devices.manage');
  return db.$transaction(async (tx) => {
    const device = await lockDevice(tx, input.deviceId);
    if (!device.active) fail('CONFLICT', t.alreadyRetired);
    if (device.loans[0] && device.loans[0].returnedAt === null) fail('CONFLICT', t.retireWhileOut);
    const retiredOn = shanghaiDay(now);
    if (retiredOn < device.inServiceFrom) fail('VALIDATION', t.retireBeforeService(device.inServiceFrom.toISOString().slice(0, 10)));
    const updated = await tx.recordingDevice.update({ where: { id: device.id }, data: { active: false, retiredOn } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'device.retire',
      entityType: 'RecordingDevice',
      entityId: device.id,
      before: { active: true },
      after: { active: false, retiredOn: toShanghaiDate(now) },
    });
    return updated;
  });
}
