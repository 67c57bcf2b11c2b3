import 'server-only';
import ExcelJS from 'exceljs';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { APPLICANT_COLUMNS, REMEDY_GROUPS, REMEDY_RESULT_LABELS, REMEDY_RESULTS, REQUEST_COLUMN_LABELS, REQUEST_ROW_LABELS, REQUEST_ROWS } from '@/lib/domain/reports/statistics';
import { messages } from '@/lib/i18n/messages';
import { loadDisclosureReportTables, loadEnforcementStatistics } from '@/lib/queries/reports/statistics';

const thin = { style: 'thin' } as const;
const border = { top: thin, left: thin, bottom: thin, right: thin };

type Sheet = ExcelJS.Worksheet;
const heading = (sheet: Sheet, text: string, width: number) => {
  const row = sheet.addRow([text]);
  sheet.mergeCells(row.number, 1, row.number, width);
  row.font = { bold: true, size: 12 };
  return row;
};
const boxed = (sheet: Sheet, from: number) => {
  for (let n = from; n <= sheet.rowCount; n += 1)
    sheet.getRow(n).eachCell({ includeEmpty: false }, (cell) => {
      cell.border = border;
      cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    });
};
const merge = (sheet: Sheet, row: number, from: number, to: number) => {
  if (to > from) sheet.mergeCells(row, from, row, to);
};

export const statisticsTitle = (year: number) => `${messages.site.bureau}${year}年度政府信息公开工作年度报告（统计表）`;

/**
 * The disclosure annual report's tables in the prescribed layout (国务院办公厅政府信息公开工作年度报告
 * 格式: 二 主动公开, 三 申请办理 with the applicant columns grouped under 法人或其他组织, 四 复议诉讼 with
 * the three groups of five results), plus a sheet of the enforcement statistics. Every number is the
 * statistics page's, counted from the records.
 */
export async function exportStatistics(db: Db, actor: Actor, options: { year: number }): Promise<Uint8Array> {
  assertCan(actor, 'report.edit');
  const { year } = options;
  const { tables } = await loadDisclosureReportTables(db, year);
  const enforcement = await loadEnforcementStatistics(db, year);
  const workbook = new ExcelJS.Workbook();

  const sheet = workbook.addWorksheet('政府信息公开年度报告', { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = [{ width: 44 }, ...Array.from({ length: 15 }, () => ({ width: 10 }))];
  const title = sheet.addRow([statisticsTitle(year)]);
  sheet.mergeCells(title.number, 1, title.number, 16);
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };

  // 二、主动公开政府信息情况
  heading(sheet, '二、主动公开政府信息情况', 16);
  let start = sheet.rowCount + 1;
  sheet.addRow(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']);
  for (const doc of tables.proactive.documents) sheet.addRow([doc.label, doc.made, doc.repealed, doc.inForce]);
  sheet.addRow(['信息内容', '本年处理决定数量']);
  for (const decision of tables.proactive.decisions) sheet.addRow([decision.label, decision.count]);
  boxed(sheet, start);

  // 三、收到和处理政府信息公开申请情况
  heading(sheet, '三、收到和处理政府信息公开申请情况', 16);
  start = sheet.rowCount + 1;
  const h1 = sheet.addRow(['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况']);
  merge(sheet, h1.number, 2, 2 + APPLICANT_COLUMNS.length);
  const h2 = sheet.addRow(['', REQUEST_COLUMN_LABELS.PERSON, '法人或其他组织', '', '', '', '', REQUEST_COLUMN_LABELS.TOTAL]);
  merge(sheet, h2.number, 3, 2 + APPLICANT_COLUMNS.length - 1);
  sheet.addRow(['', '', ...APPLICANT_COLUMNS.slice(1).map((c) => REQUEST_COLUMN_LABELS[c]), '']);
  sheet.mergeCells(h1.number, 1, h1.number + 2, 1);
  sheet.mergeCells(h2.number, 2, h2.number + 1, 2);
  sheet.mergeCells(h2.number, 2 + APPLICANT_COLUMNS.length, h2.number + 1, 2 + APPLICANT_COLUMNS.length);
  for (const row of REQUEST_ROWS) sheet.addRow([REQUEST_ROW_LABELS[row], ...APPLICANT_COLUMNS.map((c) => tables.requests[row][c]), tables.requests[row].TOTAL]);
  boxed(sheet, start);

  // 四、政府信息公开行政复议、行政诉讼情况（只计涉及政府信息公开的案件）
  heading(sheet, '四、政府信息公开行政复议、行政诉讼情况', 16);
  start = sheet.rowCount + 1;
  const r1 = sheet.addRow(['', '行政复议', '', '', '', '', '行政诉讼']);
  merge(sheet, r1.number, 2, 6);
  merge(sheet, r1.number, 7, 16);
  const r2 = sheet.addRow(['', '', '', '', '', '', '未经复议直接起诉', '', '', '', '', '复议后起诉']);
  merge(sheet, r2.number, 7, 11);
  merge(sheet, r2.number, 12, 16);
  const labels = REMEDY_RESULTS.map((r) => REMEDY_RESULT_LABELS[r]);
  sheet.addRow(['', ...labels, ...labels, ...labels]);
  sheet.addRow(['件数', ...REMEDY_GROUPS.flatMap((g) => REMEDY_RESULTS.map((r) => tables.remedies[g][r]))]);
  boxed(sheet, start);

  const stats = workbook.addWorksheet('行政执法数据');
  stats.columns = [{ width: 24 }, { width: 10 }, { width: 48 }];
  const statsTitle = stats.addRow([`${messages.site.bureau}${year}年度行政执法数据`]);
  stats.mergeCells(statsTitle.number, 1, statsTitle.number, 3);
  statsTitle.font = { bold: true, size: 14 };
  stats.addRow(['类别', '数量', '来源']);
  for (const row of enforcement.rows) stats.addRow([row.label, row.count, row.detail]);
  stats.addRow(['合计', enforcement.total, '']);
  boxed(stats, 2);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
