import { describe, expect, it } from 'vitest';
import { CASE_TYPES } from './case-types';
import { PENALTY_STATES, PENALTY_TRANSITIONS, SUMMARY_STATES, SUMMARY_TRANSITIONS } from './penalty-lifecycle';
import { DEFAULT_TEMPLATES, defaultTemplate } from './step-templates';
import { derivedNextKeys, nextStepKeys, type WorkflowCase } from './transitions';
import { nextSteps } from './workflow';

const penalty = (state: string, flags: Partial<WorkflowCase> = {}): WorkflowCase => ({
  type: 'PENALTY',
  procedure: 'GENERAL',
  state,
  isMajor: false,
  isComplex: false,
  ...flags,
});
const next = (c: WorkflowCase) => nextSteps(c).map((s) => s.key);

describe('penalty lifecycle tables', () => {
  it('reaches every state from FILED and ends only at CLOSED', () => {
    const seen = new Set<string>(['FILED']);
    const queue: (typeof PENALTY_STATES)[number][] = ['FILED'];
    while (queue.length > 0) {
      for (const to of PENALTY_TRANSITIONS[queue.shift()!]) if (!seen.has(to) && seen.add(to)) queue.push(to);
    }
    expect([...seen].sort()).toEqual([...PENALTY_STATES].sort());
    expect(PENALTY_STATES.filter((s) => PENALTY_TRANSITIONS[s].length === 0)).toEqual(['CLOSED']);
    expect(SUMMARY_STATES.filter((s) => SUMMARY_TRANSITIONS[s].length === 0)).toEqual(['CLOSED']);
  });

  it('agrees with the template: every forward move the template allows is in the statutory table', () => {
    for (const state of PENALTY_STATES) {
      for (const flags of [{}, { isMajor: true }, { isComplex: true }]) {
        const c = penalty(state, flags);
        const derived = derivedNextKeys(DEFAULT_TEMPLATES.PENALTY, c);
        expect(nextStepKeys(DEFAULT_TEMPLATES.PENALTY, c)).toEqual(expect.arrayContaining(derived));
      }
    }
  });
});

describe('nextSteps for a general penalty case', () => {
  it('walks the ordinary path without review or collective decision', () => {
    expect(next(penalty('FILED'))).toEqual(['INVESTIGATION']);
    expect(next(penalty('INVESTIGATION'))).toEqual(['RIGHTS_NOTICE', 'NO_PENALTY']);
    expect(next(penalty('RIGHTS_NOTICE'))).toEqual(['STATEMENT_OR_HEARING']);
    expect(next(penalty('STATEMENT_OR_HEARING'))).toEqual(['INVESTIGATION', 'DECISION', 'NO_PENALTY']);
    expect(next(penalty('DECISION'))).toEqual(['SERVICE']);
    expect(next(penalty('SERVICE'))).toEqual(['EXECUTION']);
    expect(next(penalty('EXECUTION'))).toEqual(['CLOSED']);
    expect(next(penalty('NO_PENALTY'))).toEqual(['CLOSED']);
    expect(next(penalty('CLOSED'))).toEqual([]);
  });

  it('sends a major case through legal review and then collective decision', () => {
    expect(next(penalty('STATEMENT_OR_HEARING', { isMajor: true }))).toEqual(['INVESTIGATION', 'LEGAL_REVIEW', 'NO_PENALTY']);
    expect(next(penalty('LEGAL_REVIEW', { isMajor: true }))).toEqual(['INVESTIGATION', 'COLLECTIVE_DECISION', 'NO_PENALTY']);
    expect(next(penalty('COLLECTIVE_DECISION', { isMajor: true }))).toEqual(['INVESTIGATION', 'DECISION', 'NO_PENALTY']);
  });

  it('sends a complex but not major case to collective decision without review', () => {
    expect(next(penalty('STATEMENT_OR_HEARING', { isComplex: true }))).toEqual(['INVESTIGATION', 'COLLECTIVE_DECISION', 'NO_PENALTY']);
  });

  it('offers no step for an unknown state', () => {
    expect(next(penalty('HOME_VISIT'))).toEqual([]);
  });
});

