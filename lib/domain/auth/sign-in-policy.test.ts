import { describe, expect, it } from 'vitest';
import { clientAddress, throttleRefuses } from './sign-in-policy';

const none = { pairFailures: 0, addressFailures: 0, accountFailures: 0, knownAddress: false };

describe('sign-in throttle', () => {
  it('holds back a pair at the limit, even from a known address', () => {
    expect(throttleRefuses({ ...none, pairFailures: 4 }, 5)).toBe(false);
    expect(throttleRefuses({ ...none, pairFailures: 5, knownAddress: true }, 5)).toBe(true);
  });

  it('applies the address- and account-wide limits only where the account has not signed in before', () => {
    expect(throttleRefuses({ ...none, accountFailures: 20 }, 5)).toBe(true);
    expect(throttleRefuses({ ...none, addressFailures: 20 }, 5)).toBe(true);
    expect(throttleRefuses({ ...none, accountFailures: 19, addressFailures: 19 }, 5)).toBe(false);
    expect(throttleRefuses({ ...none, accountFailures: 500, addressFailures: 500, knownAddress: true }, 5)).toBe(false);
  });
});

describe('client address', () => {
  it('takes the entry written by the nearest trusted proxy', () => {
    expect(clientAddress('6.6.6.6, 203.0.113.9', 1)).toBe('203.0.113.9');
    expect(clientAddress('6.6.6.6, 203.0.113.9, 10.0.0.2', 2)).toBe('203.0.113.9');
    expect(clientAddress('::ffff:127.0.0.1', 0)).toBe('127.0.0.1');
    expect(clientAddress(null, 1)).toBe('unknown');
  });
});
