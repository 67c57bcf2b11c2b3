// Test fixture: a general-procedure penalty case that satisfies every rule at its current step, and
// a context on the State Council notice calendar. Tests change one fact at a time.
import { NOTICE_CALENDAR } from '@/lib/domain/calendar/state-council-notices.fixture';
import type { AdvanceContext, CaseFacts, CaseOfficerFact } from './case-facts';
import { DEFAULT_ENFORCEMENT_SETTINGS } from './settings';

export const calendar = NOTICE_CALENDAR;
export const settings = DEFAULT_ENFORCEMENT_SETTINGS;

export function officer(overrides: Partial<CaseOfficerFact> & Pick<CaseOfficerFact, 'officerId'>): CaseOfficerFact {
  return { name: `执法人员${overrides.officerId}`, role: 'INVESTIGATOR', certificateValid: true, recusalDeclared: true, ...overrides };
}

export const TWO_OFFICERS: readonly CaseOfficerFact[] = [officer({ officerId: 'o1', name: '王强', userId: 'u1' }), officer({ officerId: 'o2', name: '李明', userId: 'u2' })];

export const HOST = officer({ officerId: 'h1', name: '赵敏', role: 'HEARING_HOST', holdsHearingHostRole: true, userId: 'uh' });

export function penaltyCase(overrides: Partial<CaseFacts> = {}): CaseFacts {
  return {
    type: 'PENALTY',
    procedure: 'GENERAL',
    state: 'FILED',
    filedOn: '2024-07-03',
    isMajor: false,
    isComplex: false,
    parties: [{ kind: 'PERSON' }],
    officers: TWO_OFFICERS,
    ...overrides,
  };
}

export function context(overrides: Partial<AdvanceContext> = {}): AdvanceContext {
  return {
    actorRoles: ['OFFICER'],
    // The account of 王强, an officer on the fixture case.
    actorUserId: 'u1',
    today: '2024-08-01',
    calendar,
    settings,
    currentStepRecordings: [{ kind: 'VIDEO' }],
    ...overrides,
  };
}

/** A case at STATEMENT_OR_HEARING with the rights notice served long ago and a small fine. */
export function readyToDecide(overrides: Partial<CaseFacts> = {}): CaseFacts {
  return penaltyCase({
    state: 'STATEMENT_OR_HEARING',
    intendedPenalty: { kinds: ['FINE'], fineAmount: 2000 },
    rightsNotice: { servedOn: '2024-07-15', hearingRightStated: false },
    ...overrides,
  });
}

export const DIRECTOR_CONTEXT = context({ actorRoles: ['DIRECTOR'], actorUserId: 'director' });
