/**
 * The stock's Excel sheet: one unit per row under the header 项目编号 | 楼栋 | 房号 | 户型 |
 * 面积(㎡) | 月租金(元) | 无障碍 | 带家具. Rows are read into unit inputs; every bad cell is named
 * `rows.N.column` (N the sheet's row number), and nothing is imported unless all rows are good.
 */
import type ExcelJS from 'exceljs';
import { HOUSING_LAYOUT_LABELS, HOUSING_LAYOUTS, housingUnitInput, type HousingUnitInput } from '@bole/contracts';
import type { FieldError } from '../http/errors.js';

const loadExcel = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;

/** The header, in column order: the field each column fills. */
export const STOCK_COLUMNS = [
  { header: '项目编号 Project', field: 'projectCode' },
  { header: '楼栋 Building', field: 'building' },
  { header: '房号 Unit', field: 'code' },
  { header: '户型 Layout', field: 'layout' },
  { header: '面积(㎡) Area', field: 'areaM2' },
  { header: '月租金(元) Rent (yuan)', field: 'rentFen' },
  { header: '无障碍 Accessible', field: 'accessible' },
  { header: '带家具 Furnished', field: 'furnished' },
] as const;

const YES = new Set(['是', 'y', 'yes', 'true', '1']);
const layoutOf = (text: string) =>
  HOUSING_LAYOUTS.find((l) => l === text || HOUSING_LAYOUT_LABELS[l].zh === text || HOUSING_LAYOUT_LABELS[l].en === text) ?? text;

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'result' in v) return String(v.result ?? '');
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return String(v).trim();
}

/** Reads the sheet's units, or every bad cell. */
export async function readStockSheet(data: Buffer): Promise<{ units: HousingUnitInput[]; errors: FieldError[] }> {
  const Excel = await loadExcel();
  const book = new Excel.Workbook();
  try {
    await book.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    return { units: [], errors: [{ field: 'file', message: 'is not an Excel (.xlsx) workbook' }] };
  }
  const sheet = book.worksheets[0];
  if (!sheet) return { units: [], errors: [{ field: 'file', message: 'has no sheet' }] };
  const units: HousingUnitInput[] = [];
  const errors: FieldError[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const text = STOCK_COLUMNS.map((_, i) => cellText(row.getCell(i + 1).value));
    if (text.every((t) => t === '')) return;
    const candidate = {
      projectCode: text[0],
      building: text[1],
      code: text[2],
      layout: layoutOf(text[3]!),
      areaM2: Number(text[4]),
      rentFen: Math.round(Number(text[5]) * 100),
      accessible: YES.has(text[6]!.toLowerCase()),
      furnished: text[7] === '' ? true : YES.has(text[7]!.toLowerCase()),
    };
    const parsed = housingUnitInput.safeParse(candidate);
    if (parsed.success) units.push(parsed.data);
    else for (const i of parsed.error.issues) errors.push({ field: `rows.${n}.${String(i.path[0])}`, message: i.message });
  });
  if (units.length === 0 && errors.length === 0) errors.push({ field: 'file', message: 'has no unit rows under the header' });
  return { units, errors };
}

/** An empty sheet with the header and one example row. */
export async function stockTemplate(): Promise<Buffer> {
  const Excel = await loadExcel();
  const book = new Excel.Workbook();
  const sheet = book.addWorksheet('房源 Units');
  sheet.addRow(STOCK_COLUMNS.map((c) => c.header));
  sheet.addRow(['HX01', '1栋', 'HX01-1-101', HOUSING_LAYOUT_LABELS.one_bedroom.zh, 45, 1200, '否', '是']);
  sheet.columns.forEach((c) => (c.width = 18));
  return Buffer.from(await book.xlsx.writeBuffer());
}
