import { describe, expect, it } from 'vitest';
import { DEFAULT_MAJOR_CATALOGUE, classifyMajor, type MajorCatalogue, type MajorInput } from './major-catalogue';

const input = (extra: Partial<MajorInput> = {}): MajorInput => ({
  type: 'PENALTY',
  intendedPenalty: { kinds: ['FINE'], fineAmount: 2000 },
  partyKinds: ['PERSON'],
  hearingHeld: false,
  publicImpact: false,
  complex: false,
  ...extra,
});

describe('classifyMajor', () => {
  it('is not major by default for a small fine', () => {
    expect(classifyMajor(input(), DEFAULT_MAJOR_CATALOGUE)).toEqual({ isMajor: false, reasons: [] });
  });

  it('gives every reason in Chinese', () => {
    const result = classifyMajor(
      input({ intendedPenalty: { kinds: ['FINE', 'REVOKE_LICENCE'], fineAmount: 10_000 }, hearingHeld: true, publicImpact: true, complex: true }),
      DEFAULT_MAJOR_CATALOGUE,
    );
    expect(result).toEqual({
      isMajor: true,
      reasons: [
        '拟对个人罚款10,000元，达到重大执法决定标准10,000元',
        '拟吊销许可证件，列入重大执法决定目录',
        '涉及重大公共利益',
        '直接关系当事人或者第三人重大权益，经过听证程序',
        '案件情况疑难复杂、涉及多个法律关系',
      ],
    });
  });

  it('classifies by case type', () => {
    expect(classifyMajor(input({ type: 'ILLEGAL_SOCIAL_ORG_BAN', intendedPenalty: null }), DEFAULT_MAJOR_CATALOGUE).reasons).toEqual([
      '“取缔非法社会组织”案件列入重大执法决定目录',
    ]);
  });

  it('uses the threshold of the party kind, the lowest one among several parties', () => {
    const fine = { kinds: ['FINE'], fineAmount: 50_000 } as const;
    expect(classifyMajor(input({ intendedPenalty: fine, partyKinds: ['ORGANISATION'] }), DEFAULT_MAJOR_CATALOGUE).isMajor).toBe(false);
    expect(classifyMajor(input({ intendedPenalty: fine, partyKinds: ['ORGANISATION', 'PERSON'] }), DEFAULT_MAJOR_CATALOGUE).reasons).toEqual([
      '拟对个人罚款50,000元，达到重大执法决定标准10,000元',
    ]);
  });

  it('adds confiscated gains and property together', () => {
    const penalty = { kinds: ['CONFISCATE_ILLEGAL_GAINS', 'CONFISCATE_ILLEGAL_PROPERTY'], confiscatedGains: 60_000, confiscatedPropertyValue: 40_000 } as const;
    expect(classifyMajor(input({ intendedPenalty: penalty }), DEFAULT_MAJOR_CATALOGUE).reasons).toEqual(['拟没收违法所得或非法财物价值100,000元，达到重大执法决定标准100,000元']);
  });

  it('follows the bureau catalogue: criteria can be switched off', () => {
    const narrow: MajorCatalogue = {
      ...DEFAULT_MAJOR_CATALOGUE,
      caseTypes: [],
      fineThresholdPerson: null,
      hearingHeld: false,
      complex: false,
    };
    const result = classifyMajor(input({ type: 'ILLEGAL_SOCIAL_ORG_BAN', intendedPenalty: { kinds: ['FINE'], fineAmount: 1e6 }, hearingHeld: true, complex: true }), narrow);
    expect(result).toEqual({ isMajor: false, reasons: [] });
  });
});
