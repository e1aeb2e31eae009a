/**
 * Calendar files: the Excel workbook government staff fill in from the State Council notice
 * (a source cell, then one row per date with 日期 and 类型 放假/上班, and an optional 名称), the
 * same workbook written as a blank template or as an export of a stored year, and JSON in the
 * shape of `cn-holidays.json`. Reading checks every row and names each bad one; nothing is
 * half-read. Checks that need the stored years (which years may be imported) are the service's.
 */
import type ExcelJS from 'exceljs';
import type { FieldError } from '../http/errors.js';
import type { StatutoryDay } from './statutory-holidays.js';

/** exceljs, loaded on first use (it is large; most `bole` commands and requests never need it). */
const loadExcel = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;

/** One year read from a file. */
export interface FileYear {
  year: number;
  holidays: StatutoryDay[];
  workdays: StatutoryDay[];
}

/** What a file holds: its years, the source it names (if any), or the errors. */
export interface ReadCalendarFile {
  years: FileYear[];
  source: string | null;
  errors: FieldError[];
}

export const CALENDAR_SHEET = '放假安排 Calendar';
const SOURCE_LABEL = '来源 Source';
const HEADERS = ['日期 Date', '类型 Type', '名称 Name'];
const HOLIDAY_WORDS = new Set(['放假', '休', '休息', '假', '休假', 'holiday', 'off', 'rest']);
const WORKDAY_WORDS = new Set(['上班', '班', '补班', '调休上班', 'workday', 'work', 'working day']);
const WEEKDAYS_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number) => String(n).padStart(2, '0');

/** A real date YYYY-MM-DD from its parts, or null. */
function realDate(y: number, m: number, d: number): string | null {
  const t = Date.UTC(y, m - 1, d);
  const s = new Date(t).toISOString().slice(0, 10);
  return s === `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}` ? s : null;
}

/** Reads a date typed the ways people type them: 2027-02-05, 2027/2/5, 2027.2.5, 2027年2月5日. */
export function parseDateText(text: string): string | null {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  return m ? realDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** A cell's date: a date cell (Excel keeps the day at UTC midnight), a date serial, or text. */
function cellDate(value: ExcelJS.CellValue): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 1 || value > 200_000) return null;
    return new Date(Date.UTC(1899, 11, 30) + value * 86_400_000).toISOString().slice(0, 10);
  }
  return parseDateText(cellText(value));
}

