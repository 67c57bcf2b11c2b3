import 'server-only';
import ExcelJS from 'exceljs';

export type XlsxTable = { title: string; columns: { header: string; width: number }[]; rows: (string | number | null)[][] };

const thin = { style: 'thin' } as const;
const border = { top: thin, left: thin, bottom: thin, right: thin };

// One printable sheet: a title row, the header (repeated on every printed page), one row per record.
export async function tableToXlsx(table: XlsxTable): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(table.title.slice(0, 31).replace(/[\\/?*[\]:]/g, ' '), {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' },
  });
  sheet.columns = table.columns.map((c) => ({ width: c.width }));
  sheet.mergeCells(1, 1, 1, table.columns.length);
  sheet.getCell(1, 1).value = table.title;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  const header = sheet.addRow(table.columns.map((c) => c.header));
  header.font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((v) => v ?? ''));
  sheet.eachRow((row, n) => {
    if (n >= 2)
      row.eachCell({ includeEmpty: true }, (cell) => {
        cell.border = border;
        cell.alignment = { vertical: 'top', wrapText: true };
      });
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
