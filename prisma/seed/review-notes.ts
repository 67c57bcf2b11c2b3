import type { CheckpointKey } from '@/lib/domain/review/checkpoints';

// What a legal reviewer actually writes under each point of the 2021 reviews (demo data): the
// finding and what it rests on, not a bare 符合.
export const REVIEW_NOTES: Record<CheckpointKey, string> = {
  BODY: '本局为《社会团体登记管理条例》规定的登记管理机关，执法主体适格。',
  OFFICER_QUALIFICATION: '承办人张执法、陈执法均持有效行政执法证件，未超过有效期。',
  PROCEDURE: '立案、调查、告知陈述申辩权利均已履行，当事人书面放弃听证，程序合法。',
  FACTS_EVIDENCE: '现场照片、书证及询问笔录相互印证，足以认定未经登记开展活动的事实。',
  LAW_APPLIED: '适用《取缔非法民间组织暂行办法》第二条、第三条，引用条款准确。',
  DISCRETION: '取缔不涉及罚款裁量，处理决定与违法情节相当。',
  AUTHORITY: '取缔决定属本局法定职权，未超越权限。',
  DOCUMENTS_COMPLETE: '立案审批表、调查终结报告、告知书及送达回证齐全，文书规范。',
  CRIMINAL_REFERRAL: '未发现组织、利用非法组织从事犯罪活动的线索，无需移送。',
  ND_MAKER: '以区民政局名义制发，属本局职责范围内的规范性文件，制定主体适格。',
  ND_AUTHORITY: '内容限于本局法定职责，未超越制定机关职权。',
  ND_HIGHER_LAW: '与《养老机构管理办法》《社会救助暂行办法》等上位规定一致，未发现抵触。',
  ND_NO_ILLEGAL_MEASURES: '未设定行政许可、行政处罚、行政强制、行政收费等事项。',
  ND_RIGHTS_OBLIGATIONS: '未减损公民、法人和其他组织合法权益，未增加其义务；所列申请材料均为上位法已要求的材料。',
  ND_POWERS: '未增加本局权力或减少法定职责。',
  ND_PROCEDURE: '已公开征求意见并采纳部分意见，经局长办公会议集体审议。',
  ND_FAIR_COMPETITION: '经公平竞争审查，不含排除、限制竞争的内容，未对不同所有制养老机构差别对待。',
  MD_AUTHORITY: '决策事项属本局法定职权。',
  MD_PROCEDURE: '已履行公众参与、专家论证、风险评估程序，材料齐全。',
  MD_CONTENT: '决策草案内容符合法律、法规、规章和国家政策规定。',
  CT_PARTIES: '相对方营业执照、资质证书有效，主体适格。',
  CT_AUTHORITY: '本局有权订立该合同，已履行政府采购程序。',
  CT_RIGHTS: '双方权利义务明确、对等。',
  CT_LIABILITY: '违约责任条款明确、可执行。',
  CT_DISPUTE: '约定向本局所在地人民法院提起诉讼，合法。',
  CT_RISK: '已设置分期付款与履约考核，资金风险可控。',
  DC_LEGAL_BASIS: '属《政府信息公开条例》第二十条规定应当主动公开的信息。',
  DC_ISSUER: '本局制作并保存该信息，发布主体适格。',
  DC_STATE_SECRET: '经保密审查，不涉及国家秘密，公开后不危及国家安全、公共安全、经济安全和社会稳定。',
  DC_PRIVACY: '不含个人身份证号、联系方式等个人信息，不涉及商业秘密。',
  DC_CONSISTENCY: '与本局已公开的政策文件表述一致，数据准确。',
};

export const APPROVAL_OPINIONS = {
  NORMATIVE_DOCUMENT: '经合法性审核，该文件制定主体适格、内容合法、程序规范，经公平竞争审查无排除限制竞争内容，同意提请集体审议后发布。',
  DISCLOSURE: '经审查，该信息属主动公开范围，不涉及国家秘密、个人隐私和商业秘密，同意公开。',
} as const;
