import 'server-only';
import ExcelJS from 'exceljs';
import type { Db } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/guard';
import { toShanghaiDate } from '@/lib/domain/calendar/date-string';
import { CERTIFICATE_KIND_LABELS, CERTIFICATE_STATUS_LABELS } from '@/lib/domain/officers/certificate-status';
import { IMPORT_COLUMNS } from '@/lib/domain/officers/import-columns';
import { isoToDbDate } from '@/lib/queries/officers/certificate-facts';
import { listOfficerRegistry } from '@/lib/queries/officers/officer-registry';

const SHEET_NAME = '执法人员名册';
const STATUS_HEADER = '证件状态';
const yesNo = (value: boolean) => (value ? '是' : '否');

// The import's columns plus the certificate status on the export day, so an exported registry can
// be edited and imported again (the importer ignores the status column).
function newSheet(): { workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet } {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '法治民政';
  const sheet = workbook.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [...IMPORT_COLUMNS.map((column) => ({ header: column.header, key: column.key, width: column.width })), { header: STATUS_HEADER, key: 'status', width: 10 }];
  for (const key of ['validFrom', 'validTo']) sheet.getColumn(key).numFmt = 'yyyy-mm-dd';
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center' };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E5E4' } };
  header.height = 20;
  return { workbook, sheet };
}

async function toBuffer(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function exportOfficerRegistry(db: Db, actor: Actor, now = new Date()): Promise<Uint8Array> {
  assertCan(actor, 'staff.access');
  const officers = await listOfficerRegistry(db, { on: now });
  const { workbook, sheet } = newSheet();
  for (const officer of officers) {
    const person = {
      name: officer.name,
      unit: officer.unit,
      isLegalStaff: yesNo(officer.isLegalStaff),
      legalQualificationNo: officer.legalQualificationNo ?? '',
    };
    if (officer.certificates.length === 0) sheet.addRow(person);
    for (const certificate of officer.certificates) {
      sheet.addRow({
        ...person,
        kind: CERTIFICATE_KIND_LABELS[certificate.kind],
        category: certificate.category,
        number: certificate.number,
        validFrom: isoToDbDate(certificate.validFrom),
        validTo: isoToDbDate(certificate.validTo),
        examPassed: yesNo(certificate.examPassed),
        platformRegistered: yesNo(certificate.platformRegistered),
        status: CERTIFICATE_STATUS_LABELS[certificate.status],
      });
    }
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columnCount } };
  sheet.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9, printTitlesRow: '1:1' };
  workbook.title = `${SHEET_NAME}（${toShanghaiDate(now)}导出）`;
  return toBuffer(workbook);
}

// An empty sheet with the import's headers, for filling in.
export async function officerImportTemplate(actor: Actor): Promise<Uint8Array> {
  assertCan(actor, 'officers.manage');
  const { workbook, sheet } = newSheet();
  sheet.spliceColumns(IMPORT_COLUMNS.length + 1, 1);
  return toBuffer(workbook);
}
