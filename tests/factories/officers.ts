import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { IMPORT_COLUMNS } from '@/lib/domain/officers/import-columns';
import type { AddCertificateInput } from '@/lib/schemas/officers';
import { addCertificate } from '@/lib/services/officers/add-certificate';
import { createOfficer } from '@/lib/services/officers/create-officer';

// Officers are made through the same services the registry page calls.
type CertificateOptions = Partial<Omit<AddCertificateInput, 'officerId'>>;

export function certificateNumber(prefix = 'T'): string {
  return `${prefix}-${randomBytes(4).toString('hex').toUpperCase()}`;
}

export async function makeOfficer(
  db: Db,
  admin: Actor,
  options: { name?: string; unit?: string; isLegalStaff?: boolean; userId?: string | null; certificates?: CertificateOptions[] } = {},
): Promise<{ id: string; name: string; certificateIds: string[]; certificateNumbers: string[] }> {
  const officer = await createOfficer(db, admin, {
    name: options.name ?? `测试${randomBytes(2).toString('hex')}`,
    unit: options.unit ?? '市中区民政局',
    isLegalStaff: options.isLegalStaff ?? false,
    legalQualificationNo: null,
    userId: options.userId ?? null,
  });
  const certificateIds: string[] = [];
  const certificateNumbers: string[] = [];
  for (const certificate of options.certificates ?? [{}]) {
    const created = await addCertificate(db, admin, {
      officerId: officer.id,
      kind: 'ENFORCEMENT',
      category: '行政执法证',
      number: certificateNumber(),
      validFrom: '2020-01-01',
      validTo: '2030-12-31',
      examPassed: true,
      platformRegistered: true,
      ...certificate,
    });
    certificateIds.push(created.id);
    certificateNumbers.push(created.number);
  }
  return { id: officer.id, name: officer.name, certificateIds, certificateNumbers };
}

export type SheetRow = Partial<Record<(typeof IMPORT_COLUMNS)[number]['header'], string | number | Date | boolean | null>>;

// An officer sheet as a user would fill it in: the import's headers, then one row per entry.
export async function officerWorkbook(rows: SheetRow[], options: { headers?: readonly string[] } = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('执法人员');
  const headers = options.headers ?? IMPORT_COLUMNS.map((column) => column.header);
  sheet.addRow([...headers]);
  for (const row of rows) sheet.addRow(headers.map((header) => row[header as keyof SheetRow] ?? null));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export function sheetRow(overrides: SheetRow = {}): SheetRow {
  return {
    姓名: '王测试',
    单位: '市中区民政局社会事务科',
    法制工作人员: '否',
    证件种类: '执法证',
    证件类别: '行政执法证',
    证件号: certificateNumber('IMP'),
    有效期起: '2021-01-01',
    有效期止: '2026-12-31',
    考试合格: '是',
    平台注册: '是',
    ...overrides,
  };
}

export function xlsxUpload(bytes: Uint8Array, extra: Record<string, string> = {}, name = 'officers.xlsx'): FormData {
  const data = new FormData();
  data.append('file', new File([bytes as Uint8Array<ArrayBuffer>], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  for (const [key, value] of Object.entries(extra)) data.append(key, value);
  return data;
}

export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}
