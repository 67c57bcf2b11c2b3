import { describe, expect, it } from 'vitest';
import { HOST, TWO_OFFICERS, context, penaltyCase } from './case.fixture';
import { caseActorBlockers, caseCapacities, seesCasePersonalData } from './case-actor';
import { canAdvance } from './workflow';

const codes = (blockers: { code: string }[]) => blockers.map((b) => b.code);
const withHost = penaltyCase({ officers: [...TWO_OFFICERS, HOST], hearing: { hostOfficerId: HOST.officerId } });

describe('caseActorBlockers: the role must be held on this case', () => {
  it('lets the officers on the case record its officer steps, and nobody else with the role (art. 42)', () => {
    expect(caseActorBlockers(withHost, { userId: 'u1', roles: ['OFFICER'] }, ['OFFICER'])).toEqual([]);
    const other = caseActorBlockers(withHost, { userId: 'stranger', roles: ['OFFICER'] }, ['OFFICER']);
    expect(codes(other)).toEqual(['enf.actor.notOnCase']);
    expect(other[0]!.message).toContain('您不是本案承办的执法人员');
    expect(other[0]!.citation).toBe('《中华人民共和国行政处罚法》第四十二条');
  });

  it("keeps the head to the head's steps, even when the head also holds the officer role", () => {
    expect(caseActorBlockers(withHost, { userId: 'director', roles: ['DIRECTOR'] }, ['DIRECTOR'])).toEqual([]);
    expect(codes(caseActorBlockers(withHost, { userId: 'director', roles: ['DIRECTOR', 'OFFICER'] }, ['OFFICER']))).toEqual(['enf.actor.notOnCase']);
  });

  it('lets only the appointed host act as hearing host (art. 64)', () => {
    expect(caseActorBlockers(withHost, { userId: 'uh', roles: ['HEARING_HOST'] }, ['HEARING_HOST'])).toEqual([]);
    expect(codes(caseActorBlockers(withHost, { userId: 'other-host', roles: ['HEARING_HOST'] }, ['HEARING_HOST']))).toEqual(['enf.actor.notOnCase']);
    // A host who was assigned but is no longer the appointed one (a fresh notice cleared it).
    expect(caseCapacities({ ...withHost, hearing: { hostOfficerId: null } }, { userId: 'uh', roles: ['HEARING_HOST'] })).toEqual([]);
  });

  it('counts a legal reviewer on the case while its review is open or after deciding it', () => {
    const reviewer = { userId: 'r1', roles: ['LEGAL_REVIEWER'] as const };
    expect(seesCasePersonalData(withHost, reviewer)).toBe(false);
    expect(seesCasePersonalData({ ...withHost, legalReviewers: { open: true, userIds: [] } }, reviewer)).toBe(true);
    expect(seesCasePersonalData({ ...withHost, legalReviewers: { open: false, userIds: ['r1'] } }, reviewer)).toBe(true);
    expect(caseActorBlockers({ ...withHost, legalReviewers: { open: true, userIds: [] } }, reviewer, ['OFFICER'])).not.toEqual([]);
  });

  it('is part of canAdvance: an officer not on the case cannot record the next step', () => {
    const blockers = canAdvance(penaltyCase(), 'INVESTIGATION', context({ actorUserId: 'stranger' }));
    expect(codes(blockers)).toEqual(['enf.actor.notOnCase']);
    expect(canAdvance(penaltyCase(), 'INVESTIGATION', context({ actorUserId: 'u2' }))).toEqual([]);
  });
});
