import { describe, expect, it } from 'vitest';
import { DIRECTOR_CONTEXT, HOST, TWO_OFFICERS, context, officer, penaltyCase, readyToDecide } from './case.fixture';
import type { CaseFacts, HearingFact } from './case-facts';
import { canAdvance } from './workflow';

const codes = (blockers: readonly { code: string }[]) => blockers.map((b) => b.code);
const director = (today: string) => context({ actorRoles: ['DIRECTOR'], today });

describe('the rights notice (arts. 44, 62)', () => {
  it('needs an intended penalty before the notice is sent', () => {
    const c = penaltyCase({ state: 'INVESTIGATION' });
    const blockers = canAdvance(c, 'RIGHTS_NOTICE', context());
    expect(blockers).toEqual([{ code: 'enf.notice.noIntendedPenalty', message: '告知前须先确定拟作出的行政处罚', citation: '《中华人民共和国行政处罚法》第四十四条' }]);
  });

  it('refuses a decision without the rights notice, citing arts. 44 and 62', () => {
    const [blocker] = canAdvance(readyToDecide({ rightsNotice: null }), 'DECISION', DIRECTOR_CONTEXT);
    expect(blocker?.code).toBe('enf.notice.missing');
    expect(blocker?.citation).toBe('《中华人民共和国行政处罚法》第四十四条、第六十二条');
  });

  it('refuses to leave the notice when it fails to offer a hearing the penalty carries (art. 63)', () => {
    const c = penaltyCase({
      state: 'RIGHTS_NOTICE',
      intendedPenalty: { kinds: ['FINE'], fineAmount: 10_000 },
      rightsNotice: { servedOn: '2024-07-15', hearingRightStated: false },
    });
    expect(codes(canAdvance(c, 'STATEMENT_OR_HEARING', context()))).toEqual(['enf.hearing.notOffered']);
    const stated = { ...c, rightsNotice: { servedOn: '2024-07-15', hearingRightStated: true } };
    expect(canAdvance(stated, 'STATEMENT_OR_HEARING', context())).toEqual([]);
  });

  it('also guards a ban decision, which the Penalty Law governs', () => {
    const ban = penaltyCase({ type: 'ILLEGAL_SOCIAL_ORG_BAN', state: 'STATEMENT_OR_HEARING' });
    expect(codes(canAdvance(ban, 'BAN_DECISION', DIRECTOR_CONTEXT))).toEqual(['enf.notice.missing']);
    expect(canAdvance(ban, 'BAN_DECISION', context())[0]).toEqual({ code: 'enf.actor.role', message: '“作出取缔决定”须由局长（行政机关负责人）办理' });
  });
});

