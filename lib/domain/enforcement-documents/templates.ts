// Document templates as data (ADR 0027): the heading, the organ, the number code, the seal
// placeholder and the wording around the fields. These are the built-in version 0 of each type; the
// bureau saves new versions (DocumentTemplate rows) and the newest one is used. A document keeps
// the content it was generated with, so a later version never changes it.
import type { Blocker } from '../blockers';
import { unknownFields } from './fields';
import { DOCUMENT_TYPE_SPECS, type DocumentType } from './types';

export type TemplateSection = { readonly heading: string; readonly text: string };

export type DocumentTemplateContent = {
  /** Issuing organ as printed; empty → the bureau's name from the settings (bureau.name). */
  readonly organName: string;
  /** The organ's abbreviation that starts every number, e.g. 市中民. */
  readonly organAbbrev: string;
  /** The document's code in its number, e.g. 罚告. */
  readonly numberCode: string;
  readonly title: string;
  /** What stands where the seal is applied, e.g. （印章）. */
  readonly sealText: string;
  readonly sections: readonly TemplateSection[];
};

const PARTY = [
  { heading: '', text: '当事人：{当事人}（{当事人类型}）' },
  { heading: '', text: '法定代表人（负责人）：{法定代表人}' },
  { heading: '', text: '证件号码：{证件号码}' },
  { heading: '', text: '住址：{住址}' },
];

const REMEDIES =
  '如不服本决定，可以在收到本决定书之日起六十日内向市中区人民政府申请行政复议，也可以在收到本决定书之日起六个月内直接向市中区人民法院提起行政诉讼。复议和诉讼期间，本决定不停止执行，法律另有规定的除外。';

const base = (type: DocumentType, numberCode: string, sections: readonly TemplateSection[]): DocumentTemplateContent => ({
  organName: '',
  organAbbrev: '市中民',
  numberCode,
  title: DOCUMENT_TYPE_SPECS[type].label,
  sealText: '（印章）',
  sections,
});

