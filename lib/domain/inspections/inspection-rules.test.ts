import { describe, expect, it } from 'vitest';
import { hasValidEnforcementCertificate, inspectionBlockers, type CertificateFacts, type InspectorFacts } from './inspection-rules';

const cert = (over: Partial<CertificateFacts> = {}): CertificateFacts => ({
  number: 'ZF-0001',
  kind: 'ENFORCEMENT',
  platformRegistered: true,
  validFrom: '2020-01-01',
  validTo: '2025-12-31',
  examPassed: true,
  revokedOn: null,
  ...over,
});
const officer = (name: string, over: Partial<InspectorFacts> = {}): InspectorFacts => ({
  officerId: name,
  name,
  active: true,
  certificates: [cert()],
  conflicted: false,
  ...over,
});
const base = {
  kind: 'ROUTINE' as const,
  inspectedOn: '2021-05-10',
  today: '2021-06-01',
  entityActive: true,
  inspectors: [officer('张一'), officer('李二')],
  partnerDepartments: [] as string[],
};
const codes = (input: Parameters<typeof inspectionBlockers>[0]) => inspectionBlockers(input).map((b) => b.code);

describe('hasValidEnforcementCertificate', () => {
  it('holds from validFrom to validTo inclusive', () => {
    expect(hasValidEnforcementCertificate([cert()], '2020-01-01')).toBe(true);
    expect(hasValidEnforcementCertificate([cert()], '2025-12-31')).toBe(true);
    expect(hasValidEnforcementCertificate([cert()], '2026-01-01')).toBe(false);
    expect(hasValidEnforcementCertificate([cert()], '2019-12-31')).toBe(false);
  });

  it('needs an enforcement certificate, a passed exam, platform registration and no revocation on or before the day', () => {
    expect(hasValidEnforcementCertificate([cert({ platformRegistered: false })], '2021-05-10')).toBe(false);
    expect(hasValidEnforcementCertificate([cert({ kind: 'HEARING_HOST' })], '2021-05-10')).toBe(false);
    expect(hasValidEnforcementCertificate([cert({ examPassed: false })], '2021-05-10')).toBe(false);
    expect(hasValidEnforcementCertificate([cert({ revokedOn: '2021-05-10' })], '2021-05-10')).toBe(false);
    expect(hasValidEnforcementCertificate([cert({ revokedOn: '2021-05-11' })], '2021-05-10')).toBe(true);
    expect(hasValidEnforcementCertificate([cert({ validTo: '2020-12-31' }), cert({ validFrom: '2021-01-01' })], '2021-05-10')).toBe(true);
  });
});

describe('inspectionBlockers', () => {
  it('accepts two certified officers without conflicts', () => {
    expect(inspectionBlockers(base)).toEqual([]);
  });

  it('refuses one certified officer, citing art. 42', () => {
    const blockers = inspectionBlockers({ ...base, inspectors: [officer('张一')] });
    expect(blockers.map((b) => b.code)).toEqual(['TOO_FEW_INSPECTORS']);
    expect(blockers[0]?.citation).toBe('《行政处罚法》第四十二条');
    expect(blockers[0]?.message).toContain('两名以上');
  });

  it('names an officer whose certificate has expired by the inspection date', () => {
    const blockers = inspectionBlockers({
      ...base,
      inspectors: [officer('张一'), officer('王过期', { certificates: [cert({ validTo: '2021-05-09' })] })],
    });
    expect(blockers.map((b) => b.code)).toEqual(['INSPECTOR_NOT_CERTIFIED', 'TOO_FEW_INSPECTORS']);
    expect(blockers[0]?.message).toContain('王过期');
    expect(blockers[0]?.message).toContain('已于2021-05-09到期');
  });

  it('refuses an inactive officer even with a certificate', () => {
    expect(codes({ ...base, inspectors: [officer('张一'), officer('李二', { active: false })] })).toContain('INSPECTOR_NOT_CERTIFIED');
  });

  it('counts only certified officers: three with one uncertified still passes the count', () => {
    expect(codes({ ...base, inspectors: [officer('张一'), officer('李二'), officer('赵三', { certificates: [] })] })).toEqual(['INSPECTOR_NOT_CERTIFIED']);
  });

  it('refuses a conflicted inspector, citing recusal (art. 43)', () => {
    const blockers = inspectionBlockers({ ...base, inspectors: [officer('张一'), officer('李二', { conflicted: true })] });
    expect(blockers.map((b) => b.code)).toEqual(['INSPECTOR_CONFLICT']);
    expect(blockers[0]?.citation).toBe('《行政处罚法》第四十三条');
    expect(blockers[0]?.message).toContain('李二');
  });

  it('requires partner departments for a joint inspection, and only for one', () => {
    expect(codes({ ...base, kind: 'JOINT' })).toEqual(['JOINT_NEEDS_PARTNERS']);
    expect(codes({ ...base, kind: 'JOINT', partnerDepartments: ['消防', '市场监管'] })).toEqual([]);
    expect(codes({ ...base, kind: 'ROUTINE', partnerDepartments: ['消防'] })).toEqual(['PARTNERS_ONLY_FOR_JOINT']);
  });

  it('refuses a future date and an inactive entity', () => {
    expect(codes({ ...base, inspectedOn: '2021-06-02' })).toEqual(['INSPECTION_IN_FUTURE']);
    expect(codes({ ...base, entityActive: false })).toEqual(['ENTITY_INACTIVE']);
  });
});
