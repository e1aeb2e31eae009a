/** Test data and workbooks for the holiday calendar's tests (shaped like the template and a notice). */
import ExcelJS from 'exceljs';
import { CALENDAR_SHEET } from './calendar-file.js';

/** A tier-D doctor who arrived in 2025: eligible for 安家补贴 (人社局 5 working days, then 财政局). */
export const ELIGIBLE = { highestDegree: 'doctorate', graduationDate: '2025-06-30', arrivalDate: '2025-09-01', socialInsuranceMonths: 10 };
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Test data in the shape of a notice (not the real 2027 arrangement, which is not published): New Year 01-01..01-04 off. */
export const SOURCE_2027 = '测试用通知 Test notice for 2027';

/** A workbook laid out like the template. */
export async function workbook(rows: (string | Date)[][], source: string | null = SOURCE_2027): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(CALENDAR_SHEET);
  ws.addRow(['来源 Source', source ?? '']);
  ws.addRow([]);
  ws.addRow(['日期 Date', '类型 Type', '名称 Name']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const OFFICIAL_2027: string[][] = [
  ['2027-01-01', '放假', '元旦'],
  ['2027-01-02', '放假', '元旦'],
  ['2027-01-03', '放假', '元旦'],
  ['2027-01-04', '放假', '元旦'],
  ['2027-01-09', '上班', ''],
];

/** The value of one cell of a served calendar workbook's sheet. */
export async function calendarSheetCell(file: Buffer, address: string): Promise<ExcelJS.CellValue> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ArrayBuffer);
  return wb.getWorksheet(CALENDAR_SHEET)!.getCell(address).value;
}