describe('the hearing before the decision (arts. 63–65)', () => {
  // ¥20,000 for a person carries a hearing; notice served Mon 2024-09-23, so the request window
  // ends on the make-up working Sunday 2024-09-29.
  const heavy = (hearing: HearingFact | null, extra: Partial<CaseFacts> = {}) =>
    readyToDecide({
      intendedPenalty: { kinds: ['FINE'], fineAmount: 20_000 },
      rightsNotice: { servedOn: '2024-09-23', hearingRightStated: true },
      officers: [...TWO_OFFICERS, HOST],
      hearing,
      ...extra,
    });
  const held: HearingFact = { requestedOn: '2024-09-25', noticeSentOn: '2024-09-27', heldOn: '2024-10-12', hostOfficerId: 'h1' };

  it('waits for the request window to close', () => {
    const [blocker] = canAdvance(heavy(null), 'DECISION', director('2024-09-29'));
    expect(blocker).toEqual({
      code: 'enf.hearing.windowOpen',
      message: '当事人申请听证的期限至2024-09-29届满，期满前不得作出决定',
      citation: '《中华人民共和国行政处罚法》第六十四条',
    });
    expect(canAdvance(heavy(null), 'DECISION', director('2024-09-30'))).toEqual([]);
    expect(canAdvance(heavy({ waived: true }), 'DECISION', director('2024-09-24'))).toEqual([]);
  });

  it('keeps a major case from going to legal review before the hearing is settled', () => {
    const major = heavy({ requestedOn: '2024-09-25' }, { isMajor: true });
    expect(codes(canAdvance(major, 'LEGAL_REVIEW', context({ today: '2024-10-08' })))).toEqual(['enf.hearing.notHeld']);
    expect(canAdvance({ ...major, hearing: held }, 'LEGAL_REVIEW', context({ today: '2024-10-14' }))).toEqual([]);
    // Going back to investigate, or deciding not to penalise, does not wait for the hearing.
    expect(canAdvance(major, 'INVESTIGATION', context({ today: '2024-10-08' }))).toEqual([]);
  });

  it('needs the hearing held once it was requested in time', () => {
    expect(codes(canAdvance(heavy({ requestedOn: '2024-09-29' }), 'DECISION', director('2024-10-30')))).toEqual(['enf.hearing.notHeld']);
  });

  it('ignores a request made after the window', () => {
    expect(canAdvance(heavy({ requestedOn: '2024-09-30' }), 'DECISION', director('2024-10-30'))).toEqual([]);
  });

  it('accepts a hearing noticed 7 working days ahead and hosted by a hearing host', () => {
    expect(canAdvance(heavy(held), 'DECISION', director('2024-10-30'))).toEqual([]);
  });

  it('refuses a hearing noticed too late, naming the earliest lawful day', () => {
    const [blocker] = canAdvance(heavy({ ...held, heldOn: '2024-10-11' }), 'DECISION', director('2024-10-30'));
    expect(blocker?.code).toBe('enf.hearing.noticeTooShort');
    expect(blocker?.message).toContain('最早可于2024-10-12举行');
  });

  it('refuses a host who investigated the case', () => {
    const officers = [...TWO_OFFICERS, officer({ officerId: 'o1', name: '王强', role: 'HEARING_HOST', holdsHearingHostRole: true })];
    const blockers = canAdvance(heavy({ ...held, hostOfficerId: 'o1' }, { officers }), 'DECISION', director('2024-10-30'));
    expect(blockers).toEqual([{ code: 'enf.hearing.hostIsInvestigator', message: '听证主持人不得由本案调查人员担任', citation: '《中华人民共和国行政处罚法》第六十四条' }]);
  });

  it('refuses a host without the HEARING_HOST role or a valid host certificate', () => {
    const unqualified = [...TWO_OFFICERS, { ...HOST, holdsHearingHostRole: false }];
    expect(codes(canAdvance(heavy(held, { officers: unqualified }), 'DECISION', director('2024-10-30')))).toEqual(['enf.hearing.hostNotQualified']);
    const expired = [...TWO_OFFICERS, { ...HOST, certificateValid: false }];
    expect(codes(canAdvance(heavy(held, { officers: expired }), 'DECISION', director('2024-10-30')))).toEqual(['enf.hearing.hostNotQualified']);
  });

  it('needs a host and a hearing notice for a hearing that took place', () => {
    const blockers = canAdvance(heavy({ requestedOn: '2024-09-25', heldOn: '2024-10-12' }), 'DECISION', director('2024-10-30'));
    expect(codes(blockers)).toEqual(['enf.hearing.noNotice', 'enf.hearing.noHost']);
  });
});

