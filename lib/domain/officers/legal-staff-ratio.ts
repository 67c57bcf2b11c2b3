import type { Blocker } from '@/lib/domain/blockers';

export const LEGAL_STAFF_GUIDELINE_CITATION = '《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）';

export type LegalStaffRatio = {
  legalStaff: number;
  enforcementStaff: number;
  // Percentage rounded to one decimal; null when there are no enforcement staff.
  ratioPercent: number | null;
  guidelinePercent: number;
  // Smallest number of legal staff that meets the guideline.
  requiredLegalStaff: number;
  findings: Blocker[];
};

// Legal-review staff against enforcement staff: the guideline expects about 5%. A shortfall is a
// finding for the dashboard and the annual report's "shortcomings", worded like a blocker.
export function legalStaffRatio(input: { legalStaff: number; enforcementStaff: number; guidelinePercent: number }): LegalStaffRatio {
  const { legalStaff, enforcementStaff, guidelinePercent } = input;
  const requiredLegalStaff = Math.ceil((enforcementStaff * guidelinePercent) / 100 - 1e-9);
  const ratioPercent = enforcementStaff === 0 ? null : Math.round((legalStaff / enforcementStaff) * 1000) / 10;
  const findings: Blocker[] = [];
  if (legalStaff < requiredLegalStaff) {
    findings.push({
      code: 'LEGAL_STAFF_BELOW_GUIDELINE',
      message: `法制审核人员${legalStaff}人，占执法人员（${enforcementStaff}人）的${ratioPercent ?? 0}%，低于${guidelinePercent}%的指引，至少应有${requiredLegalStaff}人`,
      citation: LEGAL_STAFF_GUIDELINE_CITATION,
    });
  }
  return { legalStaff, enforcementStaff, ratioPercent, guidelinePercent, requiredLegalStaff, findings };
}
