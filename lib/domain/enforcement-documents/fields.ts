// The fields a document template may place in its wording, named in Chinese as the bureau writes
// them: `{当事人}` in a template is replaced by the party's name. Every value comes from the case's
// data (DocumentFacts, built by the generating service for ONE party), never from free editing.

export type DocumentParty = {
  readonly kindLabel: string;
  readonly name: string;
  readonly idNumber: string;
  readonly address: string;
  readonly phone: string;
  readonly legalRepresentative: string;
};

export type DocumentFacts = {
  readonly organ: string;
  readonly caseNumber: string;
  readonly caseTitle: string;
  readonly caseTypeLabel: string;
  readonly filedOn: string;
  readonly facts: string;
  readonly legalBasis: string;
  readonly officers: string;
  readonly party: DocumentParty;
  readonly evidence: string;
  readonly investigation: string;
  readonly inspection: string;
  readonly intendedPenalty: string;
  readonly discretion: string;
  readonly rightsNoticeServedOn: string;
  readonly statementDays: string;
  readonly hearingRequestDays: string;
  readonly hearingRight: string;
  readonly hearingScheduledOn: string;
  readonly hearingHost: string;
  readonly hearingHeldOn: string;
  readonly hearingRecord: string;
  readonly decidedOn: string;
  readonly decidedPenalty: string;
  readonly decisionNumber: string;
  readonly noPenaltyReason: string;
  readonly servedDocuments: string;
  readonly servedOn: string;
  readonly outcome: string;
  readonly closedOn: string;
  readonly stepHistory: string;
  readonly issuedOn: string;
};

type FieldReader = (facts: DocumentFacts) => string;

/** Placeholder name (as written in a template) → its value. */
export const DOCUMENT_FIELDS: Record<string, FieldReader> = {
  机关名称: (f) => f.organ,
  案号: (f) => f.caseNumber,
  案由: (f) => f.caseTitle,
  案件类型: (f) => f.caseTypeLabel,
  立案日期: (f) => f.filedOn,
  违法事实: (f) => f.facts,
  法律依据: (f) => f.legalBasis,
  执法人员: (f) => f.officers,
  当事人: (f) => f.party.name,
  当事人类型: (f) => f.party.kindLabel,
  证件号码: (f) => f.party.idNumber,
  住址: (f) => f.party.address,
  联系电话: (f) => f.party.phone,
  法定代表人: (f) => f.party.legalRepresentative,
  证据: (f) => f.evidence,
  调查记录: (f) => f.investigation,
  检查记录: (f) => f.inspection,
  拟处罚: (f) => f.intendedPenalty,
  裁量说明: (f) => f.discretion,
  告知日期: (f) => f.rightsNoticeServedOn,
  陈述申辩期限: (f) => f.statementDays,
  听证申请期限: (f) => f.hearingRequestDays,
  听证权利: (f) => f.hearingRight,
  听证日期: (f) => f.hearingScheduledOn,
  听证主持人: (f) => f.hearingHost,
  听证举行日期: (f) => f.hearingHeldOn,
  听证记录: (f) => f.hearingRecord,
  决定日期: (f) => f.decidedOn,
  处罚决定: (f) => f.decidedPenalty,
  决定书文号: (f) => f.decisionNumber,
  不予处罚理由: (f) => f.noPenaltyReason,
  送达文书: (f) => f.servedDocuments,
  送达日期: (f) => f.servedOn,
  处理结果: (f) => f.outcome,
  结案日期: (f) => f.closedOn,
  办理经过: (f) => f.stepHistory,
  文书日期: (f) => f.issuedOn,
};

const PLACEHOLDER = /\{([^{}]{1,20})\}/g;

/** Fields that are left blank when the case has nothing for them (a sentence the case does not need). */
const OPTIONAL_FIELDS: ReadonlySet<string> = new Set(['裁量说明', '听证权利', '法定代表人']);

/** Placeholders a template text uses that are not fields (so a template with a typo is refused, never shown raw). */
export function unknownFields(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((name) => !(name in DOCUMENT_FIELDS));
}

/** The text with every field filled from the case; a field with no value reads “（无）”. */
export function fillFields(text: string, facts: DocumentFacts): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const reader = DOCUMENT_FIELDS[name];
    if (!reader) return whole;
    const value = reader(facts).trim();
    return value === '' && !OPTIONAL_FIELDS.has(name) ? '（无）' : value;
  });
}

/** Whether every field the text uses is empty (such a paragraph is left out, e.g. a hearing right that does not apply). */
export function allFieldsEmpty(text: string, facts: DocumentFacts): boolean {
  const names = [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
  return names.length > 0 && names.every((name) => (DOCUMENT_FIELDS[name]?.(facts) ?? '').trim() === '');
}

export type OtherParty = {
  readonly name: string;
  readonly idNumber: string | null;
  readonly address: string | null;
  readonly phone: string | null;
  readonly legalRepresentative: string | null;
};

/**
 * Removes every other party's personal data from free text (facts, notes) before it goes into a
 * document for one party: their name, ID number, address, phone and representative are replaced.
 * Longest values first, so a name inside an address is not left half-replaced.
 */
export function scrubOtherParties(text: string, others: readonly OtherParty[]): string {
  const values = others
    .flatMap((p) => [p.name, p.idNumber, p.address, p.phone, p.legalRepresentative])
    .filter((v): v is string => typeof v === 'string' && v.trim().length >= 2)
    .sort((a, b) => b.length - a.length);
  let out = text;
  for (const value of values) out = out.split(value).join('（其他当事人信息已隐去）');
  return out;
}

/** The same for every text field of the facts except the addressed party's own. */
export function scrubFacts(facts: DocumentFacts, others: readonly OtherParty[]): DocumentFacts {
  if (others.length === 0) return facts;
  const entries = Object.entries(facts).map(([key, value]) => [key, typeof value === 'string' ? scrubOtherParties(value, others) : value]);
  return { ...(Object.fromEntries(entries) as DocumentFacts), party: facts.party };
}
