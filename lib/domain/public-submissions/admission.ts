import type { Blocker } from '@/lib/domain/blockers';

// Spam defence for public forms without a third-party service or a captcha:
// - a honeypot field, hidden from people (and from assistive technology), that bots fill in;
// - a proof of work the browser computes (SHA-256 of challenge:nonce with PROOF_OF_WORK_BITS leading
//   zero bits, a few hundred milliseconds), verified with one hash on the server;
// - without JavaScript, the form still works when it was not sent back faster than a person can
//   fill it in (MIN_FILL_MS after the challenge was issued);
// - and, in every case, per-address rate limits (./rate-limit.ts).
// A challenge is valid for CHALLENGE_TTL_MS; the service signs it so it cannot be forged.
export const PROOF_OF_WORK_BITS = 14;
export const MIN_FILL_MS = 4_000;
export const CHALLENGE_TTL_MS = 2 * 60 * 60 * 1000;

/** Number of leading zero bits of a hash. */
export function leadingZeroBits(hash: Uint8Array): number {
  let bits = 0;
  for (const byte of hash) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

export type AdmissionInput = {
  /** Whatever the honeypot field contained. */
  readonly honeypot: string;
  /** Whether the signature of the challenge checked out; null when no challenge was sent. */
  readonly challengeIssuedAtMs: number | null;
  /** Leading zero bits of SHA-256(challenge:nonce); null when no nonce was sent (no JavaScript). */
  readonly proofBits: number | null;
  readonly nowMs: number;
};

const REFUSED = '提交未成功，请刷新页面后重新填写提交';

export function admissionBlockers(input: AdmissionInput): Blocker[] {
  if (input.honeypot.trim() !== '') return [{ code: 'HONEYPOT', message: REFUSED }];
  if (input.challengeIssuedAtMs === null) return [{ code: 'NO_CHALLENGE', message: REFUSED }];
  const age = input.nowMs - input.challengeIssuedAtMs;
  if (age < 0 || age > CHALLENGE_TTL_MS) return [{ code: 'CHALLENGE_EXPIRED', message: '页面停留时间过长，请刷新页面后重新提交' }];
  if (input.proofBits !== null && input.proofBits >= PROOF_OF_WORK_BITS) return [];
  if (age >= MIN_FILL_MS) return [];
  return [{ code: 'TOO_FAST', message: '提交过快，请核对填写内容后再提交' }];
}
