import { beforeAll, describe, expect, it, vi } from 'vitest';
import { handOutDeviceAction, registerDeviceAction, returnDeviceAction } from '@/app/(staff)/staff/devices/actions';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { listDevices } from '@/lib/queries/evidence/devices';
import { handOutDevice, registerDevice, returnDevice } from '@/lib/services/enforcement/devices';
import { actAs, form } from '../setup/act-as';
import { makeEvidenceWorld, type EvidenceWorld } from '../factories/evidence';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const db = () => getDb();
const t = messages.evidence.devices;
let world: EvidenceWorld;

const counts = async () => {
  const [devices, loans, open, audit] = await Promise.all([
    db().recordingDevice.count(),
    db().deviceLoan.count(),
    db().deviceLoan.count({ where: { returnedAt: null } }),
    db().auditEvent.count(),
  ]);
  return { devices, loans, open, audit };
};

beforeAll(async () => {
  world = await makeEvidenceWorld(db());
});

describe('device ledger', () => {
  it('registers a device, hands it out and takes it back through the actions, with audit rows', async () => {
    await actAs(world.officer);
    const before = await counts();
    expect(await registerDeviceAction({ ok: false }, form({ code: 'JLY-A1', deviceKind: 'BODY_CAMERA', model: 'DSJ-V8' }))).toEqual({ ok: true, message: t.registered });
    const device = await db().recordingDevice.findUniqueOrThrow({ where: { code: 'JLY-A1' } });
    expect(device).toMatchObject({ kind: 'BODY_CAMERA', model: 'DSJ-V8', active: true });
    expect(await handOutDeviceAction({ ok: false }, form({ deviceId: device.id, officerId: world.zhang, handedOutAt: '2026-01-06T08:30' }))).toEqual({
      ok: true,
      message: t.handedOut,
    });
    const loan = await db().deviceLoan.findFirstOrThrow({ where: { deviceId: device.id } });
    // The form's local time is Beijing time.
    expect(loan).toMatchObject({ officerId: world.zhang, returnedAt: null });
    expect(loan.handedOutAt.toISOString()).toBe('2026-01-06T00:30:00.000Z');
    expect(await returnDeviceAction({ ok: false }, form({ deviceId: device.id, returnedAt: '2026-01-06T17:30' }))).toEqual({ ok: true, message: t.returned });
    expect((await db().deviceLoan.findUniqueOrThrow({ where: { id: loan.id } })).returnedAt?.toISOString()).toBe('2026-01-06T09:30:00.000Z');
    expect(await counts()).toEqual({ devices: before.devices + 1, loans: before.loans + 1, open: before.open, audit: before.audit + 3 });
    const actions = await db().auditEvent.findMany({ where: { entityId: device.id }, orderBy: { id: 'asc' }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(['device.register', 'device.handOut', 'device.return']);
    const listed = (await listDevices(db())).find((d) => d.id === device.id);
    expect(listed).toMatchObject({ currentLoan: null, loans: [{ officerId: world.zhang }] });
  });

  it('a device cannot be out twice, nor returned when it is not out, nor handed out before its last return', async () => {
    const device = await registerDevice(db(), world.admin, { code: 'JLY-A2', deviceKind: 'BODY_CAMERA', model: 'DSJ-V8' });
    await handOutDevice(db(), world.admin, { deviceId: device.id, officerId: world.zhang, handedOutAt: new Date('2026-01-07T00:30:00Z') });
    await actAs(world.officer);
    const before = await counts();
    expect(await handOutDeviceAction({ ok: false }, form({ deviceId: device.id, officerId: world.li, handedOutAt: '2026-01-07T09:00' }))).toMatchObject({
      ok: false,
      message: t.alreadyOut,
    });
    expect(await counts()).toEqual(before);
    await returnDevice(db(), world.admin, { deviceId: device.id, returnedAt: new Date('2026-01-07T09:00:00Z') });
    await expect(returnDevice(db(), world.admin, { deviceId: device.id, returnedAt: new Date('2026-01-07T10:00:00Z') })).rejects.toMatchObject({
      code: 'CONFLICT',
      userMessage: t.notOut,
    });
    await expect(handOutDevice(db(), world.admin, { deviceId: device.id, officerId: world.li, handedOutAt: new Date('2026-01-07T08:00:00Z') })).rejects.toMatchObject({
      code: 'VALIDATION',
      userMessage: t.returnBeforeHandOut,
    });
    await expect(handOutDevice(db(), world.admin, { deviceId: device.id, officerId: world.li, handedOutAt: new Date('2099-01-01T00:00:00Z') })).rejects.toMatchObject({
      code: 'VALIDATION',
      userMessage: t.futureTime,
    });
    expect(await registerDeviceAction({ ok: false }, form({ code: 'JLY-A2', deviceKind: 'CAMERA', model: 'X' }))).toMatchObject({ ok: false, message: t.codeTaken });
  });

  it('two simultaneous hand-outs of one device: exactly one succeeds', async () => {
    const device = await registerDevice(db(), world.admin, { code: 'JLY-A3', deviceKind: 'CAMERA', model: 'HC-X2000' });
    const at = new Date('2026-01-08T00:30:00Z');
    const results = await Promise.allSettled([
      handOutDevice(db(), world.admin, { deviceId: device.id, officerId: world.zhang, handedOutAt: at }),
      handOutDevice(db(), world.admin, { deviceId: device.id, officerId: world.li, handedOutAt: at }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'CONFLICT', userMessage: t.alreadyOut } });
    expect(await db().deviceLoan.count({ where: { deviceId: device.id, returnedAt: null } })).toBe(1);
  });

  it('refuses the wrong role and the signed-out, with counts unchanged', async () => {
    const device = await registerDevice(db(), world.admin, { code: 'JLY-A4', deviceKind: 'BODY_CAMERA', model: 'DSJ-V8' });
    const before = await counts();
    for (const actor of [world.editor, world.director, world.reviewer, null]) {
      await actAs(actor);
      const expected = actor ? messages.errors.forbidden : messages.errors.unauthenticated;
      expect(await registerDeviceAction({ ok: false }, form({ code: 'JLY-X', deviceKind: 'BODY_CAMERA', model: 'M' }))).toEqual({ ok: false, message: expected });
      expect(await handOutDeviceAction({ ok: false }, form({ deviceId: device.id, officerId: world.zhang, handedOutAt: '2026-01-06T08:30' }))).toEqual({
        ok: false,
        message: expected,
      });
      expect(await returnDeviceAction({ ok: false }, form({ deviceId: device.id, returnedAt: '2026-01-06T08:30' }))).toEqual({ ok: false, message: expected });
    }
    await expect(registerDevice(db(), world.editor, { code: 'JLY-Y', deviceKind: 'CAMERA', model: 'M' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await counts()).toEqual(before);
  });

  it('validates the forms in Chinese', async () => {
    await actAs(world.admin);
    const result = await registerDeviceAction({ ok: false }, form({ code: '', deviceKind: 'DRONE', model: '' }));
    expect(result.ok).toBe(false);
    expect(result.fieldErrors).toMatchObject({ code: ['请输入设备编号'], deviceKind: ['请选择设备类型'], model: ['请输入型号'] });
  });
});
