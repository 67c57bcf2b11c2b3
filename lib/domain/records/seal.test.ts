import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../enforcement/hash-chain';
import { auditSealContent, checkSeal, recordMac, sealRecord } from './seal';

const key = { id: 'k2', secret: 'unit-test-record-mac-key-0123456789abcdef' };
const keys = new Map([[key.id, key.secret]]);
const content = { id: 7n, occurredAt: new Date('2026-12-05T01:02:03.004Z'), actorId: 'u1', action: 'case.advance', prevHash: 'a', hash: 'b' };

describe('record seal', () => {
  it('is HMAC-SHA256 over the table, U+001F and the canonical content with the key id', () => {
    const expected = createHmac('sha256', key.secret)
      .update(`AuditEvent\u001f${canonicalJson({ ...content, macKeyId: 'k2' })}`)
      .digest('hex');
    expect(sealRecord(key, 'AuditEvent', content)).toEqual({ mac: expected, macKeyId: 'k2' });
    expect(recordMac(key.secret, 'CaseStep', content)).not.toBe(recordMac(key.secret, 'AuditEvent', content));
  });

  it('verifies an untouched row and reports a missing, forged or unknown-key seal', () => {
    const seal = sealRecord(key, 'AuditEvent', content);
    expect(checkSeal(keys, 'AuditEvent', content, seal)).toBeNull();
    expect(checkSeal(keys, 'AuditEvent', { ...content, actorId: 'director' }, seal)).toBe('FORGED');
    expect(checkSeal(keys, 'AuditEvent', content, { ...seal, mac: 'ab' })).toBe('FORGED');
    expect(checkSeal(keys, 'AuditEvent', content, { mac: null, macKeyId: null })).toBe('UNSIGNED');
    expect(checkSeal(keys, 'AuditEvent', content, { ...seal, macKeyId: 'k1' })).toBe('UNKNOWN_KEY');
    // A seal made with another secret under the same id is a forgery.
    expect(checkSeal(keys, 'AuditEvent', content, sealRecord({ id: 'k2', secret: 'x'.repeat(40) }, 'AuditEvent', content))).toBe('FORGED');
  });

  it('covers every audit column and the chain link', () => {
    const row = { ...content, entityType: 'X', entityId: '1', before: null, after: { a: 1 }, mac: 'm', macKeyId: 'k' };
    expect(Object.keys(auditSealContent(row)).sort()).toEqual(['action', 'actorId', 'after', 'before', 'entityId', 'entityType', 'hash', 'id', 'occurredAt', 'prevHash']);
  });
});
