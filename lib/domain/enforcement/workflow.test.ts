import { describe, expect, it } from 'vitest';
import { DIRECTOR_CONTEXT, HOST, TWO_OFFICERS, context, officer, penaltyCase, readyToDecide, settings } from './case.fixture';
import { canAdvance, filingBlockers } from './workflow';

const codes = (blockers: readonly { code: string }[]) => blockers.map((b) => b.code);

describe('canAdvance: the transition itself', () => {
  it('allows the next step when every rule holds', () => {
    expect(canAdvance(penaltyCase(), 'INVESTIGATION', context())).toEqual([]);
  });

  it('refuses a step that does not follow, naming both steps', () => {
    const blockers = canAdvance(penaltyCase(), 'DECISION', DIRECTOR_CONTEXT);
    expect(blockers).toEqual([{ code: 'enf.transition.notAllowed', message: '当前环节为“立案”，不能进入“决定”' }]);
  });

  it('refuses skipping legal review on a major case', () => {
    const blockers = canAdvance(readyToDecide({ isMajor: true }), 'DECISION', DIRECTOR_CONTEXT);
    expect(codes(blockers)).toEqual(['enf.transition.notAllowed']);
  });

  it('reports a state outside the template', () => {
    expect(codes(canAdvance(penaltyCase({ state: 'HOME_VISIT' }), 'INVESTIGATION', context()))).toEqual(['enf.state.unknown']);
  });
});

describe('canAdvance: officers on the case (arts. 42, 43)', () => {
  it('refuses with one officer, citing art. 42', () => {
    const [blocker, ...rest] = canAdvance(penaltyCase({ officers: [TWO_OFFICERS[0]!] }), 'INVESTIGATION', context());
    expect(rest).toEqual([]);
    expect(blocker).toEqual({
      code: 'enf.officers.tooFew',
      message: '本案须有2名以上持有效执法证件的执法人员，目前只有1名',
      citation: '《中华人民共和国行政处罚法》第四十二条',
    });
  });

  it('does not count an officer whose certificate expired, and names them', () => {
    const officers = [TWO_OFFICERS[0]!, officer({ officerId: 'o2', name: '李明', certificateValid: false })];
    const blockers = canAdvance(penaltyCase({ officers }), 'INVESTIGATION', context());
    expect(blockers[0]?.message).toBe('本案须有2名以上持有效执法证件的执法人员，目前只有1名；李明的执法证件无效或已过期');
  });

  it('does not count the hearing host, nor the same officer twice', () => {
    const officers = [TWO_OFFICERS[0]!, { ...TWO_OFFICERS[0]! }, HOST];
    expect(codes(canAdvance(penaltyCase({ officers }), 'INVESTIGATION', context()))).toEqual(['enf.officers.tooFew']);
  });

  it('checks the officers at every step, also late in the case', () => {
    const c = penaltyCase({ state: 'SERVICE', officers: [TWO_OFFICERS[0]!] });
    expect(codes(canAdvance(c, 'EXECUTION', context()))).toEqual(['enf.officers.tooFew']);
  });

  it('refuses until every assigned officer, the host included, has declared on recusal (art. 43)', () => {
    const officers = [...TWO_OFFICERS, { ...HOST, recusalDeclared: false }];
    const blockers = canAdvance(penaltyCase({ officers }), 'INVESTIGATION', context());
    expect(blockers).toEqual([{ code: 'enf.officers.recusalPending', message: '赵敏尚未作出回避声明', citation: '《中华人民共和国行政处罚法》第四十三条' }]);
  });

  it('applies the household survey rule: two staff, no certificate needed, no statute cited', () => {
    const survey = penaltyCase({ type: 'ASSISTANCE_HOUSEHOLD_SURVEY', state: 'APPLICATION_RECEIVED' });
    const uncertified = TWO_OFFICERS.map((o) => ({ ...o, certificateValid: false }));
    expect(canAdvance({ ...survey, officers: uncertified }, 'HOME_VISIT', context())).toEqual([]);
    const [blocker] = canAdvance({ ...survey, officers: [uncertified[0]!] }, 'HOME_VISIT', context());
    expect(blocker).toEqual({ code: 'enf.officers.tooFew', message: '本案须有2名以上工作人员，目前只有1名' });
  });

  it('asks survey staff for recusal too, without citing the Penalty Law', () => {
    const survey = penaltyCase({ type: 'ASSISTANCE_HOUSEHOLD_SURVEY', state: 'APPLICATION_RECEIVED' });
    const officers = [TWO_OFFICERS[0]!, { ...TWO_OFFICERS[1]!, recusalDeclared: false }];
    expect(canAdvance({ ...survey, officers }, 'HOME_VISIT', context())).toEqual([{ code: 'enf.officers.recusalPending', message: '李明尚未作出回避声明' }]);
  });

  it('has no officer rule for a vagrant rescue', () => {
    const rescue = penaltyCase({ type: 'VAGRANT_RESCUE', state: 'ENCOUNTER', officers: [officer({ officerId: 'o1', userId: 'u1', certificateValid: false })] });
    expect(canAdvance(rescue, 'RECEPTION', context())).toEqual([]);
  });
});

