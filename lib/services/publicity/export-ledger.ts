import 'server-only';
import ExcelJS from 'exceljs';
import type { Db } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/guard';
import { ACTIVITY_KIND_LABELS } from '@/lib/domain/publicity/activities';
import { messages } from '@/lib/i18n/messages';
import { isoToDbDate } from '@/lib/queries/officers/certificate-facts';
import { getPublicityLedger, type LedgerEntry } from '@/lib/queries/publicity/publicity-ledger';

export const LEDGER_COLUMNS = [
  { header: '序号', width: 6 },
  { header: '类型', width: 13 },
  { header: '日期', width: 12 },
  { header: '活动名称', width: 36 },
  { header: '节日', width: 9 },
  { header: '地点/渠道', width: 20 },
  { header: '对象', width: 18 },
  { header: '发放资料（份）', width: 14 },
  { header: '阅读/覆盖（人次）', width: 16 },
  { header: '链接', width: 32 },
] as const;

const TITLE_ROW = 1;
const HEADER_ROW = 2;
const thin = { style: 'thin' } as const;
const border = { top: thin, left: thin, bottom: thin, right: thin };

export const ledgerTitle = (year: number) => `${messages.site.bureau}${year}年普法活动台账`;

function entryRow(entry: LedgerEntry, index: number): ExcelJS.CellValue[] {
  return [
    index + 1,
    ACTIVITY_KIND_LABELS[entry.kind],
    isoToDbDate(entry.heldOn),
    entry.title,
    entry.festival ?? '',
    [entry.place, entry.channel].filter(Boolean).join(' / '),
    entry.audience ?? '',
    entry.leaflets,
    entry.reach,
    entry.link ? { text: entry.link, hyperlink: entry.link } : '',
  ];
}

// The year's ledger as a printable sheet: a title row, the header repeated on every page, one row
// per activity, a totals row with live SUM formulas; A4 landscape, fitted to one page wide.
export async function exportPublicityLedger(db: Db, actor: Actor, options: { year: number }): Promise<Uint8Array> {
  assertCan(actor, 'staff.access');
  const ledger = await getPublicityLedger(db, options);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '法治民政';
  workbook.title = ledgerTitle(options.year);
  const sheet = workbook.addWorksheet(`${options.year}年台账`, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C第 &P 页，共 &N 页' },
  });
  LEDGER_COLUMNS.forEach((column, index) => {
    sheet.getColumn(index + 1).width = column.width;
  });
  sheet.getColumn(3).numFmt = 'yyyy-mm-dd';
  sheet.getColumn(8).numFmt = '#,##0';
  sheet.getColumn(9).numFmt = '#,##0';

  const last = LEDGER_COLUMNS.length;
  sheet.mergeCells(TITLE_ROW, 1, TITLE_ROW, last);
  const title = sheet.getCell(TITLE_ROW, 1);
  title.value = ledgerTitle(options.year);
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(TITLE_ROW).height = 30;

  const header = sheet.getRow(HEADER_ROW);
  header.values = LEDGER_COLUMNS.map((column) => column.header);
  header.font = { bold: true };
  header.height = 22;
  header.eachCell((cell) => {
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E5E4' } };
    cell.border = border;
  });

  ledger.entries.forEach((entry, index) => {
    const row = sheet.addRow(entryRow(entry, index));
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cell.border = border;
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: column === 1 ? 'center' : undefined };
    });
  });

  const first = HEADER_ROW + 1;
  const end = HEADER_ROW + ledger.entries.length;
  const sum = (column: string, result: number): ExcelJS.CellValue => (ledger.entries.length > 0 ? { formula: `SUM(${column}${first}:${column}${end})`, result } : 0);
  const { totals } = ledger;
  const totalsRow = sheet.addRow([
    '合计',
    '',
    '',
    `线下活动${totals.events}场，线上宣传${totals.onlineItems}条，节日主题宣传${totals.festivalCampaigns}次`,
    '',
    '',
    '',
    sum('H', totals.leaflets),
    sum('I', totals.reach),
    '',
  ]);
  sheet.mergeCells(totalsRow.number, 1, totalsRow.number, 3);
  sheet.mergeCells(totalsRow.number, 4, totalsRow.number, 7);
  totalsRow.font = { bold: true };
  totalsRow.eachCell({ includeEmpty: true }, (cell, column) => {
    cell.border = border;
    cell.alignment = { vertical: 'middle', horizontal: column === 1 ? 'center' : undefined, wrapText: true };
  });
  sheet.pageSetup.printArea = `A1:${String.fromCharCode(64 + last)}${totalsRow.number}`;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
