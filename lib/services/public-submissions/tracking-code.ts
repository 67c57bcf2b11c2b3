import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { normaliseTrackingCode, trackingCodeFromBytes } from '@/lib/domain/public-submissions/tracking-code';

// A new tracking code (100 random bits) and the hash stored in its place. The code itself is
// returned once to the submitter and never stored or logged.
export function newTrackingCode(): { code: string; hash: string } {
  const code = trackingCodeFromBytes(randomBytes(13));
  return { code, hash: hashTrackingCode(code) };
}

export function hashTrackingCode(code: string): string {
  return createHash('sha256').update(`tracking-code:${code}`).digest('hex');
}

/** The hash to look a typed code up by, or null when what was typed cannot be a code. */
export function lookupHash(typed: string): string | null {
  const code = normaliseTrackingCode(typed);
  return code === null ? null : hashTrackingCode(code);
}
