import { describe, expect, it } from 'vitest';
import { CASE_TYPES } from './case-types';
import { PENALTY_STATES, SUMMARY_STATES } from './penalty-lifecycle';
import { DEFAULT_TEMPLATES, caseTemplate, defaultTemplate, findStep, initialStep, templateOptionProblems } from './step-templates';

const PENALTY_ONLY_STEPS = ['RIGHTS_NOTICE', 'STATEMENT_OR_HEARING', 'LEGAL_REVIEW', 'COLLECTIVE_DECISION', 'DECISION', 'NO_PENALTY'];
const keys = (type: (typeof CASE_TYPES)[number], procedure: 'GENERAL' | 'SUMMARY' = 'GENERAL') => defaultTemplate({ type, procedure }).steps.map((s) => s.key);

describe('step templates', () => {
  it('gives every case type its own template, with unique keys, Chinese labels and a closing step', () => {
    for (const type of CASE_TYPES) {
      const { steps } = DEFAULT_TEMPLATES[type];
      expect(new Set(steps.map((s) => s.key)).size).toBe(steps.length);
      for (const s of steps) expect(s.label).toMatch(/\p{Script=Han}/u);
      expect(steps.filter((s) => !s.alternativeFrom).at(-1)?.key).toBe('CLOSED');
      for (const s of steps) {
        for (const from of s.alternativeFrom ?? []) expect(steps.map((x) => x.key)).toContain(from);
      }
    }
  });

  it('never puts penalty steps in a household survey, an economic verification or a vagrant rescue', () => {
    for (const type of ['ASSISTANCE_HOUSEHOLD_SURVEY', 'ECONOMIC_STATUS_VERIFICATION', 'VAGRANT_RESCUE'] as const) {
      for (const key of PENALTY_ONLY_STEPS) expect(keys(type)).not.toContain(key);
      // Asking for the summary procedure does not turn them into penalty cases either.
      expect(keys(type, 'SUMMARY')).toEqual(keys(type));
    }
  });

  it('keeps inspections free of penalty steps too', () => {
    for (const type of ['ADMIN_INSPECTION', 'FUNERAL_REFORM_INSPECTION', 'ELDERLY_CARE_SUPERVISION'] as const) {
      for (const key of PENALTY_ONLY_STEPS) expect(keys(type)).not.toContain(key);
    }
  });

  it('lists exactly the lifecycle states for penalty cases, general and summary', () => {
    expect([...keys('PENALTY')].sort()).toEqual([...PENALTY_STATES].sort());
    expect([...keys('PENALTY', 'SUMMARY')].sort()).toEqual([...SUMMARY_STATES].sort());
    expect(initialStep(defaultTemplate({ type: 'PENALTY', procedure: 'GENERAL' })).key).toBe('FILED');
    expect(initialStep(defaultTemplate({ type: 'PENALTY', procedure: 'SUMMARY' })).key).toBe('ON_SPOT_IDENTIFICATION');
  });

  it('marks conditional penalty steps and gives decisions to the head', () => {
    const template = DEFAULT_TEMPLATES.PENALTY;
    expect(findStep(template, 'LEGAL_REVIEW')?.when).toBe('MAJOR');
    expect(findStep(template, 'COLLECTIVE_DECISION')?.when).toBe('MAJOR_OR_COMPLEX');
    expect(findStep(template, 'DECISION')?.actorRoles).toEqual(['DIRECTOR']);
    expect(findStep(template, 'DECISION')?.decision).toBe(true);
    expect(findStep(template, 'NO_PENALTY')?.actorRoles).toEqual(['DIRECTOR']);
    expect(findStep(template, 'NO_PENALTY')?.mandatory).toBe(false);
    expect(template.officerRule).toEqual({ minOfficers: 2, certified: true, citation: '《中华人民共和国行政处罚法》第四十二条' });
  });

  it('requires audio-video recording by default where property or on-site disputes are at stake', () => {
    expect(findStep(DEFAULT_TEMPLATES.PENALTY, 'INVESTIGATION')?.recording).toBe('REQUIRED');
    expect(findStep(DEFAULT_TEMPLATES.COERCIVE_MEASURE, 'IMPLEMENTATION')?.recording).toBe('REQUIRED');
    expect(findStep(defaultTemplate({ type: 'PENALTY', procedure: 'SUMMARY' }), 'ON_SPOT_DECISION')?.recording).toBe('REQUIRED');
    expect(findStep(DEFAULT_TEMPLATES.ASSISTANCE_HOUSEHOLD_SURVEY, 'HOME_VISIT')?.recording).toBe('AS_NEEDED');
  });
});

