import { describe, expect, it } from 'vitest';
import { assignabilityBlockers, certificateStatus, expiringWithin, isAssignable, type CertificateFacts } from './certificate-status';

const cert = (overrides: Partial<CertificateFacts> = {}): CertificateFacts => ({
  number: 'A001',
  kind: 'ENFORCEMENT',
  validFrom: '2021-01-01',
  validTo: '2021-12-31',
  revokedOn: null,
  examPassed: true,
  platformRegistered: true,
  ...overrides,
});

describe('certificate status on a date', () => {
  it('is valid from the first to the last day inclusive, expired the day after, not yet valid before', () => {
    expect(certificateStatus(cert(), '2021-01-01')).toBe('VALID');
    expect(certificateStatus(cert(), '2021-12-31')).toBe('VALID');
    expect(certificateStatus(cert(), '2022-01-01')).toBe('EXPIRED');
    expect(certificateStatus(cert(), '2020-12-31')).toBe('NOT_YET_VALID');
  });

  it('counts a revocation from its day on, without rewriting earlier days', () => {
    const revoked = cert({ revokedOn: '2021-06-15' });
    expect(certificateStatus(revoked, '2021-06-14')).toBe('VALID');
    expect(certificateStatus(revoked, '2021-06-15')).toBe('REVOKED');
    expect(certificateStatus(revoked, '2022-03-01')).toBe('REVOKED');
  });
});

describe('assignability', () => {
  it('an expired certificate removes the officer at once, naming the date and the statute', () => {
    expect(isAssignable([cert()], '2021-12-31')).toBe(true);
    const blockers = assignabilityBlockers([cert()], '2022-01-01');
    expect(blockers).toEqual([{ code: 'CERTIFICATE_EXPIRED', message: '执法证A001已于2021-12-31到期', citation: '《行政处罚法》第四十二条' }]);
  });

  it('requires the exam and platform registration', () => {
    expect(assignabilityBlockers([cert({ examPassed: false, platformRegistered: false })], '2021-05-01').map((b) => b.code)).toEqual([
      'EXAM_NOT_PASSED',
      'PLATFORM_NOT_REGISTERED',
    ]);
  });

  it('is assignable when any one certificate of the kind qualifies', () => {
    const old = cert({ number: 'OLD', validTo: '2020-12-31', validFrom: '2018-01-01' });
    expect(isAssignable([old, cert()], '2021-03-01')).toBe(true);
  });

  it('checks the requested kind: an enforcement certificate does not make a hearing host', () => {
    expect(isAssignable([cert()], '2021-03-01', 'HEARING_HOST')).toBe(false);
    expect(assignabilityBlockers([cert()], '2021-03-01', 'HEARING_HOST')[0]?.message).toBe('未持有听证主持人证');
    expect(isAssignable([cert({ kind: 'HEARING_HOST' })], '2021-03-01', 'HEARING_HOST')).toBe(true);
  });

  it('refuses revoked and not-yet-valid certificates', () => {
    expect(assignabilityBlockers([cert({ revokedOn: '2021-02-01' })], '2021-02-01')[0]?.code).toBe('CERTIFICATE_REVOKED');
    expect(assignabilityBlockers([cert({ validFrom: '2021-06-01' })], '2021-02-01')[0]?.code).toBe('CERTIFICATE_NOT_YET_VALID');
  });
});

describe('expiring certificates', () => {
  const soon = cert({ number: 'SOON', validTo: '2021-03-01' });
  const later = cert({ number: 'LATER', validTo: '2021-12-31' });
  const edge = cert({ number: 'EDGE', validTo: '2021-03-02' });
  it('lists valid certificates lapsing within N days, soonest first, with days left', () => {
    const list = expiringWithin([later, edge, soon], '2021-01-01', 60);
    expect(list.map((item) => [item.certificate.number, item.daysLeft])).toEqual([
      ['SOON', 59],
      ['EDGE', 60],
    ]);
  });
  it('leaves out certificates already expired or revoked', () => {
    expect(expiringWithin([soon, cert({ number: 'R', validTo: '2021-01-10', revokedOn: '2020-12-01' })], '2021-03-05', 60)).toEqual([]);
  });
});
