// The review points (审核要点) of each kind of subject, from the rules that govern it: one checklist
// per kind, not one list for all. Keys match the ReviewCheckpointKey enum; the database holds the
// same lists (review_checklist_keys, migration 20261206012000) and a test compares the two.

// 重大执法决定: the nine points of 国办发〔2018〕118号, part 4.
export const CHECKPOINT_KEYS = [
  'BODY',
  'OFFICER_QUALIFICATION',
  'PROCEDURE',
  'FACTS_EVIDENCE',
  'LAW_APPLIED',
  'DISCRETION',
  'AUTHORITY',
  'DOCUMENTS_COMPLETE',
  'CRIMINAL_REFERRAL',
] as const;

// 行政规范性文件合法性审核 (国办发〔2018〕115号 第三条) and 公平竞争审查 (国发〔2016〕34号).
export const NORMATIVE_CHECKPOINT_KEYS = [
  'ND_MAKER',
  'ND_AUTHORITY',
  'ND_HIGHER_LAW',
  'ND_NO_ILLEGAL_MEASURES',
  'ND_RIGHTS_OBLIGATIONS',
  'ND_POWERS',
  'ND_PROCEDURE',
  'ND_FAIR_COMPETITION',
] as const;

// 重大行政决策合法性审查 (《重大行政决策程序暂行条例》第二十八条).
export const MAJOR_DECISION_CHECKPOINT_KEYS = ['MD_AUTHORITY', 'MD_PROCEDURE', 'MD_CONTENT'] as const;

// 行政合同 (行政协议) 合法性审查.
export const CONTRACT_CHECKPOINT_KEYS = ['CT_PARTIES', 'CT_AUTHORITY', 'CT_RIGHTS', 'CT_LIABILITY', 'CT_DISPUTE', 'CT_RISK'] as const;

// 政府信息主动公开 (《政府信息公开条例》第六条、第十四条、第十五条).
export const DISCLOSURE_CHECKPOINT_KEYS = ['DC_LEGAL_BASIS', 'DC_ISSUER', 'DC_STATE_SECRET', 'DC_PRIVACY', 'DC_CONSISTENCY'] as const;

export const ALL_CHECKPOINT_KEYS = [
  ...CHECKPOINT_KEYS,
  ...NORMATIVE_CHECKPOINT_KEYS,
  ...MAJOR_DECISION_CHECKPOINT_KEYS,
  ...CONTRACT_CHECKPOINT_KEYS,
  ...DISCLOSURE_CHECKPOINT_KEYS,
] as const;

export type CheckpointKey = (typeof ALL_CHECKPOINT_KEYS)[number];

export const CHECKLISTS = {
  ENFORCEMENT_DECISION: CHECKPOINT_KEYS,
  NORMATIVE_DOCUMENT: NORMATIVE_CHECKPOINT_KEYS,
  MAJOR_ADMIN_DECISION: MAJOR_DECISION_CHECKPOINT_KEYS,
  ADMIN_CONTRACT: CONTRACT_CHECKPOINT_KEYS,
  DISCLOSURE: DISCLOSURE_CHECKPOINT_KEYS,
} as const satisfies Record<string, readonly CheckpointKey[]>;

export type Checklist = keyof typeof CHECKLISTS;
export const CHECKLIST_KINDS = Object.keys(CHECKLISTS) as Checklist[];

export const CHECKLIST_NAMES = {
  ENFORCEMENT_DECISION: '重大执法决定法制审核要点',
  NORMATIVE_DOCUMENT: '行政规范性文件合法性审核要点',
  MAJOR_ADMIN_DECISION: '重大行政决策合法性审查要点',
  ADMIN_CONTRACT: '行政合同合法性审查要点',
  DISCLOSURE: '政府信息公开审查要点',
} as const satisfies Record<Checklist, string>;

export const CHECKLIST_CITATIONS = {
  ENFORCEMENT_DECISION: '《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）',
  NORMATIVE_DOCUMENT:
    '《国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见》（国办发〔2018〕115号）第三条；《国务院关于在市场体系建设中建立公平竞争审查制度的意见》（国发〔2016〕34号）',
  MAJOR_ADMIN_DECISION: '《重大行政决策程序暂行条例》第二十八条',
  ADMIN_CONTRACT: '《中华人民共和国民法典》第四百七十条；《最高人民法院关于审理行政协议案件若干问题的规定》',
  DISCLOSURE: '《中华人民共和国政府信息公开条例》第六条、第十四条、第十五条',
} as const satisfies Record<Checklist, string>;

// Kept for the enforcement decision's own messages.
export const CHECKPOINT_CITATION = CHECKLIST_CITATIONS.ENFORCEMENT_DECISION;

/**
 * Which checklist a subject is reviewed against: a disclosure of a normative document by the
 * normative-document points, any other disclosure (notices included) by the disclosure points.
 */
export function checklistFor(subjectType: 'DISCLOSURE' | 'ENFORCEMENT_DECISION' | 'MAJOR_ADMIN_DECISION' | 'ADMIN_CONTRACT', category?: string | null): Checklist {
  if (subjectType === 'DISCLOSURE') return category === 'NORMATIVE_DOCUMENT' ? 'NORMATIVE_DOCUMENT' : 'DISCLOSURE';
  return subjectType;
}

