import { describe, expect, it } from 'vitest';
import { fillFields, scrubOtherParties, unknownFields, type DocumentFacts } from './fields';
import { chineseDate, documentBlockers, renderDocument, type DocumentCaseFacts } from './render';
import { DEFAULT_TEMPLATES, templateBlockers } from './templates';
import { DOCUMENT_TYPES, documentTypesFor, formatDocumentNumber } from './types';

const facts: DocumentFacts = {
  organ: '市中区民政局',
  caseNumber: '市中民执罚〔2026〕001号',
  caseTitle: '张三案',
  caseTypeLabel: '行政处罚',
  filedOn: '2026-01-05',
  facts: '张三与李四共同组织活动。',
  legalBasis: '《社会团体登记管理条例》第三十五条',
  officers: '张办案、李办案',
  party: { kindLabel: '自然人', name: '张三', idNumber: '370102198001011234', address: '某路1号', phone: '13800000000', legalRepresentative: '' },
  evidence: '',
  investigation: '',
  inspection: '',
  intendedPenalty: '罚款5,000元',
  discretion: '',
  rightsNoticeServedOn: '2026-01-20',
  statementDays: '三个工作日',
  hearingRequestDays: '5个工作日',
  hearingRight: '',
  hearingScheduledOn: '',
  hearingHost: '',
  hearingHeldOn: '',
  hearingRecord: '',
  decidedOn: '',
  decidedPenalty: '',
  decisionNumber: '',
  noPenaltyReason: '',
  servedDocuments: '',
  servedOn: '',
  outcome: '',
  closedOn: '',
  stepHistory: '',
  issuedOn: '2026-01-20',
};
const ready: DocumentCaseFacts = {
  templateSteps: ['FILED', 'INVESTIGATION', 'RIGHTS_NOTICE', 'DECISION', 'SERVICE', 'CLOSED'],
  recordedSteps: ['FILED'],
  partyCount: 1,
  hasIntendedPenalty: false,
  hearingScheduled: false,
  hearingHeld: false,
  decided: false,
  noPenaltyReason: false,
  servedDocumentsForParty: 0,
  outcome: false,
};

describe('document templates and rendering', () => {
  it('every built-in template uses only known fields', () => {
    for (const type of DOCUMENT_TYPES) expect(templateBlockers(DEFAULT_TEMPLATES[type])).toEqual([]);
    expect(unknownFields('{当事人}{不存在}')).toEqual(['不存在']);
  });

  it('fills fields from the case, never leaves a raw placeholder, and drops a sentence the case does not need', () => {
    const rendered = renderDocument('RIGHTS_NOTICE', DEFAULT_TEMPLATES.RIGHTS_NOTICE, facts, {
      number: '市中民罚告〔2026〕3号',
      issuedOn: '2026-01-20',
      verificationCode: 'ABCDEFGHJK',
    });
    const text = rendered.blocks.map((b) => b.text).join('\n');
    expect(text).toContain('张三：');
    expect(text).toContain('罚款5,000元');
    expect(text).not.toMatch(/[{}]/);
    expect(text).not.toContain('听证'); // no hearing right stated: the paragraph is left out
    expect(rendered.dateLine).toBe('二〇二六年一月二十日');
    expect(fillFields('{证据}', facts)).toBe('（无）');
  });

  it('removes another party’s personal data from free text', () => {
    const others = [{ name: '李四', idNumber: '370102199002023456', address: '李家巷9号', phone: '13900000000', legalRepresentative: null }];
    expect(scrubOtherParties('张三与李四（370102199002023456，13900000000，住李家巷9号）', others)).not.toMatch(/李四|3701021990|139000|李家巷/);
  });

  it('numbers as GB/T 9704 writes them and chooses document types from the case template', () => {
    expect(formatDocumentNumber('市中民罚告', 2021, 3)).toBe('市中民罚告〔2021〕3号');
    expect(chineseDate('2026-12-31')).toBe('二〇二六年十二月三十一日');
    expect(documentTypesFor(['APPLICATION_RECEIVED', 'HOME_VISIT', 'CLOSED'])).toEqual(['CLOSING_APPROVAL']);
    expect(documentTypesFor(ready.templateSteps)).toContain('PENALTY_DECISION');
  });

  it('says what a document still needs, citing the article', () => {
    expect(documentBlockers('RIGHTS_NOTICE', ready).map((b) => b.code)).toEqual(['doc.notice.penalty']);
    expect(documentBlockers('RIGHTS_NOTICE', { ...ready, hasIntendedPenalty: true })).toEqual([]);
    expect(documentBlockers('PENALTY_DECISION', ready)[0]?.citation).toContain('第五十九条');
    expect(documentBlockers('SERVICE_RECEIPT', { ...ready, servedDocumentsForParty: 1 })).toEqual([]);
    expect(documentBlockers('HEARING_NOTICE', ready).map((b) => b.code)).toEqual(['doc.type.notForCase']);
  });
});

describe('template sections as one text box', () => {
  it('round-trips every built-in template', async () => {
    const { formatSectionsText, parseSectionsText } = await import('./templates');
    for (const type of DOCUMENT_TYPES) expect(parseSectionsText(formatSectionsText(DEFAULT_TEMPLATES[type].sections))).toEqual(DEFAULT_TEMPLATES[type].sections);
  });
});
