import { describe, expect, it } from 'vitest';
import {
  admissionBlockers,
  formatTrackingCode,
  leadingZeroBits,
  MIN_FILL_MS,
  normaliseTrackingCode,
  PROOF_OF_WORK_BITS,
  RATE_LIMITS,
  TRACKING_CODE_LENGTH,
  trackingCodeFromBytes,
  windowStartMs,
  withinLimit,
} from '@/lib/domain/public-submissions';

describe('tracking codes', () => {
  it('carry 100 bits in 20 unambiguous characters and are read back however they are typed', () => {
    const code = trackingCodeFromBytes(new Uint8Array([255, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
    expect(code).toHaveLength(TRACKING_CODE_LENGTH);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]+$/);
    expect(normaliseTrackingCode(formatTrackingCode(code).toLowerCase())).toBe(code);
    expect(normaliseTrackingCode('O0IL' + code.slice(4))).toBe('0011' + code.slice(4));
    expect(normaliseTrackingCode(code.slice(1))).toBeNull();
    expect(normaliseTrackingCode(`${code.slice(1)}U`)).toBeNull();
    expect(() => trackingCodeFromBytes(new Uint8Array(12))).toThrow(RangeError);
  });
});

describe('admission of a public form', () => {
  const now = 1_800_000_000_000;
  it('refuses a filled honeypot, a missing or expired challenge, and a fast form without proof of work', () => {
    expect(admissionBlockers({ honeypot: 'http://spam', challengeIssuedAtMs: now - 60_000, proofBits: 20, nowMs: now })[0]?.code).toBe('HONEYPOT');
    expect(admissionBlockers({ honeypot: '', challengeIssuedAtMs: null, proofBits: 20, nowMs: now })[0]?.code).toBe('NO_CHALLENGE');
    expect(admissionBlockers({ honeypot: '', challengeIssuedAtMs: now - 3 * 3600_000, proofBits: 20, nowMs: now })[0]?.code).toBe('CHALLENGE_EXPIRED');
    expect(admissionBlockers({ honeypot: '', challengeIssuedAtMs: now - 1000, proofBits: null, nowMs: now })[0]?.code).toBe('TOO_FAST');
    expect(admissionBlockers({ honeypot: '', challengeIssuedAtMs: now - 1000, proofBits: PROOF_OF_WORK_BITS - 1, nowMs: now })[0]?.code).toBe('TOO_FAST');
  });
  it('admits a form with proof of work at once, and one without JavaScript after the minimum fill time', () => {
    expect(admissionBlockers({ honeypot: '', challengeIssuedAtMs: now - 500, proofBits: PROOF_OF_WORK_BITS, nowMs: now })).toEqual([]);
    expect(admissionBlockers({ honeypot: '', challengeIssuedAtMs: now - MIN_FILL_MS, proofBits: null, nowMs: now })).toEqual([]);
  });
  it('counts leading zero bits', () => {
    expect(leadingZeroBits(new Uint8Array([0, 0, 0x10, 0xff]))).toBe(19);
    expect(leadingZeroBits(new Uint8Array([0x80]))).toBe(0);
  });
});

describe('rate-limit windows', () => {
  it('are fixed windows; the limit-th use is the last allowed', () => {
    const rule = RATE_LIMITS['request.submit'];
    expect(windowStartMs(3_600_000 * 5 + 42, rule.windowSeconds)).toBe(3_600_000 * 5);
    expect(withinLimit(rule.limit, rule)).toBe(true);
    expect(withinLimit(rule.limit + 1, rule)).toBe(false);
  });
});