export function isChecklist(value: string): value is Checklist {
  return (CHECKLIST_KINDS as readonly string[]).includes(value);
}

// Short labels: each is the accessible name of its note field on the review page, so within one
// checklist none may be contained in another (Playwright's getByLabel matches substrings).
export const CHECKPOINT_LABELS = {
  BODY: '执法主体',
  OFFICER_QUALIFICATION: '执法人员资格',
  PROCEDURE: '程序',
  FACTS_EVIDENCE: '事实与证据',
  LAW_APPLIED: '适用法律',
  DISCRETION: '裁量基准',
  AUTHORITY: '权限',
  DOCUMENTS_COMPLETE: '文书完备',
  CRIMINAL_REFERRAL: '涉嫌犯罪移送',
  ND_MAKER: '制定主体',
  ND_AUTHORITY: '制定权限',
  ND_HIGHER_LAW: '上位法一致性',
  ND_NO_ILLEGAL_MEASURES: '违法设定事项',
  ND_RIGHTS_OBLIGATIONS: '减损权利增加义务',
  ND_POWERS: '扩权卸责',
  ND_PROCEDURE: '制定程序',
  ND_FAIR_COMPETITION: '公平竞争审查',
  MD_AUTHORITY: '决策权限',
  MD_PROCEDURE: '决策程序',
  MD_CONTENT: '决策内容',
  CT_PARTIES: '合同主体',
  CT_AUTHORITY: '签约权限',
  CT_RIGHTS: '权利义务',
  CT_LIABILITY: '违约责任',
  CT_DISPUTE: '争议解决',
  CT_RISK: '风险防控',
  DC_LEGAL_BASIS: '公开依据',
  DC_ISSUER: '发布主体',
  DC_STATE_SECRET: '国家秘密',
  DC_PRIVACY: '个人信息与商业秘密',
  DC_CONSISTENCY: '政策一致性',
} as const satisfies Record<CheckpointKey, string>;

// What the reviewer checks under each point, in the rule's words.
export const CHECKPOINT_QUESTIONS = {
  BODY: '执法主体是否合法',
  OFFICER_QUALIFICATION: '执法人员是否具备执法资格',
  PROCEDURE: '执法程序是否合法',
  FACTS_EVIDENCE: '案件事实是否清楚，证据是否合法充分',
  LAW_APPLIED: '适用法律、法规、规章是否准确',
  DISCRETION: '裁量基准运用是否适当',
  AUTHORITY: '是否超越法定权限',
  DOCUMENTS_COMPLETE: '文书是否完备、规范',
  CRIMINAL_REFERRAL: '违法行为是否涉嫌犯罪、需要移送司法机关',
  ND_MAKER: '制定主体是否合法',
  ND_AUTHORITY: '是否超越制定机关法定职权',
  ND_HIGHER_LAW: '内容是否符合宪法、法律、法规、规章和国家政策规定',
  ND_NO_ILLEGAL_MEASURES: '是否违法设立行政许可、行政处罚、行政强制、行政征收、行政收费等事项',
  ND_RIGHTS_OBLIGATIONS: '是否没有法律、法规依据作出减损公民、法人和其他组织合法权益或者增加其义务的规定',
  ND_POWERS: '是否没有法律、法规依据作出增加本单位权力或者减少本单位法定职责的规定',
  ND_PROCEDURE: '是否履行公开征求意见、合法性审核、集体审议等制定程序',
  ND_FAIR_COMPETITION: '涉及市场主体经济活动的，是否经公平竞争审查、不含排除限制竞争的内容',
  MD_AUTHORITY: '决策事项是否符合法定权限',
  MD_PROCEDURE: '决策草案的形成是否履行公众参与、专家论证、风险评估等法定程序',
  MD_CONTENT: '决策草案内容是否符合有关法律、法规、规章和国家政策的规定',
  CT_PARTIES: '合同相对方主体资格是否合法、适格',
  CT_AUTHORITY: '本机关是否有权订立该合同，签约程序是否合法',
  CT_RIGHTS: '双方权利义务是否明确、对等，是否违法加重相对方义务',
  CT_LIABILITY: '违约责任条款是否明确、可执行',
  CT_DISPUTE: '争议解决方式是否约定明确、合法',
  CT_RISK: '履约、资金、廉政等风险是否已识别并有防控措施',
  DC_LEGAL_BASIS: '公开的依据是否充分，是否属于应当主动公开的范围',
  DC_ISSUER: '发布主体是否为制作或者保存该信息的本机关',
  DC_STATE_SECRET: '是否涉及国家秘密，公开后是否可能危及国家安全、公共安全、经济安全、社会稳定（条例第十四条）',
  DC_PRIVACY: '是否涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的信息（条例第十五条）',
  DC_CONSISTENCY: '内容是否准确，与本机关已公开的政策、信息是否一致（条例第六条）',
} as const satisfies Record<CheckpointKey, string>;

export function isCheckpointKey(value: string): value is CheckpointKey {
  return (ALL_CHECKPOINT_KEYS as readonly string[]).includes(value);
}

// A checkpoint as the reviewer leaves it: undecided (passed null) until 符合 or 不符合 is chosen.
export type CheckpointEntry = { key: CheckpointKey; passed: boolean | null; note: string };
