import { createHash } from 'node:crypto';
// Tracking codes (查询码) handed to a person who submits something on the public site. The code is
// the only key to the submission: 20 characters of Crockford base32 = 100 random bits, shown once
// and stored only as a hash. Letters that look alike (I L O U) are not used; a person may type the
// code in lower case, with spaces or hyphens, and O/I/L are read as 0/1/1.
export const TRACKING_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const TRACKING_CODE_LENGTH = 20;

/** Encodes random bytes (at least 13) as a tracking code: 5 bits per character. */
export function trackingCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length * 8 < TRACKING_CODE_LENGTH * 5) throw new RangeError('not enough random bytes for a tracking code');
  let bits = 0;
  let value = 0;
  let code = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && code.length < TRACKING_CODE_LENGTH) {
      code += TRACKING_CODE_ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return code;
}

/** The canonical form of what a person typed, or null when it cannot be a tracking code. */
export function normaliseTrackingCode(input: string): string | null {
  const code = input
    .toUpperCase()
    .replace(/[\s\-－—_]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (code.length !== TRACKING_CODE_LENGTH) return null;
  for (const char of code) if (!TRACKING_CODE_ALPHABET.includes(char)) return null;
  return code;
}

/** For display: groups of four (ABCD-EFGH-…), easier to copy by hand. */
export function formatTrackingCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/** The hash stored in place of a tracking code (the code itself is never stored or logged). */
export function hashTrackingCode(code: string): string {
  return createHash('sha256').update(`tracking-code:${code}`).digest('hex');
}

/** The hash to look a typed code up by, or null when what was typed cannot be a code. */
export function lookupHash(typed: string): string | null {
  const code = normaliseTrackingCode(typed);
  return code === null ? null : hashTrackingCode(code);
}
