import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { listDisclosures } from '@/lib/queries/disclosure/list-disclosures';
import { lookupPublicOfficer } from '@/lib/queries/officers/public-officers';
import { searchPublished } from '@/lib/queries/public/search';
import { revokeCertificate } from '@/lib/services/officers/revoke-certificate';
import { makeOfficer } from '../factories/officers';
import { ensureAdmin } from '../factories/users';
import { insertDisclosures, ownerClient } from './public-fixtures';

// Issue 10, observation 10: what a visitor types into the public query boxes. LIKE wildcards match
// themselves only (`/officers?q=%%` listed every certificate, revoked ones included) and a NUL
// byte is an empty query, not a PostgreSQL error (HTTP 500).
const db = () => getDb();
const on = new Date('2026-06-01T04:00:00Z');
let admin: Actor;
let owner: pg.Client;

beforeAll(async () => {
  admin = await ensureAdmin(db());
  await makeOfficer(db(), admin, { name: '通配甲', certificates: [{ number: 'WILD-1' }] });
  const revoked = await makeOfficer(db(), admin, { name: '通配乙', certificates: [{ number: 'WILD-2' }] });
  await revokeCertificate(db(), admin, { certificateId: revoked.certificateIds[0]!, reason: '调离' }, new Date('2025-01-01T02:00:00Z'));
  owner = await ownerClient();
  await insertDisclosures(owner, [
    { id: 'like-plain', title: '养老服务补贴发放公告' },
    { id: 'like-percent', title: '低保标准提高10%的通知' },
  ]);
});
afterAll(async () => {
  await owner.end();
});

describe('LIKE wildcards typed by a visitor match themselves only', () => {
  it('the public officer look-up does not list certificates for %, %% or _ patterns', async () => {
    for (const q of ['%%', '%', '__%', 'WILD-_', 'wild%', '%通配%', '\\%']) {
      expect(await lookupPublicOfficer(db(), q, { on }), q).toEqual([]);
    }
    // The exact number still finds the revoked certificate (a citizen checking a card shown to them).
    expect((await lookupPublicOfficer(db(), 'wild-2', { on })).map((row) => row.status)).toEqual(['REVOKED']);
  });

  it('the staff disclosure filter treats % as a character', async () => {
    const byPercent = await listDisclosures(db(), { q: '%' });
    expect(byPercent.rows.map((item) => item.id)).toEqual(['like-percent']);
    const byUnderscore = await listDisclosures(db(), { q: '_' });
    expect(byUnderscore.rows).toEqual([]);
  });
});

describe('control characters in a public query are no query, never a database error', () => {
  it('search: NUL bytes and other control characters', async () => {
    const empty = await searchPublished('\u0000\u0000');
    expect(empty.query).toBeNull();
    expect(empty.hits).toEqual([]);
    const mixed = await searchPublished('养老\u0000服务\u0007');
    expect(mixed.query?.terms).toEqual(['养老', '服务']);
    expect(mixed.hits.map((hit) => hit.id)).toEqual(['like-plain']);
  });

  it('officer look-up: NUL bytes', async () => {
    await expect(lookupPublicOfficer(db(), '\u0000\u0000', { on })).resolves.toEqual([]);
    await expect(lookupPublicOfficer(db(), 'WILD-1\u0000', { on })).resolves.toEqual([]);
  });
});
