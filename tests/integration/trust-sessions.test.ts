import { NextRequest } from 'next/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import { loadActor } from '@/lib/auth/load-actor';
import { verifyPassword } from '@/lib/auth/password';
import { verifyCredentials } from '@/lib/services/auth/verify-credentials';
import { setUserActive } from '@/lib/services/users/set-user-active';
import { TEST_PASSWORD, ensureAdmin, makeUser } from '../factories/users';

// Issue 10, observations 7 and 8 (ADR 0018). The sign-in, session and sign-out requests go through
// the real next-auth route handlers (app/api/auth/[...nextauth]/route.ts) with a cookie jar, as a
// browser's would; the database is real and the portal connects as portal_app.
vi.hoisted(() => {
  process.env.AUTH_SECRET ??= 'integration-only-secret-0123456789abcdef';
});
// Every call still runs the real scrypt; the spy only counts them.
vi.mock('@/lib/auth/password', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/auth/password')>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});
const { GET, POST } = await import('@/app/api/auth/[...nextauth]/route');

const ORIGIN = 'http://portal.test';
type Jar = Map<string, string>;

function cookieHeader(jar: Jar): string {
  return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
}

function keep(jar: Jar, response: Response): void {
  for (const line of response.headers.getSetCookie()) {
    const [pair = ''] = line.split(';');
    const at = pair.indexOf('=');
    const name = pair.slice(0, at);
    const value = pair.slice(at + 1);
    if (value === '' || /max-age=0/i.test(line)) jar.delete(name);
    else jar.set(name, value);
  }
}

async function call(method: 'GET' | 'POST', path: string, jar: Jar, options: { body?: Record<string, string>; address?: string } = {}) {
  const headers = new Headers({ cookie: cookieHeader(jar), 'x-forwarded-for': options.address ?? '198.51.100.1' });
  if (options.body) headers.set('content-type', 'application/x-www-form-urlencoded');
  const request = new NextRequest(`${ORIGIN}${path}`, {
    method,
    headers,
    ...(options.body ? { body: new URLSearchParams(options.body).toString() } : {}),
  });
  const response = await (method === 'GET' ? GET : POST)(request);
  keep(jar, response);
  return response;
}

async function csrfToken(jar: Jar): Promise<string> {
  const response = await call('GET', '/api/auth/csrf', jar);
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

// Posts the credentials form as the browser would; returns the redirect's Location.
async function postSignIn(jar: Jar, email: string, password: string, address = '198.51.100.1'): Promise<string> {
  const body = { csrfToken: await csrfToken(jar), email, password, callbackUrl: `${ORIGIN}/staff/cases` };
  const response = await call('POST', '/api/auth/callback/credentials', jar, { body, address });
  expect(response.status).toBe(302);
  return response.headers.get('location') ?? '';
}

async function sessionOf(jar: Jar) {
  const response = await call('GET', '/api/auth/session', jar);
  return (await response.json()) as { userId: string; sessionVersion: number; sessionId: string } | null;
}

const attempt = (email: string, password: string, address: string) => verifyCredentials(getDb(), { email, password, address, now: new Date() });

beforeEach(() => {
  vi.mocked(verifyPassword).mockClear();
});

describe('sessions end on the server', () => {
  it('after sign-out the saved session cookie no longer loads an actor', async () => {
    const officer = await makeUser(getDb(), { roles: ['OFFICER'], email: 'trust.signout@test.local' });
    const jar: Jar = new Map();
    expect(await postSignIn(jar, officer.email, TEST_PASSWORD)).toBe(`${ORIGIN}/staff/cases`);
    const saved = new Map(jar);
    const session = await sessionOf(jar);
    expect(session?.userId).toBe(officer.id);
    expect(await loadActor(getDb(), session!)).toMatchObject({ id: officer.id });

    const signOut = await call('POST', '/api/auth/signout', jar, { body: { csrfToken: await csrfToken(jar) } });
    expect(signOut.status).toBe(302);

    // The JWT itself still decodes (it is stateless), but the server no longer honours it.
    const replayed = await sessionOf(saved);
    expect(replayed?.userId).toBe(officer.id);
    expect(await loadActor(getDb(), replayed!)).toBeNull();
    expect(await getDb().auditEvent.count({ where: { entityId: officer.id, action: 'auth.signOut' } })).toBe(1);
  });
});

describe('throttling per account and per address', () => {
  it('10+ wrong passwords for the director from one address do not stop the director signing in from another', async () => {
    const director = await makeUser(getDb(), { roles: ['DIRECTOR'], email: 'trust.director@test.local' });
    for (let i = 0; i < 12; i += 1) expect((await attempt(director.email, `guess-${i}`, '192.0.2.66')).ok).toBe(false);
    // The attacker's own address is held back, even with the right password …
    expect((await attempt(director.email, TEST_PASSWORD, '192.0.2.66')).ok).toBe(false);
    // … the director elsewhere is not.
    expect((await attempt(director.email, TEST_PASSWORD, '203.0.113.10')).ok).toBe(true);
  });

  it('failures spread over many addresses do not stop the director at an address they signed in from', async () => {
    const director = await makeUser(getDb(), { roles: ['DIRECTOR'], email: 'trust.spread@test.local' });
    expect((await attempt(director.email, TEST_PASSWORD, '203.0.113.20')).ok).toBe(true);
    for (let i = 0; i < 25; i += 1) expect((await attempt(director.email, `guess-${i}`, `192.0.2.${i + 1}`)).ok).toBe(false);
    // A new address is now held back for this account (the account-wide limit) …
    expect((await attempt(director.email, TEST_PASSWORD, '198.51.100.200')).ok).toBe(false);
    // … but the director's usual address is not.
    expect((await attempt(director.email, TEST_PASSWORD, '203.0.113.20')).ok).toBe(true);
  });

  it('an address spraying many accounts is held back for accounts it never signed in to', async () => {
    const target = await makeUser(getDb(), { roles: ['EDITOR'], email: 'trust.spray@test.local' });
    for (let i = 0; i < 20; i += 1) expect((await attempt(`spray-${i}@test.local`, 'guess-password-1', '192.0.2.200')).ok).toBe(false);
    expect((await attempt(target.email, TEST_PASSWORD, '192.0.2.200')).ok).toBe(false);
    expect((await attempt(target.email, TEST_PASSWORD, '203.0.113.30')).ok).toBe(true);
  });
});

describe('one answer for every refusal', () => {
  // Each test its own address, so one test's failures do not count in the other's.
  let address = '';
  async function fourCases(tag: string) {
    address = tag === 'result' ? '192.0.2.77' : '192.0.2.78';
    const admin = await ensureAdmin(getDb());
    const wrong = await makeUser(getDb(), { roles: ['EDITOR'], email: `trust.wrong.${tag}@test.local` });
    const locked = await makeUser(getDb(), { roles: ['EDITOR'], email: `trust.locked.${tag}@test.local` });
    const disabled = await makeUser(getDb(), { roles: ['EDITOR'], email: `trust.disabled.${tag}@test.local` });
    await setUserActive(getDb(), admin, { userId: disabled.id, active: false });
    for (let i = 0; i < 6; i += 1) await attempt(locked.email, `guess-${i}`, address);
    return [
      { name: 'unknown', email: `trust.nobody.${tag}@test.local`, password: TEST_PASSWORD },
      { name: 'wrong', email: wrong.email, password: 'not-the-password-1' },
      { name: 'locked', email: locked.email, password: TEST_PASSWORD },
      { name: 'disabled', email: disabled.email, password: TEST_PASSWORD },
    ];
  }

  it('unknown, wrong password, locked and disabled return the identical result, each after one password hash', async () => {
    const cases = await fourCases('result');
    const results = [];
    for (const c of cases) {
      vi.mocked(verifyPassword).mockClear();
      results.push({ name: c.name, result: await attempt(c.email, c.password, address) });
      // The scrypt verification ran (and was awaited) exactly once, whatever the account's state.
      expect(vi.mocked(verifyPassword), c.name).toHaveBeenCalledTimes(1);
      await expect(vi.mocked(verifyPassword).mock.results[0]!.value, c.name).resolves.toBeTypeOf('boolean');
    }
    expect(results).toEqual(cases.map((c) => ({ name: c.name, result: { ok: false } })));
  });

  it('the sign-in redirect is the same bare /signin for all four, with no account state in the URL', async () => {
    const cases = await fourCases('redirect');
    const locations = [];
    for (const c of cases) locations.push(await postSignIn(new Map(), c.email, c.password, address));
    expect(locations).toEqual(cases.map(() => `${ORIGIN}/signin`));
  });
});

describe('cookies', () => {
  it('on https the session cookie is __Secure-, Secure, HttpOnly and SameSite=Lax, and proxy.ts recognises it', async () => {
    const user = await makeUser(getDb(), { roles: ['EDITOR'], email: 'trust.https@test.local' });
    const csrf = await GET(new NextRequest('https://portal.test/api/auth/csrf', { headers: { 'x-forwarded-proto': 'https' } }));
    const csrfCookie = csrf.headers
      .getSetCookie()
      .map((line) => line.split(';')[0])
      .join('; ');
    const { csrfToken: token } = (await csrf.json()) as { csrfToken: string };
    const response = await POST(
      new NextRequest('https://portal.test/api/auth/callback/credentials', {
        method: 'POST',
        headers: { cookie: csrfCookie, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.40' },
        body: new URLSearchParams({ csrfToken: token, email: user.email, password: TEST_PASSWORD }).toString(),
      }),
    );
    const sessionCookie = response.headers.getSetCookie().find((line) => line.startsWith('__Secure-authjs.session-token='));
    expect(sessionCookie).toBeDefined();
    expect(sessionCookie).toMatch(/;\s*Secure/i);
    expect(sessionCookie).toMatch(/;\s*HttpOnly/i);
    expect(sessionCookie).toMatch(/;\s*SameSite=Lax/i);

    const { proxy } = await import('@/proxy');
    const staff = proxy(new NextRequest('https://portal.test/staff', { headers: { cookie: sessionCookie!.split(';')[0]! } }));
    expect(staff.headers.get('location')).toBeNull();
  });
});
