import { describe, expect, it } from 'vitest';
import { officer } from './case.fixture';
import { isCertificateValid, officerBlockers, recusalBlockers } from './officer-rules';

const certificate = { validFrom: '2021-01-01', validTo: '2025-12-31', examPassed: true, platformRegistered: true };

describe('isCertificateValid', () => {
  it('is valid between its dates, both inclusive', () => {
    expect(isCertificateValid(certificate, '2021-01-01')).toBe(true);
    expect(isCertificateValid(certificate, '2025-12-31')).toBe(true);
    expect(isCertificateValid(certificate, '2020-12-31')).toBe(false);
    expect(isCertificateValid(certificate, '2026-01-01')).toBe(false);
  });

  it('is invalid from the day it is revoked', () => {
    expect(isCertificateValid({ ...certificate, revokedOn: '2024-05-01' }, '2024-04-30')).toBe(true);
    expect(isCertificateValid({ ...certificate, revokedOn: '2024-05-01' }, '2024-05-01')).toBe(false);
  });

  it('needs the exam passed and the platform registration', () => {
    expect(isCertificateValid({ ...certificate, examPassed: false }, '2024-01-01')).toBe(false);
    expect(isCertificateValid({ ...certificate, platformRegistered: false }, '2024-01-01')).toBe(false);
  });
});

describe('officerBlockers', () => {
  const rule = { minOfficers: 2, certified: true, citation: '《中华人民共和国行政处罚法》第四十二条' };

  it('passes with two valid investigators and without a rule', () => {
    expect(officerBlockers([officer({ officerId: 'a' }), officer({ officerId: 'b' })], rule)).toEqual([]);
    expect(officerBlockers([], null)).toEqual([]);
  });

  it('honours a stricter bureau rule', () => {
    const blockers = officerBlockers([officer({ officerId: 'a' }), officer({ officerId: 'b' })], { ...rule, minOfficers: 3 });
    expect(blockers[0]?.message).toBe('本案须有3名以上持有效执法证件的执法人员，目前只有2名');
  });
});

describe('recusalBlockers', () => {
  it('names each pending officer once, and may cite nothing', () => {
    const pending = officer({ officerId: 'a', name: '周杰', recusalDeclared: false });
    const twice = [pending, { ...pending, role: 'HEARING_HOST' as const }];
    expect(recusalBlockers(twice, null)).toEqual([{ code: 'enf.officers.recusalPending', message: '周杰尚未作出回避声明' }]);
    expect(recusalBlockers([officer({ officerId: 'b' })])).toEqual([]);
    expect(recusalBlockers([pending])[0]?.citation).toBe('《中华人民共和国行政处罚法》第四十三条');
  });
});
