import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { buildCalendarWorkbook, CALENDAR_SHEET, parseDateText, readCalendarJson, readCalendarWorkbook } from './calendar-file.js';

/** A workbook laid out like the template: source in row 1, header in row 3, data from row 4. */
async function workbook(rows: ExcelJS.CellValue[][], opts: { source?: string; header?: string[] } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(CALENDAR_SHEET);
  ws.addRow(['来源 Source', opts.source ?? '国务院办公厅关于2027年部分节假日安排的通知']);
  ws.addRow([]);
  ws.addRow(opts.header ?? ['日期 Date', '类型 Type', '名称 Name']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('parseDateText', () => {
  it('reads the ways people type dates, and only real dates', () => {
    expect(parseDateText('2027-02-05')).toBe('2027-02-05');
    expect(parseDateText('2027/2/5')).toBe('2027-02-05');
    expect(parseDateText('2027.2.5')).toBe('2027-02-05');
    expect(parseDateText('2027年2月5日')).toBe('2027-02-05');
    expect(parseDateText('2027-02-30')).toBeNull();
    expect(parseDateText('2月5日')).toBeNull();
  });
});

describe('readCalendarWorkbook', () => {
  it('reads dates typed as text, as Excel dates and as date serials, with the source cell', async () => {
    const data = await workbook([
      ['2027-02-05', '放假', '春节'],
      [new Date(Date.UTC(2027, 1, 6)), '放假', ''],
      [46425, '休', null], // serial of 2027-02-07
      ['2027年1月30日', '上班', '调休'],
      [null, null, null],
      ['2027/10/1', 'holiday', '国庆节'],
    ]);
    const r = await readCalendarWorkbook(data);
    expect(r.errors).toEqual([]);
    expect(r.source).toBe('国务院办公厅关于2027年部分节假日安排的通知');
    expect(r.years).toEqual([
      {
        year: 2027,
        holidays: [
          { date: '2027-02-05', name: '春节' },
          { date: '2027-02-06', name: '' },
          { date: '2027-02-07', name: '' },
          { date: '2027-10-01', name: '国庆节' },
        ],
        workdays: [{ date: '2027-01-30', name: '调休' }],
      },
    ]);
  });

  it('names every bad row and reads nothing', async () => {
    const data = await workbook([
      ['2027-02-05', '放假'], // row 4
      ['2027-02-30', '放假'], // row 5: no such date
      ['2027-02-06', '调班'], // row 6: unknown type
      ['2027-02-05', '放假'], // row 7: twice
      ['2027-02-08', '上班'], // row 8: a Monday as make-up workday
    ]);
    const r = await readCalendarWorkbook(data);
    expect(r.years).toEqual([]);
    expect(r.errors).toEqual([
      { field: 'row 5', message: '日期 "2027-02-30" is not a date (write it as 2027-02-05)' },
      { field: 'row 6', message: '类型 "调班" must be 放假 (day off) or 上班 (make-up workday)' },
      { field: 'row 7', message: '2027-02-05 is already listed (row 4)' },
      { field: 'row 8', message: '2027-02-08 is a Monday (星期一); a make-up workday (上班) must be a Saturday or Sunday' },
    ]);
  });

  it('refuses a file that is not a workbook, has no header or lists nothing', async () => {
    expect((await readCalendarWorkbook(Buffer.from('hello'))).errors).toEqual([{ field: 'file', message: 'is not an Excel (.xlsx) workbook' }]);
    expect((await readCalendarWorkbook(await workbook([['2027-01-01', '放假']], { header: ['Day', 'What'] }))).errors[0]?.message).toMatch(
      /no header row starting with "日期"/,
    );
    expect((await readCalendarWorkbook(await workbook([]))).errors).toEqual([{ field: 'file', message: 'lists no dates' }]);
  });

  it('reads back what the export writes, and the template is empty', async () => {
    const years = [{ year: 2026, holidays: [{ date: '2026-10-01', name: '国庆节' }], workdays: [{ date: '2026-09-20', name: '调休上班' }] }];
    const back = await readCalendarWorkbook(await buildCalendarWorkbook({ source: '通知', years }));
    expect(back).toEqual({ years, source: '通知', errors: [] });
    const template = await readCalendarWorkbook(await buildCalendarWorkbook({ forYear: 2027 }));
    expect(template).toMatchObject({ source: null, errors: [{ field: 'file', message: 'lists no dates' }] });
  });
});

describe('readCalendarJson', () => {
  it('reads cn-holidays.json itself', () => {
    const r = readCalendarJson(readFileSync(new URL('./cn-holidays.json', import.meta.url), 'utf8'));
    expect(r.errors).toEqual([]);
    expect(r.years.map((y) => [y.year, y.holidays.length, y.workdays.length])).toEqual([
      [2025, 28, 5],
      [2026, 33, 6],
    ]);
    expect(r.source).toMatch(/State Council/);
  });

  it('names the entry at fault', () => {
    const r = readCalendarJson(JSON.stringify({ '2027': { holidays: ['2027-01-01', '2026-12-31'], workdays: ['2027-02-08'] }, x: 1 }));
    expect(r.years).toEqual([]);
    expect(r.errors).toEqual([
      { field: '2027.holidays[1]', message: '"2026-12-31" is not a date of 2027 (YYYY-MM-DD)' },
      { field: 'x', message: 'is not a year (YYYY), "about" or "source"' },
      { field: '2027.workdays[0]', message: '2027-02-08 is a Monday (星期一); a make-up workday (上班) must be a Saturday or Sunday' },
    ]);
    expect(readCalendarJson('{').errors).toEqual([{ field: 'file', message: 'is not valid JSON' }]);
  });
});