describe('caseTemplate options', () => {
  const penalty = { type: 'PENALTY', procedure: 'GENERAL' } as const;
  const survey = { type: 'ASSISTANCE_HOUSEHOLD_SURVEY', procedure: 'GENERAL' } as const;

  it('applies the bureau recording checklist', () => {
    const template = caseTemplate(penalty, { recording: { SERVICE: 'REQUIRED', INVESTIGATION: 'AS_NEEDED' } });
    expect(findStep(template, 'SERVICE')?.recording).toBe('REQUIRED');
    expect(findStep(template, 'INVESTIGATION')?.recording).toBe('AS_NEEDED');
    expect(findStep(caseTemplate(penalty), 'INVESTIGATION')?.recording).toBe('REQUIRED');
  });

  it('lets a non-statutory template make steps optional or mandatory', () => {
    const template = caseTemplate(survey, { mandatory: { RESULT_PUBLICITY: false, NEIGHBOURHOOD_INQUIRY: true } });
    expect(findStep(template, 'RESULT_PUBLICITY')?.mandatory).toBe(false);
    expect(findStep(template, 'NEIGHBOURHOOD_INQUIRY')?.mandatory).toBe(true);
    expect(templateOptionProblems(survey, { mandatory: { RESULT_PUBLICITY: false } })).toEqual([]);
  });

  it('refuses to loosen a statutory template, and says so', () => {
    const options = { mandatory: { RIGHTS_NOTICE: false, NO_PENALTY: true }, officerRule: { minOfficers: 1, certified: true } };
    const template = caseTemplate(penalty, options);
    expect(findStep(template, 'RIGHTS_NOTICE')?.mandatory).toBe(true);
    expect(findStep(template, 'NO_PENALTY')?.mandatory).toBe(false);
    expect(template.officerRule?.minOfficers).toBe(2);
    expect(caseTemplate(penalty, { officerRule: null }).officerRule?.minOfficers).toBe(2);
    expect(templateOptionProblems(penalty, options)).toEqual([
      '“告知”是法定步骤，不能设为非必经',
      '“不予处罚”是替代结果，不能设为必经步骤',
      '执法人员要求不得低于法定标准（2名以上持证执法人员）',
    ]);
  });

  it('accepts a stricter officer rule, keeping the statutory citation', () => {
    const template = caseTemplate(penalty, { officerRule: { minOfficers: 3, certified: true } });
    expect(template.officerRule).toEqual({ minOfficers: 3, certified: true, citation: '《中华人民共和国行政处罚法》第四十二条' });
  });

  it('lets a non-statutory template drop its officer rule', () => {
    expect(caseTemplate(survey, { officerRule: null }).officerRule).toBeNull();
  });

  it('reports unknown step keys and ignores them', () => {
    expect(templateOptionProblems(survey, { recording: { DECISION: 'REQUIRED' } })).toEqual(['步骤“DECISION”不在该案件类型的步骤模板中']);
    expect(caseTemplate(survey, { recording: { DECISION: 'REQUIRED' } }).steps.map((s) => s.key)).toEqual(keys('ASSISTANCE_HOUSEHOLD_SURVEY'));
  });
});
