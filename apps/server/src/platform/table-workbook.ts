/**
 * One-sheet Excel workbooks of a table (a header row in bold, then the rows), for the lists
 * staff export: the audit log, the talent list. exceljs is loaded on first use.
 */
import type ExcelJS from 'exceljs';

const loadExcel = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;

/** A cell value exceljs writes as is. */
export type CellValue = string | number | boolean | Date | null;

/** One sheet of a workbook: its name, header row and rows. */
export interface TableSheet {
  name: string;
  headers: readonly string[];
  rows: Iterable<readonly CellValue[]>;
}

/** The workbook of `rows` under `headers` (bilingual headers read "中文 English"). */
export async function tableWorkbook(sheet: string, headers: readonly string[], rows: Iterable<readonly CellValue[]>): Promise<Buffer> {
  return tablesWorkbook([{ name: sheet, headers, rows }]);
}

/** A workbook of several such sheets, in order. */
export async function tablesWorkbook(sheets: readonly TableSheet[]): Promise<Buffer> {
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'Bole 伯乐';
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    ws.addRow([...sheet.headers]).font = { bold: true };
    for (const r of sheet.rows) ws.addRow([...r]);
    ws.columns.forEach((c) => (c.width = 18));
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