/** A cell as trimmed text (rich text, formulas' results, hyperlinks included). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('text' in value) return String(value.text).trim();
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value).trim();
}

const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

/** Checks dated entries (from any file) and groups them by year; errors name `where(entry)`. */
function groupEntries<T extends { date: string; kind: 'holiday' | 'workday'; name: string }>(
  entries: T[],
  where: (e: T) => string,
): { years: FileYear[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const seen = new Map<string, T>();
  const years = new Map<number, FileYear>();
  for (const e of entries) {
    const first = seen.get(e.date);
    if (first) {
      errors.push({ field: where(e), message: `${e.date} is already listed (${where(first)})` });
      continue;
    }
    seen.set(e.date, e);
    const w = weekdayOf(e.date);
    if (e.kind === 'workday' && w !== 0 && w !== 6) {
      errors.push({ field: where(e), message: `${e.date} is a ${WEEKDAYS_EN[w]} (${WEEKDAYS_ZH[w]}); a make-up workday (上班) must be a Saturday or Sunday` });
      continue;
    }
    const year = Number(e.date.slice(0, 4));
    const y = years.get(year) ?? { year, holidays: [], workdays: [] };
    (e.kind === 'holiday' ? y.holidays : y.workdays).push({ date: e.date, name: e.name });
    years.set(year, y);
  }
  const byDate = (a: StatutoryDay, b: StatutoryDay) => (a.date < b.date ? -1 : 1);
  return {
    years: [...years.values()].sort((a, b) => a.year - b.year).map((y) => ({ ...y, holidays: y.holidays.sort(byDate), workdays: y.workdays.sort(byDate) })),
    errors,
  };
}

function kindOf(text: string): 'holiday' | 'workday' | null {
  const t = text.trim().toLowerCase();
  if (HOLIDAY_WORDS.has(t)) return 'holiday';
  if (WORKDAY_WORDS.has(t)) return 'workday';
  return null;
}

/** Reads the workbook: every row checked, each bad one named `row N` (the Excel row number). */
export async function readCalendarWorkbook(data: Buffer): Promise<ReadCalendarFile> {
  const none = (message: string): ReadCalendarFile => ({ years: [], source: null, errors: [{ field: 'file', message }] });
  const wb = new (await loadExcel()).Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    return none('is not an Excel (.xlsx) workbook');
  }
  const ws = wb.getWorksheet(CALENDAR_SHEET) ?? wb.worksheets[0];
  if (!ws) return none('has no sheet');
  let source = null as string | null;
  let columns = null as { date: number; kind: number; name: number } | null;
  const entries: { row: number; date: string; kind: 'holiday' | 'workday'; name: string }[] = [];
  const errors: FieldError[] = [];
  ws.eachRow((r, n) => {
    const first = cellText(r.getCell(1).value);
    if (!columns) {
      if (/^(来源|source|通知)/i.test(first)) source = cellText(r.getCell(2).value) || null;
      else if (/^(日期|date)/i.test(first)) {
        const at = (re: RegExp) => {
          for (let c = 1; c <= r.cellCount; c++) if (re.test(cellText(r.getCell(c).value))) return c;
          return 0;
        };
        columns = { date: 1, kind: at(/^(类型|type)/i), name: at(/^(名称|节日|备注|name)/i) };
      }
      return;
    }
    const dateCell = r.getCell(columns.date).value;
    const kindText = columns.kind ? cellText(r.getCell(columns.kind).value) : '';
    if (cellText(dateCell) === '' && kindText === '') return; // blank row
    const field = `row ${n}`;
    const date = cellDate(dateCell);
    if (!date) {
      errors.push({ field, message: `日期 "${cellText(dateCell)}" is not a date (write it as 2027-02-05)` });
      return;
    }
    const kind = kindOf(kindText);
    if (!kind) {
      errors.push({ field, message: `类型 "${kindText}" must be 放假 (day off) or 上班 (make-up workday)` });
      return;
    }
    entries.push({ row: n, date, kind, name: columns.name ? cellText(r.getCell(columns.name).value) : '' });
  });
  if (!columns) return none(`has no header row starting with "日期" (the template's sheet "${CALENDAR_SHEET}" has one)`);
  if (columns.kind === 0) return none('has no "类型" (type) column next to "日期"');
  const grouped = groupEntries(entries, (e) => `row ${e.row}`);
  errors.push(...grouped.errors);
  if (errors.length === 0 && grouped.years.length === 0) errors.push({ field: 'file', message: 'lists no dates' });
  return { years: errors.length ? [] : grouped.years, source, errors };
}

/**
 * Reads JSON in the shape of `cn-holidays.json`: `{ "about"?: source, "2027": { holidays: [...],
 * workdays: [...], names?: { date: name } } }`. Errors name `2027.holidays[3]`.
 */
export function readCalendarJson(text: string): ReadCalendarFile {
  const none = (message: string): ReadCalendarFile => ({ years: [], source: null, errors: [{ field: 'file', message }] });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return none('is not valid JSON');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return none('must be an object of years ({"2027": {"holidays": [...], "workdays": [...]}})');
  const errors: FieldError[] = [];
  const entries: { field: string; date: string; kind: 'holiday' | 'workday'; name: string }[] = [];
  let source: string | null = null;
  for (const [key, value] of Object.entries(json as Record<string, unknown>)) {
    if (key === 'about' || key === 'source') {
      if (typeof value === 'string' && value.trim()) source = value.trim();
      continue;
    }
    if (!/^\d{4}$/.test(key)) {
      errors.push({ field: key, message: 'is not a year (YYYY), "about" or "source"' });
      continue;
    }
    const entry = value as { holidays?: unknown; workdays?: unknown; names?: unknown };
    if (typeof entry !== 'object' || entry === null || !Array.isArray(entry.holidays) || !Array.isArray(entry.workdays)) {
      errors.push({ field: key, message: 'needs "holidays" and "workdays" lists of dates' });
      continue;
    }
    const names = typeof entry.names === 'object' && entry.names !== null ? (entry.names as Record<string, unknown>) : {};
    for (const [list, kind] of [
      [entry.holidays as unknown[], 'holiday'],
      [entry.workdays as unknown[], 'workday'],
    ] as const) {
      list.forEach((d, i) => {
        const field = `${key}.${kind === 'holiday' ? 'holidays' : 'workdays'}[${i}]`;
        const date = typeof d === 'string' ? parseDateText(d) : null;
        if (!date || !date.startsWith(`${key}-`)) {
          errors.push({ field, message: `${JSON.stringify(d)} is not a date of ${key} (YYYY-MM-DD)` });
          return;
        }
        entries.push({ field, date, kind, name: typeof names[date] === 'string' ? (names[date] as string) : '' });
      });
    }
  }
  const grouped = groupEntries(entries, (e) => e.field);
  errors.push(...grouped.errors);
  if (errors.length === 0 && grouped.years.length === 0) errors.push({ field: 'file', message: 'lists no year' });
  return { years: errors.length ? [] : grouped.years, source, errors };
}

