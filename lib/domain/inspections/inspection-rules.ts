import type { Blocker } from '@/lib/domain/blockers';
import type { IsoDate } from '@/lib/domain/calendar';
import { assignabilityBlockers, isAssignable, type CertificateFacts } from '@/lib/domain/officers/certificate-status';

export type { CertificateFacts };

export const INSPECTION_KINDS = ['ROUTINE', 'RANDOM', 'JOINT', 'SPECIAL'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

export const ENTITY_KINDS = ['ELDERLY_CARE', 'SOCIAL_ORGANISATION', 'FUNERAL_BUSINESS'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Departments the bureau inspects jointly with (联合检查). */
export const PARTNER_DEPARTMENTS = ['消防', '市场监管', '公安', '教育', '卫生健康', '应急管理', '住房城乡建设'] as const;

/** Administrative inspections, like enforcement, are carried out by at least two officers. */
export const MIN_INSPECTORS = 2;
const ART_42 = '《行政处罚法》第四十二条';
const ART_43 = '《行政处罚法》第四十三条';

/**
 * An inspector qualifies on the inspection day when the officers area's rule says so: an
 * enforcement certificate (执法证) in force that day, exam passed, registered on the supervision
 * platform, not revoked on or before that day (lib/domain/officers, shared with enforcement cases).
 */
export function hasValidEnforcementCertificate(certificates: readonly CertificateFacts[], on: IsoDate): boolean {
  return isAssignable(certificates, on, 'ENFORCEMENT');
}

export type InspectorFacts = {
  readonly officerId: string;
  readonly name: string;
  readonly active: boolean;
  readonly certificates: readonly CertificateFacts[];
  /** A declared conflict of interest with the inspected entity (OfficerConflict). */
  readonly conflicted: boolean;
};

export type InspectionRuleInput = {
  readonly kind: InspectionKind;
  readonly inspectedOn: IsoDate;
  /** The bureau's current date (an inspection cannot be recorded ahead of time). */
  readonly today: IsoDate;
  readonly entityActive: boolean;
  readonly inspectors: readonly InspectorFacts[];
  readonly partnerDepartments: readonly string[];
};

/** Why this inspection cannot be recorded (empty when it can). */
export function inspectionBlockers(input: InspectionRuleInput): Blocker[] {
  const blockers: Blocker[] = [];
  if (input.inspectedOn > input.today) {
    blockers.push({ code: 'INSPECTION_IN_FUTURE', message: `检查日期（${input.inspectedOn}）不能晚于今天` });
  }
  if (!input.entityActive) {
    blockers.push({ code: 'ENTITY_INACTIVE', message: '该检查对象已停用，不能记录检查' });
  }
  const certified = input.inspectors.filter((i) => i.active && hasValidEnforcementCertificate(i.certificates, input.inspectedOn));
  for (const inspector of input.inspectors) {
    if (!certified.includes(inspector)) {
      const why = inspector.active ? assignabilityBlockers(inspector.certificates, input.inspectedOn, 'ENFORCEMENT').map((b) => b.message) : ['已停用'];
      blockers.push({
        code: 'INSPECTOR_NOT_CERTIFIED',
        message: `${inspector.name}在${input.inspectedOn}不具备有效的行政执法资格（${why.join('，')}），不能参加检查`,
        citation: ART_42,
      });
    }
  }
  if (certified.length < MIN_INSPECTORS) {
    blockers.push({
      code: 'TOO_FEW_INSPECTORS',
      message: `行政检查须由两名以上持有效执法证的执法人员进行（现有${certified.length}名）`,
      citation: ART_42,
    });
  }
  for (const inspector of input.inspectors.filter((i) => i.conflicted)) {
    blockers.push({
      code: 'INSPECTOR_CONFLICT',
      message: `${inspector.name}已申报与该检查对象存在利害关系，应当回避`,
      citation: ART_43,
    });
  }
  blockers.push(...partnerBlockers(input.kind, input.partnerDepartments));
  return blockers;
}

function partnerBlockers(kind: InspectionKind, partners: readonly string[]): Blocker[] {
  if (kind === 'JOINT' && partners.length === 0) {
    return [{ code: 'JOINT_NEEDS_PARTNERS', message: '联合检查须写明参与的部门（如消防、市场监管、公安、教育）' }];
  }
  if (kind !== 'JOINT' && partners.length > 0) {
    return [{ code: 'PARTNERS_ONLY_FOR_JOINT', message: '只有联合检查才填写参与部门' }];
  }
  return [];
}