export const DEFAULT_TEMPLATES: Record<DocumentType, DocumentTemplateContent> = {
  FILING_APPROVAL: base('FILING_APPROVAL', '立', [
    { heading: '', text: '案号：{案号}　案件类型：{案件类型}' },
    { heading: '', text: '案由：{案由}' },
    ...PARTY,
    { heading: '案件来源及基本情况', text: '{违法事实}' },
    { heading: '立案依据', text: '{法律依据}' },
    { heading: '承办人员', text: '{执法人员}' },
    { heading: '审批意见', text: '经审查，符合立案条件，同意立案。立案日期：{立案日期}。' },
  ]),
  INSPECTION_RECORD: base('INSPECTION_RECORD', '检', [
    { heading: '', text: '案号：{案号}　案由：{案由}' },
    ...PARTY,
    { heading: '检查（勘验）人员', text: '{执法人员}。执法人员已出示执法证件，告知当事人依法享有的权利。' },
    { heading: '检查（勘验）情况', text: '{检查记录}' },
    { heading: '', text: '以上笔录经当事人核对无误。当事人签名：＿＿＿＿　执法人员签名：＿＿＿＿' },
  ]),
  INQUIRY_RECORD: base('INQUIRY_RECORD', '询', [
    { heading: '', text: '案号：{案号}　案由：{案由}' },
    { heading: '', text: '被询问人：{当事人}　联系电话：{联系电话}' },
    { heading: '', text: '住址：{住址}' },
    { heading: '询问人', text: '{执法人员}。询问人已出示执法证件，告知被询问人有如实陈述的义务和申请回避的权利。' },
    { heading: '询问内容', text: '{调查记录}' },
    { heading: '', text: '以上笔录经被询问人核对无误。被询问人签名：＿＿＿＿' },
  ]),
  RECTIFICATION_ORDER: base('RECTIFICATION_ORDER', '责改', [
    { heading: '', text: '案号：{案号}' },
    { heading: '', text: '{当事人}：' },
    { heading: '', text: '经查，{违法事实}' },
    {
      heading: '',
      text: '上述行为违反了{法律依据}。根据《中华人民共和国行政处罚法》第二十八条第一款的规定，本机关责令你（单位）立即改正上述违法行为，并将改正情况书面报告本机关。',
    },
  ]),
  RIGHTS_NOTICE: base('RIGHTS_NOTICE', '罚告', [
    { heading: '', text: '案号：{案号}' },
    { heading: '', text: '{当事人}：' },
    { heading: '', text: '本机关于{立案日期}对你（单位）{案由}立案调查。经查，{违法事实}' },
    { heading: '', text: '主要证据：{证据}' },
    { heading: '', text: '你（单位）的上述行为违反了{法律依据}。{裁量说明}' },
    { heading: '', text: '根据《中华人民共和国行政处罚法》第四十四条的规定，本机关拟对你（单位）作出如下行政处罚：{拟处罚}。' },
    {
      heading: '',
      text: '根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你（单位）享有陈述、申辩的权利。如需陈述、申辩，请于收到本告知书之日起{陈述申辩期限}内向本机关提出；逾期未提出的，视为放弃陈述和申辩的权利。',
    },
    { heading: '', text: '{听证权利}' },
  ]),
  HEARING_NOTICE: base('HEARING_NOTICE', '听通', [
    { heading: '', text: '{当事人}：' },
    { heading: '', text: '根据你（单位）的申请，本机关定于{听证日期}就{案由}（案号{案号}）举行听证，听证主持人为{听证主持人}。' },
    {
      heading: '',
      text: '根据《中华人民共和国行政处罚法》第六十四条的规定，你（单位）可以亲自参加听证，也可以委托一至二人代理；认为主持人与本案有直接利害关系的，有权申请回避。无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利。',
    },
  ]),
  HEARING_RECORD: base('HEARING_RECORD', '听录', [
    { heading: '', text: '案号：{案号}　案由：{案由}' },
    ...PARTY,
    { heading: '', text: '听证日期：{听证举行日期}　听证主持人：{听证主持人}' },
    { heading: '', text: '案件调查人员：{执法人员}' },
    { heading: '听证经过', text: '{听证记录}' },
    { heading: '', text: '以上笔录经当事人核对无误。当事人签名：＿＿＿＿　主持人签名：＿＿＿＿' },
  ]),
  PENALTY_DECISION: base('PENALTY_DECISION', '罚决', [
    { heading: '', text: '案号：{案号}' },
    ...PARTY,
    {
      heading: '',
      text: '本机关于{立案日期}对你（单位）{案由}立案调查，于{告知日期}送达行政处罚事先告知书，依法告知了拟作出行政处罚的事实、理由、依据及你（单位）依法享有的权利。',
    },
    { heading: '违法事实', text: '经查，{违法事实}' },
    { heading: '证据', text: '{证据}' },
    { heading: '处罚依据及裁量', text: '你（单位）的上述行为违反了{法律依据}。{裁量说明}' },
    { heading: '处罚决定', text: '根据上述规定，本机关决定对你（单位）作出如下行政处罚：{处罚决定}。' },
    {
      heading: '履行方式和期限',
      text: '罚款应当自收到本决定书之日起十五日内，持本决定书到指定的代收银行缴纳或者通过电子支付系统缴纳（《中华人民共和国行政处罚法》第六十七条）。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款（第七十二条）。',
    },
    { heading: '救济途径和期限', text: REMEDIES },
  ]),
  NO_PENALTY_DECISION: base('NO_PENALTY_DECISION', '不罚决', [
    { heading: '', text: '案号：{案号}' },
    ...PARTY,
    { heading: '', text: '本机关于{立案日期}对你（单位）{案由}立案调查。经查，{违法事实}' },
    { heading: '不予行政处罚的理由和依据', text: '{不予处罚理由}' },
    { heading: '', text: '根据《中华人民共和国行政处罚法》第三十三条的规定，本机关决定对你（单位）不予行政处罚，并对你（单位）进行了教育。' },
    { heading: '救济途径和期限', text: REMEDIES },
  ]),
  SERVICE_RECEIPT: base('SERVICE_RECEIPT', '送', [
    { heading: '', text: '案号：{案号}　案由：{案由}' },
    { heading: '', text: '受送达人：{当事人}　送达地址：{住址}' },
    { heading: '送达文书', text: '{送达文书}' },
    { heading: '', text: '送达日期：{送达日期}　送达人：{执法人员}' },
    { heading: '', text: '受送达人签名：＿＿＿＿　　年　月　日' },
  ]),
  CLOSING_APPROVAL: base('CLOSING_APPROVAL', '结', [
    { heading: '', text: '案号：{案号}　案件类型：{案件类型}' },
    { heading: '', text: '案由：{案由}' },
    { heading: '', text: '当事人：{当事人}（{当事人类型}）' },
    { heading: '处理结果', text: '{处理结果}' },
    { heading: '办理经过', text: '{办理经过}' },
    { heading: '审批意见', text: '案件已办理完毕，同意结案。' },
  ]),
};

