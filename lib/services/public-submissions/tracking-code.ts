import 'server-only';
import { randomBytes } from 'node:crypto';
import { hashTrackingCode, trackingCodeFromBytes } from '@/lib/domain/public-submissions/tracking-code';

// A new tracking code (100 random bits) and the hash stored in its place. The code itself is
// returned once to the submitter and never stored or logged.
export function newTrackingCode(): { code: string; hash: string } {
  const code = trackingCodeFromBytes(randomBytes(13));
  return { code, hash: hashTrackingCode(code) };
}
