// A document's content as generated: the template filled with the case's facts. This is what the
// PDF and the docx are written from, and it is stored with the document, so the case file can
// reprint it and a later template version changes nothing already generated.
import type { Blocker } from '../blockers';
import { allFieldsEmpty, fillFields, type DocumentFacts } from './fields';
import type { DocumentTemplateContent } from './templates';
import { DOCUMENT_TYPE_SPECS, type DocumentType } from './types';

export type RenderedBlock = { readonly kind: 'heading' | 'paragraph'; readonly text: string };

export type RenderedDocument = {
  readonly type: DocumentType;
  readonly organ: string;
  readonly title: string;
  readonly number: string;
  readonly blocks: readonly RenderedBlock[];
  readonly sealText: string;
  /** 二〇二六年一月五日 style date under the signature. */
  readonly dateLine: string;
  readonly verificationCode: string;
};

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function smallNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
}

/** 2026-01-05 → 二〇二六年一月五日 (GB/T 9704 signature date). */
export function chineseDate(isoDay: string): string {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  const year = String(y)
    .split('')
    .map((c) => DIGITS[Number(c)])
    .join('');
  return `${year}年${smallNumber(m)}月${smallNumber(d)}日`;
}

export function renderDocument(
  type: DocumentType,
  template: DocumentTemplateContent,
  facts: DocumentFacts,
  issue: { number: string; issuedOn: string; verificationCode: string },
): RenderedDocument {
  const blocks: RenderedBlock[] = [];
  for (const section of template.sections) {
    if (section.text.trim() === '' || allFieldsEmpty(section.text, facts)) continue;
    if (section.heading.trim() !== '') blocks.push({ kind: 'heading', text: fillFields(section.heading, facts) });
    for (const line of section.text.split('\n')) {
      if (line.trim() !== '') blocks.push({ kind: 'paragraph', text: fillFields(line, facts) });
    }
  }
  return {
    type,
    organ: facts.organ,
    title: template.title || DOCUMENT_TYPE_SPECS[type].label,
    number: issue.number,
    blocks,
    sealText: template.sealText,
    dateLine: chineseDate(issue.issuedOn),
    verificationCode: issue.verificationCode,
  };
}

/** The case's state as the document rules read it. */
export type DocumentCaseFacts = {
  readonly templateSteps: readonly string[];
  readonly recordedSteps: readonly string[];
  readonly partyCount: number;
  readonly hasIntendedPenalty: boolean;
  readonly hearingScheduled: boolean;
  readonly hearingHeld: boolean;
  readonly decided: boolean;
  readonly noPenaltyReason: boolean;
  /** Documents already served on the chosen party (for the 送达回证). */
  readonly servedDocumentsForParty: number;
  readonly outcome: boolean;
};

const CITE = '《中华人民共和国行政处罚法》';

/** Why a document of `type` cannot be generated yet: each blocker names what the case still lacks. */
export function documentBlockers(type: DocumentType, facts: DocumentCaseFacts): Blocker[] {
  const spec = DOCUMENT_TYPE_SPECS[type];
  const blockers: Blocker[] = [];
  if (spec.steps !== 'ALL' && !spec.steps.some((k) => facts.templateSteps.includes(k))) {
    return [{ code: 'doc.type.notForCase', message: `本类案件的办理环节中没有“${spec.label}”` }];
  }
  if (facts.partyCount === 0) blockers.push({ code: 'doc.party.none', message: '案件没有登记当事人，无法制作文书' });
  const recorded = (keys: readonly string[]) => keys.some((k) => facts.recordedSteps.includes(k));
  switch (type) {
    case 'INSPECTION_RECORD':
    case 'INQUIRY_RECORD':
      if (!recorded(spec.steps as readonly string[])) blockers.push({ code: 'doc.step.missing', message: `请先记录调查取证或现场检查环节，再制作${spec.label}` });
      break;
    case 'RIGHTS_NOTICE':
      if (!facts.hasIntendedPenalty) {
        blockers.push({ code: 'doc.notice.penalty', message: '请先在“告知”环节登记拟作出的处罚，再制作事先告知书', citation: `${CITE}第四十四条` });
      }
      break;
    case 'HEARING_NOTICE':
      if (!facts.hearingScheduled) blockers.push({ code: 'doc.hearing.schedule', message: '请先安排听证日期，再制作听证通知书', citation: `${CITE}第六十四条` });
      break;
    case 'HEARING_RECORD':
      if (!facts.hearingHeld) blockers.push({ code: 'doc.hearing.held', message: '听证举行后才能制作听证笔录', citation: `${CITE}第六十四条` });
      break;
    case 'PENALTY_DECISION':
      if (!facts.decided) blockers.push({ code: 'doc.decision.none', message: '负责人作出处罚决定后才能制作行政处罚决定书', citation: `${CITE}第五十九条` });
      break;
    case 'NO_PENALTY_DECISION':
      if (!facts.noPenaltyReason) blockers.push({ code: 'doc.noPenalty.none', message: '负责人作出不予处罚决定后才能制作不予行政处罚决定书' });
      break;
    case 'SERVICE_RECEIPT':
      if (facts.servedDocumentsForParty === 0) {
        blockers.push({ code: 'doc.service.nothing', message: '尚无向该当事人送达的文书（如告知书、决定书），无需送达回证' });
      }
      break;
    case 'CLOSING_APPROVAL':
      if (!facts.outcome) blockers.push({ code: 'doc.closing.outcome', message: '案件作出处理决定（或终止）后才能制作结案审批表' });
      break;
    default:
      break;
  }
  return blockers;
}