export type TemplateVersion = { readonly version: number; readonly content: DocumentTemplateContent };

/** Problems with a template the bureau wants to save (unknown fields, missing heading), in Chinese. */
export function templateBlockers(content: DocumentTemplateContent): Blocker[] {
  const blockers: Blocker[] = [];
  if (content.title.trim() === '') blockers.push({ code: 'doc.template.title', message: '文书标题不能为空' });
  if (content.organAbbrev.trim() === '' || content.numberCode.trim() === '') {
    blockers.push({ code: 'doc.template.number', message: '机关代字和文书代字不能为空（用于文号，如“市中民罚告〔2026〕1号”）' });
  }
  if (content.sections.length === 0) blockers.push({ code: 'doc.template.empty', message: '文书至少需要一段正文' });
  const unknown = [...new Set(content.sections.flatMap((s) => [...unknownFields(s.heading), ...unknownFields(s.text)]))];
  if (unknown.length > 0) {
    blockers.push({ code: 'doc.template.field', message: `模板中有不认识的字段：${unknown.map((n) => `{${n}}`).join('、')}，请改用字段表中的名称` });
  }
  return blockers;
}

/** Reads a stored template's JSON; anything malformed falls back to nothing (the caller uses version 0). */
export function parseTemplateContent(value: unknown): DocumentTemplateContent | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const str = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : null);
  const sections = Array.isArray(v.sections)
    ? v.sections.flatMap((s) =>
        s && typeof s === 'object' && typeof (s as TemplateSection).text === 'string'
          ? [{ heading: typeof (s as TemplateSection).heading === 'string' ? (s as TemplateSection).heading : '', text: (s as TemplateSection).text }]
          : [],
      )
    : null;
  const organName = str('organName');
  const organAbbrev = str('organAbbrev');
  const numberCode = str('numberCode');
  const title = str('title');
  const sealText = str('sealText');
  if (organName === null || !organAbbrev || !numberCode || !title || sealText === null || !sections) return null;
  return { organName, organAbbrev, numberCode, title, sealText, sections };
}

/**
 * The sections as the bureau edits them in one text box: blocks separated by a blank line; a block
 * whose first line is 【小标题】 carries that heading. `parseSectionsText(formatSectionsText(s))` is `s`.
 */
export function formatSectionsText(sections: readonly TemplateSection[]): string {
  return sections.map((s) => (s.heading ? `【${s.heading}】\n${s.text}` : s.text)).join('\n\n');
}

export function parseSectionsText(text: string): TemplateSection[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map((block) => {
      const heading = /^【([^】\n]+)】\n?/.exec(block);
      return heading ? { heading: heading[1]!.trim(), text: block.slice(heading[0].length).trim() } : { heading: '', text: block };
    });
}
