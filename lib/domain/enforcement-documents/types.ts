// The enforcement documents (执法文书) a case can produce, which steps of the case templates they
// stand for, and the number code each one carries (e.g. 罚告 in 市中民罚告〔2021〕3号). Pure data.

export const DOCUMENT_TYPES = [
  'FILING_APPROVAL',
  'INSPECTION_RECORD',
  'INQUIRY_RECORD',
  'RECTIFICATION_ORDER',
  'RIGHTS_NOTICE',
  'HEARING_NOTICE',
  'HEARING_RECORD',
  'PENALTY_DECISION',
  'NO_PENALTY_DECISION',
  'SERVICE_RECEIPT',
  'CLOSING_APPROVAL',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export function isDocumentType(value: string): value is DocumentType {
  return (DOCUMENT_TYPES as readonly string[]).includes(value);
}

export type DocumentTypeSpec = {
  readonly label: string;
  /** Steps of the case templates this document stands for: offered when the case's template has one of them. */
  readonly steps: readonly string[] | 'ALL';
  /** Served on the party (carries a verification code the party can check on /verify). */
  readonly served: boolean;
};

export const DOCUMENT_TYPE_SPECS: Record<DocumentType, DocumentTypeSpec> = {
  FILING_APPROVAL: { label: '立案审批表', steps: ['FILED', 'PREPARATION', 'APPROVAL'], served: false },
  INSPECTION_RECORD: { label: '现场检查（勘验）笔录', steps: ['INVESTIGATION', 'ON_SITE_INSPECTION', 'INSPECTION_RECORD', 'IMPLEMENTATION'], served: false },
  INQUIRY_RECORD: { label: '询问笔录', steps: ['INVESTIGATION', 'ON_SPOT_IDENTIFICATION'], served: false },
  RECTIFICATION_ORDER: { label: '责令改正通知书', steps: ['INVESTIGATION', 'RECTIFICATION_ORDER'], served: true },
  RIGHTS_NOTICE: { label: '行政处罚事先告知书', steps: ['RIGHTS_NOTICE', 'ON_SPOT_NOTICE'], served: true },
  HEARING_NOTICE: { label: '听证通知书', steps: ['STATEMENT_OR_HEARING'], served: true },
  HEARING_RECORD: { label: '听证笔录', steps: ['STATEMENT_OR_HEARING'], served: false },
  PENALTY_DECISION: { label: '行政处罚决定书', steps: ['DECISION', 'BAN_DECISION', 'ON_SPOT_DECISION'], served: true },
  NO_PENALTY_DECISION: { label: '不予行政处罚决定书', steps: ['NO_PENALTY'], served: true },
  SERVICE_RECEIPT: { label: '送达回证', steps: ['SERVICE', 'DECISION_SERVICE', 'ON_SPOT_DECISION'], served: true },
  CLOSING_APPROVAL: { label: '结案审批表', steps: 'ALL', served: false },
};

/** The document types a case whose template has `stepKeys` can produce, in template order. */
export function documentTypesFor(stepKeys: readonly string[]): DocumentType[] {
  return DOCUMENT_TYPES.filter((type) => {
    const steps = DOCUMENT_TYPE_SPECS[type].steps;
    return steps === 'ALL' || steps.some((key) => stepKeys.includes(key));
  });
}

/** 〔2021〕 with the full-width brackets of GB/T 9704. */
export function formatDocumentNumber(prefix: string, year: number, serial: number): string {
  return `${prefix}〔${year}〕${serial}号`;
}
