import 'server-only';
import ExcelJS from 'exceljs';
import type { CellValue } from '@/lib/domain/officers/import-cells';
import { mapHeaderRow, MAX_IMPORT_ROWS } from '@/lib/domain/officers/import-columns';
import type { RawImportRow } from '@/lib/domain/officers/import-rows';

// The xlsx side of the officer import: workbook → header-mapped raw rows. Everything about what a
// cell must contain lives in lib/domain/officers (pure, unit-tested).

function flatten(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return flatten((value as { result?: ExcelJS.CellValue }).result);
  if ('hyperlink' in value) return flatten((value as { text?: ExcelJS.CellValue }).text);
  return null;
}

const HEADER_SEARCH_ROWS = 5;
const isZip = (buffer: Uint8Array) => buffer.length > 4 && buffer[0] === 0x50 && buffer[1] === 0x4b && buffer[2] === 0x03 && buffer[3] === 0x04;

export async function readOfficerSheet(buffer: Uint8Array): Promise<{ fileErrors: string[]; rows: RawImportRow[] }> {
  const unreadable = { fileErrors: ['无法读取该文件，请上传 Excel 工作簿（.xlsx）'], rows: [] };
  if (!isZip(buffer)) return unreadable;
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own ArrayBuffer-like `Buffer`; a Node Buffer is what it reads at run time.
    await workbook.xlsx.load(Buffer.from(buffer) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    return unreadable;
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { fileErrors: ['工作簿中没有工作表'], rows: [] };

  // The header is the first row naming 姓名 (a title line above it is allowed).
  let headerRowNumber = 0;
  for (let number = 1; number <= Math.min(HEADER_SEARCH_ROWS, sheet.rowCount); number += 1) {
    const texts = headerTexts(sheet.getRow(number), sheet.columnCount);
    if (
      texts.some(
        (text) =>
          String(text ?? '')
            .replace(/\s+/g, '')
            .replace(/[*＊]/g, '') === '姓名',
      )
    ) {
      headerRowNumber = number;
      break;
    }
  }
  if (headerRowNumber === 0) return { fileErrors: ['未找到表头行（应包含「姓名」等列，请使用导入模板）'], rows: [] };
  const { columns, errors } = mapHeaderRow(headerTexts(sheet.getRow(headerRowNumber), sheet.columnCount));
  if (errors.length > 0) return { fileErrors: errors, rows: [] };

  const rows: RawImportRow[] = [];
  for (let number = headerRowNumber + 1; number <= sheet.rowCount; number += 1) {
    const row = sheet.getRow(number);
    const values: RawImportRow['values'] = {};
    let blank = true;
    for (const [key, index] of columns) {
      const value = flatten(row.getCell(index + 1).value);
      values[key] = value;
      if (value !== null && String(value).trim() !== '') blank = false;
    }
    if (!blank) rows.push({ row: number, values });
  }
  if (rows.length === 0) return { fileErrors: ['表格中没有数据行'], rows: [] };
  if (rows.length > MAX_IMPORT_ROWS) return { fileErrors: [`一次最多导入${MAX_IMPORT_ROWS}行，本文件有${rows.length}行`], rows: [] };
  return { fileErrors: [], rows };
}

function headerTexts(row: ExcelJS.Row, columnCount: number): CellValue[] {
  return Array.from({ length: columnCount }, (_, index) => flatten(row.getCell(index + 1).value));
}
