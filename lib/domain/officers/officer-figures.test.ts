import { describe, expect, it } from 'vitest';
import type { CertificateFacts } from './certificate-status';
import { officerFigures } from './officer-figures';

const cert = (overrides: Partial<CertificateFacts>): CertificateFacts => ({
  number: 'N',
  kind: 'ENFORCEMENT',
  validFrom: '2019-01-01',
  validTo: '2024-12-31',
  revokedOn: null,
  examPassed: true,
  platformRegistered: true,
  ...overrides,
});
const year2021 = { from: '2021-01-01', to: '2021-12-31' };

describe('officer figures for a period', () => {
  it('counts certified officers, hearing hosts and distinct people', () => {
    const figures = officerFigures(
      [
        { id: 'a', certificates: [cert({})], attendedTrainingsOn: ['2021-06-01'] },
        { id: 'b', certificates: [cert({ kind: 'HEARING_HOST' })], attendedTrainingsOn: [] },
        { id: 'c', certificates: [cert({}), cert({ kind: 'HEARING_HOST' })], attendedTrainingsOn: ['2020-06-01'] },
        { id: 'd', certificates: [], attendedTrainingsOn: [] },
      ],
      year2021,
    );
    expect(figures).toEqual({ certifiedOfficers: 2, hearingHosts: 2, people: 3, examPassed: 3, onPlatform: 3, trained: 1 });
  });

  it('leaves out certificates outside the period or revoked before it, and flags unregistered ones', () => {
    const figures = officerFigures(
      [
        { id: 'old', certificates: [cert({ validTo: '2020-12-31' })], attendedTrainingsOn: [] },
        { id: 'revoked', certificates: [cert({ revokedOn: '2020-05-01' })], attendedTrainingsOn: [] },
        { id: 'left-mid-year', certificates: [cert({ revokedOn: '2021-05-01' })], attendedTrainingsOn: [] },
        { id: 'unregistered', certificates: [cert({ platformRegistered: false })], attendedTrainingsOn: [] },
      ],
      year2021,
    );
    expect(figures).toMatchObject({ certifiedOfficers: 2, people: 2, onPlatform: 1 });
  });
});
