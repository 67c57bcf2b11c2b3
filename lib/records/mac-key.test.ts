import { describe, expect, it } from 'vitest';
import { RecordMacKeyMissing, currentMacKey, macKeyring } from './mac-key';

const env = (vars: Record<string, string>) => vars as unknown as NodeJS.ProcessEnv;
const secret = 'a-record-mac-key-for-unit-tests-0123456789';

describe('record MAC key', () => {
  it('comes from RECORD_MAC_KEY with its id (default k1)', () => {
    expect(currentMacKey(env({ RECORD_MAC_KEY: secret }))).toEqual({ id: 'k1', secret });
    expect(currentMacKey(env({ RECORD_MAC_KEY: ` ${secret} `, RECORD_MAC_KEY_ID: 'k2' }))).toEqual({ id: 'k2', secret });
  });

  it('is required in production, and never shorter than 32 characters', () => {
    expect(() => currentMacKey(env({ NODE_ENV: 'production' }))).toThrow(RecordMacKeyMissing);
    expect(() => currentMacKey(env({ NODE_ENV: 'production' }))).toThrow(/RECORD_MAC_KEY is not set/);
    expect(() => currentMacKey(env({ RECORD_MAC_KEY: 'short' }))).toThrow(/shorter than 32/);
  });

  it('keeps retired keys for verifying older rows', () => {
    const keys = macKeyring(env({ RECORD_MAC_KEY: secret, RECORD_MAC_KEY_ID: 'k2', RECORD_MAC_PREVIOUS_KEYS: 'k1:old-secret-one, k0:old:secret' }));
    expect([...keys.entries()].sort()).toEqual([
      ['k0', 'old:secret'],
      ['k1', 'old-secret-one'],
      ['k2', secret],
    ]);
  });
});
