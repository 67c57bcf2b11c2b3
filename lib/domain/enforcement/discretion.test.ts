import { describe, expect, it } from 'vitest';
import { checkDiscretion, type DiscretionBand } from './discretion';

const name = '未经登记擅自以社会团体名义开展活动';
const bands: DiscretionBand[] = [
  { violationType: 'UNREGISTERED_ORG', violationName: name, severity: 'MINOR', minFine: 0, maxFine: 5_000 },
  { violationType: 'UNREGISTERED_ORG', violationName: name, severity: 'GENERAL', minFine: 5_001, maxFine: 20_000 },
  { violationType: 'UNREGISTERED_ORG', violationName: name, severity: 'SERIOUS', minFine: 20_001, maxFine: 50_000 },
];

describe('checkDiscretion', () => {
  it('is within the band of the circumstance found, bounds included', () => {
    const result = checkDiscretion({ violationType: 'UNREGISTERED_ORG', proposedFine: 20_000, severity: 'GENERAL' }, bands);
    expect(result.status).toBe('WITHIN');
    expect(result.blockers).toEqual([]);
    expect(result.message).toBe(`拟罚款在裁量基准范围内：${name}（情节一般）罚款5,001元至20,000元`);
  });

  it('without a circumstance, accepts any band of the violation type', () => {
    expect(checkDiscretion({ violationType: 'UNREGISTERED_ORG', proposedFine: 45_000 }, bands).band?.severity).toBe('SERIOUS');
  });

  it('needs a written reason outside the band, citing art. 34', () => {
    const result = checkDiscretion({ violationType: 'UNREGISTERED_ORG', proposedFine: 30_000, severity: 'GENERAL' }, bands);
    expect(result.status).toBe('OUTSIDE');
    expect(result.blockers).toEqual([
      {
        code: 'enf.discretion.reasonRequired',
        message: `拟罚款30,000元超出裁量基准：${name}（情节一般）罚款5,001元至20,000元，须书面说明理由`,
        citation: '《中华人民共和国行政处罚法》第三十四条',
      },
    ]);
    const reasoned = checkDiscretion({ violationType: 'UNREGISTERED_ORG', proposedFine: 30_000, severity: 'GENERAL', writtenReason: '多次违法且拒不改正，从重处罚' }, bands);
    expect(reasoned.status).toBe('OUTSIDE');
    expect(reasoned.blockers).toEqual([]);
    expect(checkDiscretion({ violationType: 'UNREGISTERED_ORG', proposedFine: 60_000, writtenReason: '无' }, bands).blockers).toHaveLength(1);
  });

  it('measures against the nearest band when none holds the fine', () => {
    expect(checkDiscretion({ violationType: 'UNREGISTERED_ORG', proposedFine: 60_000 }, bands).band?.severity).toBe('SERIOUS');
  });

  it('says so when the violation has no benchmark, without blocking', () => {
    expect(checkDiscretion({ violationType: 'OTHER', proposedFine: 1 }, bands)).toEqual({
      status: 'NO_BENCHMARK',
      message: '该违法行为尚未制定裁量基准',
      blockers: [],
    });
  });
});
