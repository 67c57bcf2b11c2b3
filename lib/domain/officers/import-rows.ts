import type { IsoDate } from '@/lib/domain/calendar/date-string';
import { CERTIFICATE_KIND_LABELS, type CertificateKind } from './certificate-status';
import { cellDate, cellText, cellYesNo, type CellValue } from './import-cells';
import { IMPORT_COLUMNS, type ImportColumnKey } from './import-columns';

export type ImportedCertificate = {
  kind: CertificateKind;
  category: string;
  number: string;
  validFrom: IsoDate;
  validTo: IsoDate;
  examPassed: boolean;
  platformRegistered: boolean;
};

export type ImportedOfficerRow = {
  name: string;
  unit: string;
  isLegalStaff: boolean;
  legalQualificationNo: string | null;
  certificate: ImportedCertificate | null;
};

// `row` is the spreadsheet's own row number, so the message points at the line the user sees.
export type RawImportRow = { row: number; values: Partial<Record<ImportColumnKey, CellValue>> };

export type CheckedImportRow = {
  row: number;
  cells: Record<ImportColumnKey, string>;
  data: ImportedOfficerRow | null;
  errors: string[];
};

const header = (key: ImportColumnKey) => `「${IMPORT_COLUMNS.find((column) => column.key === key)!.header}」`;

const KIND_ALIASES: Record<string, CertificateKind> = {
  执法证: 'ENFORCEMENT',
  行政执法证: 'ENFORCEMENT',
  ENFORCEMENT: 'ENFORCEMENT',
  听证主持人证: 'HEARING_HOST',
  听证主持人: 'HEARING_HOST',
  HEARING_HOST: 'HEARING_HOST',
};

const CERTIFICATE_KEYS = ['kind', 'category', 'number', 'validFrom', 'validTo', 'examPassed', 'platformRegistered'] as const;

const LIMITS: Partial<Record<ImportColumnKey, number>> = { name: 50, unit: 100, legalQualificationNo: 50, category: 50, number: 50 };

function checkRow(raw: RawImportRow): CheckedImportRow {
  const value = (key: ImportColumnKey): CellValue => raw.values[key] ?? null;
  const cells = Object.fromEntries(IMPORT_COLUMNS.map((column) => [column.key, cellText(value(column.key))])) as Record<ImportColumnKey, string>;
  const errors: string[] = [];

  for (const [key, limit] of Object.entries(LIMITS) as [ImportColumnKey, number][]) {
    if (cells[key].length > limit) errors.push(`${header(key)}不能超过${limit}个字`);
  }
  if (!cells.name) errors.push(`${header('name')}不能为空`);
  if (!cells.unit) errors.push(`${header('unit')}不能为空`);
  const isLegalStaff = cells.isLegalStaff === '' ? false : cellYesNo(value('isLegalStaff'));
  if (isLegalStaff === null) errors.push(`${header('isLegalStaff')}应填“是”或“否”`);

  const certificate = CERTIFICATE_KEYS.some((key) => cells[key] !== '') ? checkCertificate(value, cells, errors) : null;
  const data =
    errors.length === 0 ? { name: cells.name, unit: cells.unit, isLegalStaff: isLegalStaff ?? false, legalQualificationNo: cells.legalQualificationNo || null, certificate } : null;
  return { row: raw.row, cells, data, errors };
}

// A row either leaves every certificate column blank (a person without a certificate, e.g. legal
// staff) or fills all of them.
function checkCertificate(value: (key: ImportColumnKey) => CellValue, cells: Record<ImportColumnKey, string>, errors: string[]): ImportedCertificate | null {
  const before = errors.length;
  const kindText = cells.kind.replace(/\s+/g, '');
  const kind = KIND_ALIASES[kindText] ?? KIND_ALIASES[kindText.toUpperCase()];
  if (!cells.kind) errors.push(`${header('kind')}不能为空`);
  else if (!kind) errors.push(`${header('kind')}应为“${CERTIFICATE_KIND_LABELS.ENFORCEMENT}”或“${CERTIFICATE_KIND_LABELS.HEARING_HOST}”`);
  if (!cells.category) errors.push(`${header('category')}不能为空`);
  if (!cells.number) errors.push(`${header('number')}不能为空`);
  const dates = (['validFrom', 'validTo'] as const).map((key) => {
    const date = cellDate(value(key));
    if (!cells[key]) errors.push(`${header(key)}不能为空`);
    else if (!date) errors.push(`${header(key)}不是有效日期（请写作 2021-01-01）`);
    return date;
  });
  const [validFrom, validTo] = dates;
  if (validFrom && validTo && validTo < validFrom) errors.push(`${header('validTo')}早于${header('validFrom')}`);
  const flags = (['examPassed', 'platformRegistered'] as const).map((key) => {
    const flag = cellYesNo(value(key));
    if (flag === null) errors.push(`${header(key)}应填“是”或“否”`);
    return flag;
  });
  if (errors.length > before || !kind || !validFrom || !validTo) return null;
  return {
    kind,
    category: cells.category,
    number: cells.number,
    validFrom,
    validTo,
    examPassed: flags[0] ?? false,
    platformRegistered: flags[1] ?? false,
  };
}

function personKey(cells: Record<ImportColumnKey, string>): string {
  return `${cells.name}\u0000${cells.unit}`;
}

// Checks every row, then what only the whole file shows: a certificate number used twice, or
// already on record; one person (same name and unit) described differently on two rows.
export function checkImportRows(rows: readonly RawImportRow[], context: { existingCertificateNumbers: ReadonlySet<string> }): { rows: CheckedImportRow[]; errorCount: number } {
  const checked = rows.map(checkRow);
  const existing = new Set([...context.existingCertificateNumbers].map((number) => number.toUpperCase()));
  const numbers = new Map<string, number>();
  const people = new Map<string, CheckedImportRow>();
  for (const row of checked) {
    const number = row.cells.number;
    if (number) {
      const first = numbers.get(number.toUpperCase());
      if (first !== undefined) row.errors.push(`${header('number')}${number}与第${first}行重复`);
      else numbers.set(number.toUpperCase(), row.row);
      if (existing.has(number.toUpperCase())) row.errors.push(`${header('number')}${number}已登记在册`);
    }
    const firstRow = people.get(personKey(row.cells));
    if (firstRow && (firstRow.cells.isLegalStaff !== row.cells.isLegalStaff || firstRow.cells.legalQualificationNo !== row.cells.legalQualificationNo)) {
      row.errors.push(`与第${firstRow.row}行为同一人员，但${header('isLegalStaff')}或${header('legalQualificationNo')}不一致`);
    } else if (!firstRow) {
      people.set(personKey(row.cells), row);
    }
    if (row.errors.length > 0) row.data = null;
  }
  return { rows: checked, errorCount: checked.filter((row) => row.errors.length > 0).length };
}

// Rows of one person (same name and unit) become one officer with several certificates.
export function groupImportedOfficers(rows: readonly ImportedOfficerRow[]): (Omit<ImportedOfficerRow, 'certificate'> & { certificates: ImportedCertificate[] })[] {
  const groups = new Map<string, Omit<ImportedOfficerRow, 'certificate'> & { certificates: ImportedCertificate[] }>();
  for (const row of rows) {
    const key = `${row.name}\u0000${row.unit}`;
    const group = groups.get(key) ?? { name: row.name, unit: row.unit, isLegalStaff: row.isLegalStaff, legalQualificationNo: row.legalQualificationNo, certificates: [] };
    if (row.certificate) group.certificates.push(row.certificate);
    groups.set(key, group);
  }
  return [...groups.values()];
}
