// Step templates of the non-penalty case types. None of them runs penalty steps: an inspection that
// finds a violation opens (or is referred to) a separate PENALTY case.
import { coercionLaw } from './citations';
import { PENALTY_OFFICER_RULE } from './penalty-templates';
import { defineStep, type CaseTemplate, type OfficerRule } from './template-types';

const DIRECTOR = ['DIRECTOR'] as const;
// Two certified officers on every inspection: the bureau's own rule, hence no statute cited.
const INSPECTION_OFFICERS: OfficerRule = { minOfficers: 2, certified: true };

function inspectionTemplate(onSite: string, record: string): CaseTemplate {
  return {
    officerRule: INSPECTION_OFFICERS,
    steps: [
      defineStep('PREPARATION', '检查准备', 'NONE'),
      defineStep('ON_SITE_INSPECTION', onSite, 'AS_NEEDED'),
      defineStep('INSPECTION_RECORD', record, 'NONE'),
      defineStep('RECTIFICATION_ORDER', '责令整改', 'AS_NEEDED', { mandatory: false }),
      defineStep('RECHECK', '整改复查', 'AS_NEEDED', { mandatory: false }),
      defineStep('RESULT_PUBLICITY', '检查结果公开', 'NONE', { mandatory: false }),
      defineStep('CLOSED', '结案归档', 'NONE'),
    ],
  };
}

export const ADMIN_INSPECTION_TEMPLATE = inspectionTemplate('现场检查', '制作检查笔录');
export const FUNERAL_REFORM_INSPECTION_TEMPLATE = inspectionTemplate('现场稽查', '制作稽查记录');
export const ELDERLY_CARE_SUPERVISION_TEMPLATE = inspectionTemplate('养老机构现场检查', '制作检查记录');

// Administrative Coercion Law arts. 18–28: approval by the head, two officers on site, notice,
// hearing the party, an on-site record, the written decision with its list, then release or disposal.
export const COERCIVE_MEASURE_TEMPLATE: CaseTemplate = {
  officerRule: { minOfficers: 2, certified: true, citation: coercionLaw(18) },
  steps: [
    defineStep('APPROVAL', '报行政机关负责人批准', 'NONE', { actorRoles: DIRECTOR }),
    // Seizure touches major property rights: full audio-video recording (国办发〔2018〕118号).
    defineStep('IMPLEMENTATION', '实施强制措施（出示证件、通知到场、告知、听取陈述申辩、现场笔录）', 'REQUIRED'),
    defineStep('DECISION_SERVICE', '送达查封扣押决定书和清单', 'AS_NEEDED'),
    defineStep('DISPOSAL', '作出处理决定或解除强制措施', 'REQUIRED'),
    defineStep('CLOSED', '结案归档', 'NONE'),
  ],
};

// Banning an illegal social organisation (取缔) follows the penalty procedure: notice, statement or
// hearing, review when major, the head's decision; the closed case feeds the public exposure list.
const BAN_TERMINATE_FROM = ['CLUE_CHECK', 'FILED', 'INVESTIGATION', 'STATEMENT_OR_HEARING', 'LEGAL_REVIEW', 'COLLECTIVE_DECISION'];

export const ILLEGAL_SOCIAL_ORG_BAN_TEMPLATE: CaseTemplate = {
  officerRule: PENALTY_OFFICER_RULE,
  steps: [
    defineStep('CLUE_CHECK', '线索核查', 'AS_NEEDED', { mandatory: false }),
    defineStep('FILED', '立案', 'NONE'),
    defineStep('INVESTIGATION', '调查取证', 'REQUIRED'),
    defineStep('RIGHTS_NOTICE', '告知', 'AS_NEEDED'),
    defineStep('STATEMENT_OR_HEARING', '陈述申辩/听证', 'AS_NEEDED', { actorRoles: ['OFFICER', 'HEARING_HOST'] }),
    defineStep('LEGAL_REVIEW', '法制审核', 'NONE', { when: 'MAJOR' }),
    defineStep('COLLECTIVE_DECISION', '集体讨论', 'NONE', { when: 'MAJOR_OR_COMPLEX', actorRoles: DIRECTOR }),
    defineStep('BAN_DECISION', '作出取缔决定', 'NONE', { actorRoles: DIRECTOR, decision: true }),
    defineStep('SERVICE', '送达', 'AS_NEEDED'),
    defineStep('SEIZURE', '收缴登记证书、印章和财务凭证，没收非法财产', 'REQUIRED', { mandatory: false }),
    defineStep('EXPOSURE', '公告曝光', 'NONE'),
    defineStep('TERMINATED', '终止调查（不构成非法社会组织）', 'NONE', {
      mandatory: false,
      alternativeFrom: BAN_TERMINATE_FROM,
      actorRoles: DIRECTOR,
    }),
    defineStep('CLOSED', '结案归档', 'NONE'),
  ],
};

export const ASSISTANCE_HOUSEHOLD_SURVEY_TEMPLATE: CaseTemplate = {
  officerRule: { minOfficers: 2, certified: false },
  steps: [
    defineStep('APPLICATION_RECEIVED', '受理申请', 'NONE'),
    // In a family's home: recorded only when needed, to protect privacy.
    defineStep('HOME_VISIT', '入户调查', 'AS_NEEDED'),
    defineStep('NEIGHBOURHOOD_INQUIRY', '邻里访问、信函索证', 'NONE', { mandatory: false }),
    defineStep('SURVEY_CONCLUSION', '形成调查结论', 'NONE'),
    defineStep('RESULT_PUBLICITY', '结果公示', 'NONE'),
    defineStep('CLOSED', '归档', 'NONE'),
  ],
};

export const ECONOMIC_STATUS_VERIFICATION_TEMPLATE: CaseTemplate = {
  officerRule: null,
  steps: [
    defineStep('AUTHORISATION_RECEIVED', '收到核对授权与委托', 'NONE'),
    defineStep('DATA_CHECK', '信息比对核对', 'NONE'),
    defineStep('VERIFICATION_REPORT', '出具核对报告', 'NONE'),
    defineStep('CLOSED', '归档', 'NONE'),
  ],
};

export const VAGRANT_RESCUE_TEMPLATE: CaseTemplate = {
  officerRule: null,
  steps: [
    defineStep('ENCOUNTER', '发现、引导求助', 'AS_NEEDED'),
    defineStep('RECEPTION', '受助登记与甄别', 'AS_NEEDED'),
    defineStep('PLACEMENT', '救助安置', 'NONE'),
    defineStep('FAMILY_TRACING', '寻亲', 'NONE', { mandatory: false }),
    defineStep('RETURN_OR_TRANSFER', '护送返乡或转介安置', 'AS_NEEDED'),
    defineStep('LEFT_VOLUNTARILY', '自愿放弃救助离站', 'AS_NEEDED', {
      mandatory: false,
      alternativeFrom: ['ENCOUNTER', 'RECEPTION', 'PLACEMENT', 'FAMILY_TRACING'],
    }),
    defineStep('CLOSED', '终止救助、归档', 'NONE'),
  ],
};
