import type { CellValue } from './import-cells';

// The officer sheet's columns, shared by the import and the registry export (so an exported file
// can be edited and imported again). One row is one person and, optionally, one certificate.
export const IMPORT_COLUMNS = [
  { key: 'name', header: '姓名', required: true, width: 12 },
  { key: 'unit', header: '单位', required: true, width: 24 },
  { key: 'isLegalStaff', header: '法制工作人员', required: false, width: 14 },
  { key: 'legalQualificationNo', header: '法律职业资格证号', required: false, width: 22 },
  { key: 'kind', header: '证件种类', required: true, width: 14 },
  { key: 'category', header: '证件类别', required: true, width: 16 },
  { key: 'number', header: '证件号', required: true, width: 20 },
  { key: 'validFrom', header: '有效期起', required: true, width: 13 },
  { key: 'validTo', header: '有效期止', required: true, width: 13 },
  { key: 'examPassed', header: '考试合格', required: true, width: 10 },
  { key: 'platformRegistered', header: '平台注册', required: true, width: 10 },
] as const;

export type ImportColumnKey = (typeof IMPORT_COLUMNS)[number]['key'];
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

export const MAX_IMPORT_ROWS = 1000;

function normaliseHeader(value: CellValue): string {
  return String(value ?? '')
    .replace(/\s+/g, '')
    .replace(/[*＊]|（必填）|\(必填\)/g, '');
}

// Finds each known column in the header row. Unknown columns (e.g. the export's 状态) are ignored.
export function mapHeaderRow(headers: readonly CellValue[]): { columns: Map<ImportColumnKey, number>; errors: string[] } {
  const columns = new Map<ImportColumnKey, number>();
  const errors: string[] = [];
  headers.forEach((header, index) => {
    const column = IMPORT_COLUMNS.find((candidate) => candidate.header === normaliseHeader(header));
    if (!column) return;
    if (columns.has(column.key)) errors.push(`表头「${column.header}」出现了不止一次`);
    else columns.set(column.key, index);
  });
  for (const column of IMPORT_COLUMNS) {
    if (column.required && !columns.has(column.key)) errors.push(`缺少「${column.header}」列`);
  }
  return { columns, errors };
}
