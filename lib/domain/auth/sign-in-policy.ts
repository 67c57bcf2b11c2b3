// Sessions and sign-in throttling (ADR 0018). Pure rules: the counts come from the SignInAttempt log.

// A session lasts a working day from sign-in, whatever the activity (absolute, not sliding).
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

// An address from which the account signed in successfully this recently is "known" for it.
export const KNOWN_ADDRESS_DAYS = 30;
// Attempts are kept this long (the known-address lookback), then pruned.
export const ATTEMPT_RETENTION_DAYS = KNOWN_ADDRESS_DAYS;
// The address-wide and account-wide limits are this many times the per-(account, address) limit.
export const WIDE_LIMIT_FACTOR = 4;

export type ThrottleCounts = {
  // Failures for this account from this address in the window, since its last success from there.
  pairFailures: number;
  // Failures from this address, any account, in the window.
  addressFailures: number;
  // Failures for this account, any address, in the window.
  accountFailures: number;
  // The account signed in successfully from this address within KNOWN_ADDRESS_DAYS.
  knownAddress: boolean;
};

// Whether an attempt is refused before its password counts. A stranger elsewhere can never lock a
// user out of an address they have signed in from: the address-wide and account-wide limits do not
// apply there, only the limit on that very (account, address) pair.
export function throttleRefuses(counts: ThrottleCounts, maxFailures: number): boolean {
  if (counts.pairFailures >= maxFailures) return true;
  if (counts.knownAddress) return false;
  const wide = maxFailures * WIDE_LIMIT_FACTOR;
  return counts.addressFailures >= wide || counts.accountFailures >= wide;
}

// The client address: the entry of X-Forwarded-For written by the nearest trusted proxy. With
// `trustedProxyHops` = 0 there is no proxy and the value is what Next.js records for the socket
// (it fills the header only when the client sent none — see ADR 0018 for why production sets 1).
export function clientAddress(forwardedFor: string | null, trustedProxyHops: number): string {
  const entries = (forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const index = entries.length - Math.max(trustedProxyHops, 1);
  const address = (index >= 0 ? entries[index] : entries[0]) ?? 'unknown';
  return address.replace(/^::ffff:/, '').slice(0, 64);
}
