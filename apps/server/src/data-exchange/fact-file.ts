/**
 * A department's file (数据共享): the Excel template of one department (its header names each
 * column in Chinese and by key, `身份证号 idNumber`, and a second sheet says how to fill it), and
 * reading an uploaded Excel workbook or CSV file back into rows of cells, numbered as the person
 * sees them (the header is row 1). Which cells are right is decided by `fact-rows.ts`.
 */
import type ExcelJS from 'exceljs';
import { FIELD_LABELS, type Bilingual, type DepartmentFactField } from '@bole/contracts';
import type { FieldError } from '../http/errors.js';
import { ID_COLUMN, type Cell } from './fact-rows.js';

/** exceljs, loaded on first use (it is large). */
const loadExcel = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;

export const FACTS_SHEET = '数据 Facts';

/** How to fill each kind of column, shown in the template's second sheet. */
const HOW: Record<DepartmentFactField | typeof ID_COLUMN, string> = {
  idNumber: '18 位身份证号 18-character resident ID number',
  employerCreditCode: '18 位统一社会信用代码，单位须已在平台注册 18-character unified social credit code of a registered employer',
  arrivalDate: '日期 YYYY-MM-DD date',
  socialInsuranceMonths: '0–600 的整数 whole number of months, 0–600',
  hukouInCity: '是 / 否 (true / false)',
  ownsHomeInCity: '是 / 否 (true / false)',
  firstHomePurchaseDate: '日期 YYYY-MM-DD date',
};

const label = (k: DepartmentFactField | typeof ID_COLUMN): Bilingual => FIELD_LABELS[k];

/** The header cells of a department's file. */
export function templateHeader(fields: readonly DepartmentFactField[]): string[] {
  return [ID_COLUMN as typeof ID_COLUMN | DepartmentFactField, ...fields].map((k) => `${label(k).zh} ${k}`);
}

/** The Excel template of a department: the header row, frozen, and how to fill each column. */
export async function buildTemplate(departmentName: Bilingual, fields: readonly DepartmentFactField[]): Promise<Buffer> {
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'Bole 伯乐';
  const ws = wb.addWorksheet(FACTS_SHEET);
  ws.addRow(templateHeader(fields)).font = { bold: true };
  ws.columns.forEach((c, i) => {
    c.width = i === 0 ? 24 : 30;
    c.numFmt = '@';
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const info = wb.addWorksheet('说明 About');
  info.addRow([`${departmentName.zh} ${departmentName.en}`]).font = { bold: true };
  info.addRow([
    '每行一人，按身份证号匹配；空白单元格不改变该项，填“撤回”则撤回本部门此前确认的该项。任何一行有误则整个文件不导入。 One person per row, matched by ID number; an empty cell leaves that fact as it is, “撤回” (withdraw) withdraws what the department confirmed before. A file with any bad row is not imported at all.',
  ]);
  for (const k of [ID_COLUMN as typeof ID_COLUMN | DepartmentFactField, ...fields]) info.addRow([`${label(k).zh} ${k}`, HOW[k]]);
  info.getColumn(1).width = 36;
  info.getColumn(2).width = 80;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A file read into its header and numbered rows of cells. */
export interface SheetRows {
  header: Cell[];
  rows: { row: number; cells: Cell[] }[];
}

function excelCell(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  if (typeof v === 'object' && 'result' in v) return excelCell((v.result ?? null) as ExcelJS.CellValue);
  return null;
}

const blank = (cells: Cell[]) => cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));

/** Reads the first sheet of an Excel workbook. */
export async function readWorkbook(data: Buffer): Promise<SheetRows | FieldError> {
  const wb = new (await loadExcel()).Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    return { field: 'file', message: 'is not an Excel (.xlsx) workbook' };
  }
  const ws = wb.getWorksheet(FACTS_SHEET) ?? wb.worksheets[0];
  if (!ws) return { field: 'file', message: 'has no sheet' };
  const out: SheetRows = { header: [], rows: [] };
  const width = Math.max(ws.columnCount, 1);
  ws.eachRow({ includeEmpty: false }, (r, n) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= width; c++) cells.push(excelCell(r.getCell(c).value));
    if (n === 1) out.header = cells;
    else if (!blank(cells)) out.rows.push({ row: n, cells });
  });
  return out;
}

/** Splits CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF) into lines of fields. */
export function parseCsv(text: string): string[][] {
  const lines: string[][] = [];
  let line: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      line.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      line.push(field);
      lines.push(line);
      line = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || line.length > 0) {
    line.push(field);
    lines.push(line);
  }
  return lines;
}

/** Reads a CSV file (UTF-8, with or without a byte-order mark). */
export function readCsv(data: Buffer): SheetRows | FieldError {
  const text = data.toString('utf8').replace(/^\uFEFF/, '');
  if (text.includes('\uFFFD')) return { field: 'file', message: 'is not UTF-8 text (save the CSV as UTF-8)' };
  const [header = [], ...rest] = parseCsv(text);
  return {
    header,
    rows: rest.map((cells, i) => ({ row: i + 2, cells: cells as Cell[] })).filter((r) => !blank(r.cells)),
  };
}

/** Whether an upload is a CSV (by name or declared type) rather than a workbook. */
export const isCsv = (fileName: string, declaredType: string) => /\.csv$/i.test(fileName) || /text\/csv|text\/plain/i.test(declaredType);
