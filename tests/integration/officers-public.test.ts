import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { listPublicOfficers, lookupPublicOfficer } from '@/lib/queries/officers/public-officers';
import { revokeCertificate } from '@/lib/services/officers/revoke-certificate';
import { makeOfficer } from '../factories/officers';
import { ensureAdmin, makeUser } from '../factories/users';

const db = () => getDb();
const on = new Date('2026-06-01T04:00:00Z');
const PUBLIC_KEYS = ['category', 'certificateNumber', 'name', 'status', 'unit', 'validTo'];

let admin: Actor;
let valid: Awaited<ReturnType<typeof makeOfficer>>;
let _expired: Awaited<ReturnType<typeof makeOfficer>>;
let revoked: Awaited<ReturnType<typeof makeOfficer>>;
let linkedUser: Actor;
beforeAll(async () => {
  admin = await ensureAdmin(db());
  linkedUser = await makeUser(db(), { roles: ['OFFICER'], name: '公示甲账户', email: 'public.a@test.local' });
  valid = await makeOfficer(db(), admin, { name: '公示甲', isLegalStaff: true, userId: linkedUser.id, certificates: [{ number: 'PUB-VALID-1', validTo: '2028-12-31' }] });
  await db().officer.update({ where: { id: valid.id }, data: { legalQualificationNo: 'SECRET-LQ-9' } });
  _expired = await makeOfficer(db(), admin, { name: '公示乙', certificates: [{ number: 'PUB-OLD-2', validFrom: '2018-01-01', validTo: '2022-12-31' }] });
  revoked = await makeOfficer(db(), admin, { name: '公示丙', certificates: [{ number: 'PUB-REV-3' }] });
  await revokeCertificate(db(), admin, { certificateId: revoked.certificateIds[0]!, reason: '调离' }, new Date('2025-01-01T02:00:00Z'));
});

describe('public officer directory and look-up', () => {
  it('lists only certificates in force, with exactly the public fields and nothing private', async () => {
    const directory = await listPublicOfficers(db(), { on });
    expect(directory.map((row) => row.certificateNumber)).toEqual(['PUB-VALID-1']);
    expect(directory[0]).toEqual({ name: '公示甲', unit: '市中区民政局', certificateNumber: 'PUB-VALID-1', category: '行政执法证', validTo: '2028-12-31', status: 'VALID' });
    expect(Object.keys(directory[0]!).sort()).toEqual(PUBLIC_KEYS);
    const json = JSON.stringify(directory);
    for (const secret of [valid.id, linkedUser.id, linkedUser.email, 'SECRET-LQ-9', valid.certificateIds[0]!, 'isLegalStaff', 'userId']) {
      expect(json).not.toContain(secret);
    }
  });

  it('looks up by exact certificate number (any letter case) or exact name, showing expired and revoked status', async () => {
    expect(await lookupPublicOfficer(db(), 'pub-old-2', { on })).toEqual([
      { name: '公示乙', unit: '市中区民政局', certificateNumber: 'PUB-OLD-2', category: '行政执法证', validTo: '2022-12-31', status: 'EXPIRED' },
    ]);
    expect((await lookupPublicOfficer(db(), '公示丙', { on })).map((row) => row.status)).toEqual(['REVOKED']);
    const byName = await lookupPublicOfficer(db(), ' 公示甲 ', { on });
    expect(byName.map((row) => row.certificateNumber)).toEqual(['PUB-VALID-1']);
    expect(Object.keys(byName[0]!).sort()).toEqual(PUBLIC_KEYS);
    expect(JSON.stringify(byName)).not.toContain('SECRET-LQ-9');
  });

  it('does not match partial names or numbers, so it cannot be used to list holders', async () => {
    expect(await lookupPublicOfficer(db(), '公示', { on })).toEqual([]);
    expect(await lookupPublicOfficer(db(), 'PUB-', { on })).toEqual([]);
    expect(await lookupPublicOfficer(db(), '%', { on })).toEqual([]);
  });
});
