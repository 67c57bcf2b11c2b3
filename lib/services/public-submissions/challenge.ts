import 'server-only';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { leadingZeroBits, PROOF_OF_WORK_BITS } from '@/lib/domain/public-submissions/admission';

// The signed challenge a public form carries: "<issuedAtMs>.<random>.<hmac>". The signature makes
// the issue time trustworthy (minimum fill time) and the random part makes each proof of work new.
// Signed with AUTH_SECRET, which every process of the portal shares (npm start provides one).
function key(): string {
  const secret = process.env.AUTH_SECRET;
  if (secret) return `public-form:${secret}`;
  if (process.env.NODE_ENV === 'production') throw new Error('AUTH_SECRET is not set');
  return 'public-form:development-only';
}

const sign = (payload: string) => createHmac('sha256', key()).update(payload).digest('base64url');

export type Challenge = { token: string; bits: number };

export function issueChallenge(now: Date = new Date()): Challenge {
  const payload = `${now.getTime()}.${randomBytes(12).toString('base64url')}`;
  return { token: `${payload}.${sign(payload)}`, bits: PROOF_OF_WORK_BITS };
}

/** The issue time of a genuine challenge, or null for a missing, malformed or forged one. */
export function challengeIssuedAt(token: string): number | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const payload = `${parts[0]}.${parts[1]}`;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(parts[2] ?? '');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const issuedAt = Number(parts[0]);
  return Number.isSafeInteger(issuedAt) ? issuedAt : null;
}

/** Leading zero bits of SHA-256("<token>:<nonce>"), what the browser worked for; null without a nonce. */
export function proofBits(token: string, nonce: string): number | null {
  if (nonce === '' || nonce.length > 20) return null;
  return leadingZeroBits(createHash('sha256').update(`${token}:${nonce}`).digest());
}
