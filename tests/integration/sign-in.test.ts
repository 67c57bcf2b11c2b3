import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { loadActor } from '@/lib/auth/load-actor';
import { verifyCredentials } from '@/lib/services/auth/verify-credentials';
import { setUserActive } from '@/lib/services/users/set-user-active';
import { TEST_PASSWORD, ensureAdmin, makeUser } from '../factories/users';

const now = new Date('2026-03-02T09:00:00Z');
const minutesLater = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const address = '203.0.113.7';

describe('sign-in', () => {
  it('accepts the right password and refuses a wrong one or an unknown e-mail alike', async () => {
    const user = await makeUser(getDb(), { roles: ['EDITOR'], email: 'signin.ok@test.local' });
    const ok = await verifyCredentials(getDb(), { email: user.email, password: TEST_PASSWORD, address, now });
    expect(ok).toMatchObject({ ok: true, user: { id: user.id, sessionVersion: 1 } });
    expect(await verifyCredentials(getDb(), { email: user.email, password: 'wrong-password-1', address, now })).toEqual({ ok: false });
    expect(await verifyCredentials(getDb(), { email: 'nobody@test.local', password: TEST_PASSWORD, address, now })).toEqual({ ok: false });
  });

  // Before ADR 0018 this locked the whole account and said so ({ reason: 'locked', minutes }): the
  // limit now holds this address back for this account, with the same answer as a wrong password.
  it('holds an address back after 5 failures, even against the right password, until the window passes', async () => {
    const user = await makeUser(getDb(), { roles: ['EDITOR'], email: 'signin.lock@test.local' });
    for (let i = 1; i <= 5; i += 1) {
      expect(await verifyCredentials(getDb(), { email: user.email, password: `bad-${i}`, address, now })).toEqual({ ok: false });
    }
    expect(await verifyCredentials(getDb(), { email: user.email, password: TEST_PASSWORD, address, now: minutesLater(5) })).toEqual({ ok: false });
    expect((await verifyCredentials(getDb(), { email: user.email, password: TEST_PASSWORD, address, now: minutesLater(16) })).ok).toBe(true);
    const events = await getDb().auditEvent.findMany({ where: { entityId: user.id }, orderBy: { id: 'asc' } });
    expect(events.map((e) => e.action)).toEqual(['user.create', ...Array(6).fill('auth.signInFailed'), 'auth.signIn']);
    expect(events.map((e) => (e.after as { reason?: string } | null)?.reason)).toEqual([undefined, ...Array(5).fill('password'), 'throttled', undefined]);
  });

  it('uses the configured limit, not a constant', async () => {
    await getDb().$executeRaw`UPDATE "Setting" SET value = '2'::jsonb WHERE key = 'auth.maxFailedSignIns'`;
    try {
      const user = await makeUser(getDb(), { roles: ['EDITOR'], email: 'signin.limit@test.local' });
      expect((await verifyCredentials(getDb(), { email: user.email, password: 'bad-1', address, now })).ok).toBe(false);
      expect((await verifyCredentials(getDb(), { email: user.email, password: 'bad-2', address, now })).ok).toBe(false);
      expect((await verifyCredentials(getDb(), { email: user.email, password: TEST_PASSWORD, address, now })).ok).toBe(false);
    } finally {
      await getDb().$executeRaw`UPDATE "Setting" SET value = '5'::jsonb WHERE key = 'auth.maxFailedSignIns'`;
    }
  });

  it('refuses a disabled user and ends their open sessions', async () => {
    const admin = await ensureAdmin(getDb());
    const user = await makeUser(getDb(), { roles: ['OFFICER'], email: 'signin.disabled@test.local' });
    const first = await verifyCredentials(getDb(), { email: user.email, password: TEST_PASSWORD, address, now: new Date() });
    if (!first.ok) throw new Error('sign-in failed');
    const session = { sessionId: first.sessionId, userId: user.id, sessionVersion: first.user.sessionVersion };
    expect(await loadActor(getDb(), session)).toMatchObject({ id: user.id, roles: ['OFFICER'] });

    await setUserActive(getDb(), admin, { userId: user.id, active: false });
    expect(await loadActor(getDb(), session)).toBeNull();
    expect(await verifyCredentials(getDb(), { email: user.email, password: TEST_PASSWORD, address, now: new Date() })).toEqual({ ok: false });

    // Re-enabled, the user signs in anew; the old session stays dead.
    await setUserActive(getDb(), admin, { userId: user.id, active: true });
    expect(await loadActor(getDb(), session)).toBeNull();
    const again = await verifyCredentials(getDb(), { email: user.email, password: TEST_PASSWORD, address, now: new Date() });
    if (!again.ok) throw new Error('sign-in failed');
    expect(await loadActor(getDb(), { sessionId: again.sessionId, userId: user.id, sessionVersion: again.user.sessionVersion })).toMatchObject({ id: user.id });
  });

  it('stores only a salted scrypt hash, and never returns it from ordinary queries', async () => {
    const user = await makeUser(getDb(), { roles: ['EDITOR'], email: 'signin.hash@test.local' });
    const plain = await getDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(plain).not.toHaveProperty('passwordHash');
    const withHash = await getDb().user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(withHash.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(withHash.passwordHash).not.toContain(TEST_PASSWORD);
  });
});
