// The publication check: every piece of text that would go public (title, summary, body, each
// attachment's file name, a withdrawal notice…) against the parties of the linked record and the
// personal-data patterns. Returns blockers naming the place, the kind and the count, never the value.
import type { Blocker } from '../blockers';
import { describeFindings, findPartyPersonalData, findPersonalData, type PartyPersonalData, type PersonalDataFinding } from './personal-data';

export const PRIVACY_CITATION = '《中华人民共和国政府信息公开条例》第十五条';

/** One piece of public text and where it is, in Chinese (标题, 正文, 附件“…”的文件名). */
export type PublicField = { readonly where: string; readonly text: string };

export type PublicTextFacts = {
  readonly fields: readonly PublicField[];
  /** The parties of the record the text is about (the linked case, the exposed organisation's cases…). */
  readonly parties: readonly PartyPersonalData[];
};

/** The public fields of a disclosure, labelled as the staff pages name them. */
export function disclosurePublicFields(item: { title: string; summary: string; body: string; attachmentNames: readonly string[] }): PublicField[] {
  return [
    { where: '标题', text: item.title },
    { where: '摘要', text: item.summary },
    { where: '正文', text: item.body },
    ...item.attachmentNames.map((name, i) => ({ where: `第${i + 1}个附件的文件名`, text: name })),
  ];
}

/**
 * What blocks publication in one text: every finding except a landline that is not a party's.
 * A landline number in a notice is nearly always an office's published contact number (咨询电话),
 * so the pattern alone does not block; a party's own phone does, and generated drafts still redact
 * every landline they copy from a case's free text.
 */
export function publicationFindings(text: string, parties: readonly PartyPersonalData[]): PersonalDataFinding[] {
  const own = findPartyPersonalData(text, parties);
  return findPersonalData(text, parties).filter((f) => f.kind !== 'LANDLINE' || own.some((o) => o.start === f.start && o.end === f.end));
}

/** Where personal data was found, one description per field ("正文：身份证号码 1 处"). */
export function personalDataFindings(facts: PublicTextFacts): string[] {
  return facts.fields.map((f) => describeFindings(publicationFindings(f.text, facts.parties), f.where)).filter(Boolean);
}

export function personalDataBlockers(facts: PublicTextFacts, action = '发布'): Blocker[] {
  const found = personalDataFindings(facts);
  if (found.length === 0) return [];
  return [
    {
      code: 'PERSONAL_DATA',
      message: `含有个人信息，不能${action}：${found.join('；')}。请隐去（自然人姓名写作“张某某”，删除身份证号码、电话、住址、银行卡号）后再${action}`,
      citation: PRIVACY_CITATION,
    },
  ];
}
