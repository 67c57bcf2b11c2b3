// The enforcement vocabulary shared by every rule: case types, procedures, parties, officers'
// roles on a case and evidence kinds. Mirrors the Prisma enums (a test keeps them in step), so the
// domain never imports the generated client.
import type { PartyKind } from '@/lib/domain/privacy/mask';

export const CASE_TYPES = [
  'ADMIN_INSPECTION',
  'PENALTY',
  'COERCIVE_MEASURE',
  'ILLEGAL_SOCIAL_ORG_BAN',
  'ASSISTANCE_HOUSEHOLD_SURVEY',
  'ECONOMIC_STATUS_VERIFICATION',
  'VAGRANT_RESCUE',
  'FUNERAL_REFORM_INSPECTION',
  'ELDERLY_CARE_SUPERVISION',
] as const;
export type CaseType = (typeof CASE_TYPES)[number];

export const CASE_TYPE_NAMES = {
  ADMIN_INSPECTION: '行政检查',
  PENALTY: '行政处罚',
  COERCIVE_MEASURE: '行政强制措施',
  ILLEGAL_SOCIAL_ORG_BAN: '取缔非法社会组织',
  ASSISTANCE_HOUSEHOLD_SURVEY: '社会救助入户调查',
  ECONOMIC_STATUS_VERIFICATION: '家庭经济状况核对',
  VAGRANT_RESCUE: '流浪乞讨人员救助',
  FUNERAL_REFORM_INSPECTION: '殡葬改革稽查',
  ELDERLY_CARE_SUPERVISION: '养老机构监管',
} as const satisfies Record<CaseType, string>;

export const CASE_PROCEDURES = ['GENERAL', 'SUMMARY'] as const;
export type CaseProcedure = (typeof CASE_PROCEDURES)[number];

export const PROCEDURE_NAMES = {
  GENERAL: '普通程序',
  SUMMARY: '简易程序（当场处罚）',
} as const satisfies Record<CaseProcedure, string>;

// PartyKind is declared once, with the masking rules (lib/domain/privacy).
export type { PartyKind };
export const PARTY_KINDS = ['PERSON', 'ORGANISATION'] as const satisfies readonly PartyKind[];

export const PARTY_KIND_NAMES = {
  PERSON: '自然人',
  ORGANISATION: '法人或其他组织',
} as const satisfies Record<PartyKind, string>;

export const CASE_OFFICER_ROLES = ['INVESTIGATOR', 'HEARING_HOST'] as const;
export type CaseOfficerRole = (typeof CASE_OFFICER_ROLES)[number];

export const EVIDENCE_KINDS = ['VIDEO', 'AUDIO', 'PHOTO', 'DOCUMENT'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const EVIDENCE_KIND_NAMES = {
  VIDEO: '视频',
  AUDIO: '音频',
  PHOTO: '照片',
  DOCUMENT: '书证材料',
} as const satisfies Record<EvidenceKind, string>;

/**
 * Only a penalty case runs the Penalty Law lifecycle. A household survey, a vagrant rescue or an
 * inspection has its own template and is never forced through penalty steps; an inspection that
 * finds a violation opens a separate PENALTY case.
 */
export function isPenaltyCase(type: CaseType): boolean {
  return type === 'PENALTY';
}

/**
 * Cases the Penalty Law governs: penalties, and bans (取缔 and confiscation of illegal property are
 * penalties under the social-organisation registration regulations). They need two certified
 * officers, recusal, the rights notice before the decision, and review when major.
 */
export function penaltyLawApplies(type: CaseType): boolean {
  return type === 'PENALTY' || type === 'ILLEGAL_SOCIAL_ORG_BAN';
}

/**
 * After-decision publicity runs on the 7-working-day limit for penalties and licences and on the
 * 20-day limit for every other decision (国办发〔2018〕118号).
 */
export function isPenaltyOrLicenceDecision(type: CaseType): boolean {
  return type === 'PENALTY';
}

export function isCaseType(value: string): value is CaseType {
  return (CASE_TYPES as readonly string[]).includes(value);
}

export function isCaseProcedure(value: string): value is CaseProcedure {
  return (CASE_PROCEDURES as readonly string[]).includes(value);
}