/**
 * The workbook to fill in (no dates) or the export of stored years (their dates), with a sheet
 * explaining how to fill it. It reads back with `readCalendarWorkbook`.
 */
export async function buildCalendarWorkbook(opts: { source?: string; years?: readonly FileYear[]; forYear?: number }): Promise<Buffer> {
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'Bole 伯乐';
  const ws = wb.addWorksheet(CALENDAR_SHEET);
  ws.addRow([SOURCE_LABEL, opts.source ?? '']).getCell(1).font = { bold: true };
  ws.addRow([]);
  ws.addRow(HEADERS).font = { bold: true };
  const rows = (opts.years ?? []).flatMap((y) => [...y.holidays.map((d) => ({ ...d, kind: '放假' })), ...y.workdays.map((d) => ({ ...d, kind: '上班' }))]);
  rows.sort((a, b) => (a.date < b.date ? -1 : 1));
  for (const r of rows) ws.addRow([r.date, r.kind, r.name]);
  ws.getColumn(1).width = 16;
  ws.getColumn(2).width = 12;
  ws.getColumn(3).width = 60;
  ws.getColumn(1).numFmt = '@';
  ws.getCell('B1').alignment = { wrapText: true };
  ws.views = [{ state: 'frozen', ySplit: 3 }];
  const year = opts.forYear ?? new Date().getFullYear() + 1;
  const help = wb.addWorksheet('填写说明 How to fill');
  help.getColumn(1).width = 110;
  for (const line of [
    `按国务院办公厅关于 ${year} 年部分节假日安排的通知填写“${CALENDAR_SHEET}”工作表：`,
    `1. 第 1 行“${SOURCE_LABEL}”右侧填写通知标题和文号，例如：国务院办公厅关于${year}年部分节假日安排的通知（国办发明电〔${year - 1}〕X号）。`,
    '2. 从第 4 行起每个日期一行：“日期”写 2027-02-05 这样的日期；“类型”写 放假 或 上班（调休上班的星期六、星期日）；“名称”可写 春节、国庆节 等。',
    '3. 放假的每一天都要列出（包括放假期间的星期六、星期日）；没有列出的日期按星期一至五上班、星期六日休息处理。',
    '4. 导入时逐行检查：日期无效、类型不是放假/上班、同一日期重复、上班日不是星期六或星期日，都会指出行号，整个文件不导入。',
    '',
    `Fill in the sheet "${CALENDAR_SHEET}" from the State Council notice on the year's holiday arrangements:`,
    `1. Next to "${SOURCE_LABEL}" in row 1, the notice's title and number.`,
    '2. From row 4, one date per row: Date as 2027-02-05; Type 放假 (day off) or 上班 (a Saturday or Sunday worked); Name optional.',
    '3. List every day off, weekends inside a break included; dates not listed follow the weekly rule (Monday–Friday work).',
    '4. Every row is checked on import; a bad date, an unknown type, a date listed twice or a weekday listed as 上班 is reported with its row number and nothing is imported.',
  ]) {
    help.addRow([line]).alignment = { wrapText: true };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
