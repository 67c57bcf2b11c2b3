import { describe, expect, it } from 'vitest';
import { STATUTORY_NO_PENALTY_ITEMS, evaluateNoPenalty, type NoPenaltyFacts, type NoPenaltyItem } from './no-penalty';

const facts = (extra: Partial<NoPenaltyFacts> = {}): NoPenaltyFacts => ({
  violationType: 'LATE_ANNUAL_REPORT',
  minor: false,
  correctedPromptly: false,
  harm: 'SERIOUS',
  firstOffence: false,
  noFaultProven: false,
  ...extra,
});

describe('evaluateNoPenalty (art. 33)', () => {
  it('shall not penalise a minor, corrected, harmless violation', () => {
    const result = evaluateNoPenalty(facts({ minor: true, correctedPromptly: true, harm: 'NONE' }), STATUTORY_NO_PENALTY_ITEMS);
    expect(result.outcome).toBe('SHALL_NOT');
    expect(result.item?.id).toBe('statutory-minor');
    expect(result.reason).toBe(
      '符合不罚清单“违法行为轻微并及时改正，没有造成危害后果”：违法行为轻微、及时改正、没有造成危害后果，依法不予行政处罚（《中华人民共和国行政处罚法》第三十三条第一款），并对当事人进行教育',
    );
    expect(result.educationRequired).toBe(true);
  });

  it('may not penalise a first offence with minor harm, corrected', () => {
    const result = evaluateNoPenalty(facts({ firstOffence: true, harm: 'MINOR', correctedPromptly: true }), STATUTORY_NO_PENALTY_ITEMS);
    expect(result.outcome).toBe('MAY_NOT');
    expect(result.item?.id).toBe('statutory-first-offence');
  });

  it('does not penalise without subjective fault, citing the second paragraph', () => {
    const result = evaluateNoPenalty(facts({ noFaultProven: true }), STATUTORY_NO_PENALTY_ITEMS);
    expect(result.outcome).toBe('SHALL_NOT');
    expect(result.item?.citation).toBe('《中华人民共和国行政处罚法》第三十三条第二款');
  });

  it('prefers SHALL_NOT over MAY_NOT when both match', () => {
    const both = facts({ minor: true, correctedPromptly: true, harm: 'NONE', firstOffence: true });
    expect(evaluateNoPenalty(both, STATUTORY_NO_PENALTY_ITEMS).outcome).toBe('SHALL_NOT');
  });

  it('is not applicable when a condition fails, and then requires no education record', () => {
    const result = evaluateNoPenalty(facts({ minor: true, correctedPromptly: false, harm: 'NONE' }), STATUTORY_NO_PENALTY_ITEMS);
    expect(result).toEqual({ outcome: 'NOT_APPLICABLE', item: null, reason: '不符合不罚清单所列情形', educationRequired: false });
  });

  it('uses the bureau items for their violation type before generic ones, and ignores other types', () => {
    const own: NoPenaltyItem = {
      id: 'late-report',
      violationType: 'LATE_ANNUAL_REPORT',
      title: '首次逾期报送年度工作报告，经责令后及时补报',
      conditions: ['FIRST_OFFENCE', 'CORRECTED'],
      outcome: 'SHALL_NOT',
      citation: '《中华人民共和国行政处罚法》第三十三条第一款',
    };
    const other: NoPenaltyItem = { ...own, id: 'other', violationType: 'OTHER', conditions: ['CORRECTED'] };
    const list = [...STATUTORY_NO_PENALTY_ITEMS, other, own];
    const corrected = facts({ firstOffence: true, correctedPromptly: true, minor: true, harm: 'NONE' });
    expect(evaluateNoPenalty(corrected, list).item?.id).toBe('late-report');
    expect(evaluateNoPenalty(facts({ correctedPromptly: true }), [other]).outcome).toBe('NOT_APPLICABLE');
  });

  it('never matches an item without conditions', () => {
    const empty: NoPenaltyItem = { ...STATUTORY_NO_PENALTY_ITEMS[0]!, conditions: [] };
    expect(evaluateNoPenalty(facts(), [empty]).outcome).toBe('NOT_APPLICABLE');
  });
});
