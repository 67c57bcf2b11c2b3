import { describe, expect, it } from 'vitest';
import { legalStaffRatio } from './legal-staff-ratio';

describe('legal-staff ratio against the guideline', () => {
  it('finds a shortfall when no legal staff serve 12 officers, citing the guideline', () => {
    const result = legalStaffRatio({ legalStaff: 0, enforcementStaff: 12, guidelinePercent: 5 });
    expect(result.ratioPercent).toBe(0);
    expect(result.requiredLegalStaff).toBe(1);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]?.code).toBe('LEGAL_STAFF_BELOW_GUIDELINE');
    expect(result.findings[0]?.message).toContain('低于5%的指引');
    expect(result.findings[0]?.citation).toContain('国办发〔2018〕118号');
  });

  it('meets the guideline with 1 of 12 (8.3%) and exactly at 5%', () => {
    expect(legalStaffRatio({ legalStaff: 1, enforcementStaff: 12, guidelinePercent: 5 })).toMatchObject({ ratioPercent: 8.3, findings: [] });
    expect(legalStaffRatio({ legalStaff: 1, enforcementStaff: 20, guidelinePercent: 5 })).toMatchObject({ ratioPercent: 5, requiredLegalStaff: 1, findings: [] });
    expect(legalStaffRatio({ legalStaff: 1, enforcementStaff: 21, guidelinePercent: 5 }).findings).toHaveLength(1);
  });

  it('follows the configured percentage and copes with no enforcement staff', () => {
    expect(legalStaffRatio({ legalStaff: 1, enforcementStaff: 12, guidelinePercent: 10 }).requiredLegalStaff).toBe(2);
    expect(legalStaffRatio({ legalStaff: 0, enforcementStaff: 0, guidelinePercent: 5 })).toMatchObject({ ratioPercent: null, findings: [] });
  });
});