describe('canAdvance: who may record the step', () => {
  it('lets only the head decide (art. 57)', () => {
    const blockers = canAdvance(readyToDecide(), 'DECISION', context({ actorRoles: ['OFFICER', 'LEGAL_REVIEWER'] }));
    expect(blockers).toEqual([{ code: 'enf.actor.role', message: '“决定”须由局长（行政机关负责人）办理', citation: '《中华人民共和国行政处罚法》第五十七条' }]);
    expect(canAdvance(readyToDecide(), 'DECISION', DIRECTOR_CONTEXT)).toEqual([]);
  });

  it('lets a hearing host record the statement or hearing step', () => {
    const c = penaltyCase({
      state: 'RIGHTS_NOTICE',
      rightsNotice: { servedOn: '2024-07-15', hearingRightStated: false },
      officers: [...TWO_OFFICERS, HOST],
      hearing: { hostOfficerId: HOST.officerId },
    });
    expect(canAdvance(c, 'STATEMENT_OR_HEARING', context({ actorRoles: ['HEARING_HOST'], actorUserId: 'uh' }))).toEqual([]);
    expect(codes(canAdvance(c, 'STATEMENT_OR_HEARING', context({ actorRoles: ['EDITOR'] })))).toEqual(['enf.actor.role']);
  });

  it("does not let the director do the officers' work", () => {
    expect(codes(canAdvance(penaltyCase(), 'INVESTIGATION', DIRECTOR_CONTEXT))).toEqual(['enf.actor.role']);
  });
});

describe('canAdvance: full-process recording of the step being completed', () => {
  const investigating = penaltyCase({ state: 'INVESTIGATION', intendedPenalty: { kinds: ['WARNING'] } });

  it('refuses to leave the investigation without audio or video', () => {
    const blockers = canAdvance(investigating, 'RIGHTS_NOTICE', context({ currentStepRecordings: [{ kind: 'PHOTO' }] }));
    expect(codes(blockers)).toEqual(['enf.recording.missing']);
    expect(blockers[0]?.citation).toContain('国办发〔2018〕118号');
  });

  it('accepts a recorded reason instead of the recording', () => {
    const ctx = context({ currentStepRecordings: [], recordingWaiverReason: '执法记录仪故障，已书面报告' });
    expect(canAdvance(investigating, 'RIGHTS_NOTICE', ctx)).toEqual([]);
  });

  it('follows the bureau checklist', () => {
    const ctx = context({ currentStepRecordings: [], templateOptions: { recording: { INVESTIGATION: 'AS_NEEDED' } } });
    expect(canAdvance(investigating, 'RIGHTS_NOTICE', ctx)).toEqual([]);
  });
});

describe('filingBlockers', () => {
  it('needs two certified officers to file a penalty case', () => {
    expect(filingBlockers(penaltyCase(), { settings })).toEqual([]);
    expect(codes(filingBlockers(penaltyCase({ officers: [] }), { settings }))).toEqual(['enf.officers.tooFew']);
  });

  it('checks the art. 51 limits when filing under the summary procedure', () => {
    const summary = penaltyCase({
      procedure: 'SUMMARY',
      state: 'ON_SPOT_IDENTIFICATION',
      intendedPenalty: { kinds: ['FINE'], fineAmount: 500 },
      factsConclusive: true,
    });
    expect(codes(filingBlockers(summary, { settings }))).toEqual(['enf.summary.fineTooHigh']);
  });
});