describe('nextSteps for the summary procedure', () => {
  it('follows the short on-the-spot list', () => {
    const c = (state: string): WorkflowCase => ({ ...penalty(state), procedure: 'SUMMARY' });
    expect(next(c('ON_SPOT_IDENTIFICATION'))).toEqual(['ON_SPOT_NOTICE']);
    expect(next(c('ON_SPOT_STATEMENT'))).toEqual(['ON_SPOT_DECISION']);
    expect(next(c('ON_SPOT_DECISION'))).toEqual(['RECORD_FILING']);
    expect(next(c('INVESTIGATION'))).toEqual([]);
  });
});

describe('nextSteps for non-penalty cases', () => {
  const of = (type: (typeof CASE_TYPES)[number], state: string): WorkflowCase => ({ ...penalty(state), type });

  it('lets a household survey take or skip the optional neighbourhood inquiry', () => {
    expect(next(of('ASSISTANCE_HOUSEHOLD_SURVEY', 'APPLICATION_RECEIVED'))).toEqual(['HOME_VISIT']);
    expect(next(of('ASSISTANCE_HOUSEHOLD_SURVEY', 'HOME_VISIT'))).toEqual(['NEIGHBOURHOOD_INQUIRY', 'SURVEY_CONCLUSION']);
    expect(next(of('ASSISTANCE_HOUSEHOLD_SURVEY', 'SURVEY_CONCLUSION'))).toEqual(['RESULT_PUBLICITY']);
  });

  it('never offers a penalty step to a survey or a rescue, whatever its flags', () => {
    for (const type of ['ASSISTANCE_HOUSEHOLD_SURVEY', 'VAGRANT_RESCUE'] as const) {
      for (const s of DEFAULT_TEMPLATES[type].steps) {
        const offered = next({ ...of(type, s.key), isMajor: true, isComplex: true });
        for (const key of offered) expect(DEFAULT_TEMPLATES[type].steps.map((x) => x.key)).toContain(key);
      }
    }
  });

  it('lets a rescued person leave at any point before return, then closes', () => {
    expect(next(of('VAGRANT_RESCUE', 'PLACEMENT'))).toEqual(['FAMILY_TRACING', 'RETURN_OR_TRANSFER', 'LEFT_VOLUNTARILY']);
    expect(next(of('VAGRANT_RESCUE', 'LEFT_VOLUNTARILY'))).toEqual(['CLOSED']);
    expect(next(of('VAGRANT_RESCUE', 'RETURN_OR_TRANSFER'))).toEqual(['CLOSED']);
  });

  it('takes an inspection through optional rectification and recheck', () => {
    expect(next(of('ELDERLY_CARE_SUPERVISION', 'INSPECTION_RECORD'))).toEqual(['RECTIFICATION_ORDER', 'RECHECK', 'RESULT_PUBLICITY', 'CLOSED']);
  });

  it('puts a major ban through review and collective decision, a plain one straight to the decision', () => {
    expect(next(of('ILLEGAL_SOCIAL_ORG_BAN', 'STATEMENT_OR_HEARING'))).toEqual(['BAN_DECISION', 'TERMINATED']);
    expect(next({ ...of('ILLEGAL_SOCIAL_ORG_BAN', 'STATEMENT_OR_HEARING'), isMajor: true })).toEqual(['LEGAL_REVIEW', 'TERMINATED']);
    expect(next(of('ILLEGAL_SOCIAL_ORG_BAN', 'SERVICE'))).toEqual(['SEIZURE', 'EXPOSURE']);
  });

  it('uses the bureau configuration: a step made mandatory can no longer be skipped', () => {
    const c = of('ASSISTANCE_HOUSEHOLD_SURVEY', 'HOME_VISIT');
    expect(nextSteps(c, { mandatory: { NEIGHBOURHOOD_INQUIRY: true } }).map((s) => s.key)).toEqual(['NEIGHBOURHOOD_INQUIRY']);
    expect(defaultTemplate(c).steps.length).toBe(6);
  });
});