describe('major and complex cases (arts. 57, 58)', () => {
  const major = (extra: Partial<CaseFacts>) => readyToDecide({ state: 'COLLECTIVE_DECISION', isMajor: true, ...extra });

  it('refuses a major decision without an approved legal review', () => {
    const blockers = canAdvance(major({ collectiveDecision: { heldOn: '2024-07-30' } }), 'DECISION', DIRECTOR_CONTEXT);
    expect(blockers).toEqual([{ code: 'enf.review.notApproved', message: '重大执法决定须经法制审核通过后方可作出', citation: '《中华人民共和国行政处罚法》第五十八条' }]);
  });

  it('explains a returned, pending or referred review', () => {
    const message = (status: 'RETURNED' | 'PENDING' | 'REFERRED') =>
      canAdvance(major({ legalReview: { status }, collectiveDecision: { heldOn: '2024-07-30' } }), 'DECISION', DIRECTOR_CONTEXT)[0]?.message;
    expect(message('RETURNED')).toContain('退回修改');
    expect(message('PENDING')).toBe('法制审核尚未办结');
    expect(message('REFERRED')).toContain('移送');
  });

  it('refuses a major decision without a recorded collective decision', () => {
    const blockers = canAdvance(major({ legalReview: { status: 'APPROVED' } }), 'DECISION', DIRECTOR_CONTEXT);
    expect(blockers).toEqual([
      {
        code: 'enf.collective.missing',
        message: '情节复杂或者重大违法行为给予行政处罚，须经行政机关负责人集体讨论决定',
        citation: '《中华人民共和国行政处罚法》第五十七条第二款',
      },
    ]);
    const complete = major({ legalReview: { status: 'APPROVED' }, collectiveDecision: { heldOn: '2024-07-30' } });
    expect(canAdvance(complete, 'DECISION', DIRECTOR_CONTEXT)).toEqual([]);
  });

  it('does not open the collective decision before the review is approved', () => {
    const reviewing = readyToDecide({ state: 'LEGAL_REVIEW', isMajor: true, legalReview: { status: 'PENDING' } });
    expect(codes(canAdvance(reviewing, 'COLLECTIVE_DECISION', DIRECTOR_CONTEXT))).toEqual(['enf.review.notApproved']);
    expect(canAdvance({ ...reviewing, legalReview: { status: 'APPROVED' } }, 'COLLECTIVE_DECISION', DIRECTOR_CONTEXT)).toEqual([]);
  });

  it('needs a collective decision but no review for a complex case that is not major', () => {
    const complex = readyToDecide({ state: 'COLLECTIVE_DECISION', isComplex: true });
    expect(codes(canAdvance(complex, 'DECISION', DIRECTOR_CONTEXT))).toEqual(['enf.collective.missing']);
  });
});

describe('no penalty (arts. 33, 57)', () => {
  it('needs a stated reason and the head', () => {
    const c = penaltyCase({ state: 'INVESTIGATION' });
    expect(codes(canAdvance(c, 'NO_PENALTY', DIRECTOR_CONTEXT))).toEqual(['enf.noPenalty.reason']);
    expect(canAdvance({ ...c, noPenaltyReason: '违法行为轻微并及时改正' }, 'NO_PENALTY', DIRECTOR_CONTEXT)).toEqual([]);
    expect(codes(canAdvance({ ...c, noPenaltyReason: '轻微' }, 'NO_PENALTY', context()))).toEqual(['enf.actor.role']);
  });

  it('closes only once the education of the party is recorded', () => {
    const c = penaltyCase({ state: 'NO_PENALTY', noPenaltyReason: '轻微' });
    const [blocker] = canAdvance(c, 'CLOSED', context());
    expect(blocker?.citation).toBe('《中华人民共和国行政处罚法》第三十三条第三款');
    expect(canAdvance({ ...c, educationRecorded: true }, 'CLOSED', context())).toEqual([]);
  });
});

describe('the summary procedure (art. 51)', () => {
  const spot = (extra: Partial<CaseFacts>) => penaltyCase({ procedure: 'SUMMARY', state: 'ON_SPOT_STATEMENT', factsConclusive: true, ...extra });

  it('allows a warning or a fine within the limit', () => {
    expect(canAdvance(spot({ intendedPenalty: { kinds: ['FINE'], fineAmount: 200 } }), 'ON_SPOT_DECISION', context())).toEqual([]);
    expect(canAdvance(spot({ intendedPenalty: { kinds: ['WARNING'] } }), 'ON_SPOT_DECISION', context())).toEqual([]);
    const organisation = spot({ parties: [{ kind: 'ORGANISATION' }], intendedPenalty: { kinds: ['FINE'], fineAmount: 3000 } });
    expect(canAdvance(organisation, 'ON_SPOT_DECISION', context())).toEqual([]);
  });

  it('refuses a larger fine, another kind of penalty, or facts not conclusive', () => {
    const high = canAdvance(spot({ intendedPenalty: { kinds: ['FINE'], fineAmount: 201 } }), 'ON_SPOT_DECISION', context());
    expect(high).toEqual([
      {
        code: 'enf.summary.fineTooHigh',
        message: '当场处罚对公民罚款不得超过200元，拟罚款201元，应适用普通程序',
        citation: '《中华人民共和国行政处罚法》第五十一条',
      },
    ]);
    const revoke = spot({ intendedPenalty: { kinds: ['REVOKE_LICENCE'] }, factsConclusive: false });
    expect(codes(canAdvance(revoke, 'ON_SPOT_DECISION', context()))).toEqual(['enf.summary.factsNotConclusive', 'enf.summary.kind']);
  });
});
