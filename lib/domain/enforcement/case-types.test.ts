import { describe, expect, it } from 'vitest';
import {
  CaseOfficerRole as PrismaCaseOfficerRole,
  CaseProcedure as PrismaCaseProcedure,
  CaseType as PrismaCaseType,
  EvidenceKind as PrismaEvidenceKind,
  PartyKind as PrismaPartyKind,
} from '@/lib/generated/prisma/enums';
import { CASE_OFFICER_ROLES, CASE_PROCEDURES, CASE_TYPES, CASE_TYPE_NAMES, EVIDENCE_KINDS, PARTY_KINDS, isCaseProcedure, isCaseType, isPenaltyCase } from './case-types';

const sorted = (values: Iterable<string>) => [...values].sort();

describe('enforcement vocabulary', () => {
  it('lists exactly the values the database knows', () => {
    expect(sorted(CASE_TYPES)).toEqual(sorted(Object.values(PrismaCaseType)));
    expect(sorted(CASE_PROCEDURES)).toEqual(sorted(Object.values(PrismaCaseProcedure)));
    expect(sorted(PARTY_KINDS)).toEqual(sorted(Object.values(PrismaPartyKind)));
    expect(sorted(CASE_OFFICER_ROLES)).toEqual(sorted(Object.values(PrismaCaseOfficerRole)));
    expect(sorted(EVIDENCE_KINDS)).toEqual(sorted(Object.values(PrismaEvidenceKind)));
  });

  it('names every case type in Chinese', () => {
    for (const type of CASE_TYPES) expect(CASE_TYPE_NAMES[type]).toMatch(/\p{Script=Han}/u);
  });

  it('treats only PENALTY as a penalty case', () => {
    expect(CASE_TYPES.filter(isPenaltyCase)).toEqual(['PENALTY']);
    expect(isPenaltyCase('ASSISTANCE_HOUSEHOLD_SURVEY')).toBe(false);
    expect(isPenaltyCase('VAGRANT_RESCUE')).toBe(false);
  });

  it('guards strings', () => {
    expect(isCaseType('PENALTY')).toBe(true);
    expect(isCaseType('penalty')).toBe(false);
    expect(isCaseProcedure('SUMMARY')).toBe(true);
    expect(isCaseProcedure('FAST')).toBe(false);
  });
});
