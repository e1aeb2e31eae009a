/**
 * 节假日日历: the administrator sees next year as provisional with the warning, gets the rows at
 * fault for a bad file, then imports the year from Excel and sees it official. The file lists
 * the provisional year's own dates (this is test data, not a State Council notice), so the
 * deadlines the other browser tests compute on this server stay as they were.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { DEMO, shot, signIn } from './support/fixtures';

/** Writes a workbook laid out like the template (source in row 1, header in row 3). */
async function writeWorkbook(path: string, source: string, rows: [string, string, string][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('放假安排 Calendar');
  ws.addRow(['来源 Source', source]);
  ws.addRow([]);
  ws.addRow(['日期 Date', '类型 Type', '名称 Name']);
  for (const r of rows) ws.addRow(r);
  await wb.xlsx.writeFile(path);
}

test('the administrator imports next year’s holiday notice from Excel: 暂定 → 正式', async ({ page, baseURL }) => {
  const dir = mkdtempSync(join(tmpdir(), 'bole-e2e-cal-'));
  try {
    await signIn(page, baseURL, DEMO.admin);
    await page.goto('/');
    await page.getByTestId('nav-holidayCalendar').click();
    await expect(page.getByRole('heading', { name: '节假日日历' })).toBeVisible();
    await expect(page.getByTestId('kind-2027')).toHaveText('暂定');
    await expect(page.getByTestId('kind-2026')).toHaveText('正式');
    await expect(page.getByTestId('provisional-warning')).toContainText('2027 年为按法定节假日推算的暂定日历，国务院办公厅通知发布后请导入');
    // The provisional year is shown: Spring Festival eve 2027-02-05 is a day off.
    await expect(page.getByTestId('day-2027-02-05')).toHaveAttribute('data-mark', 'holiday');
    await shot(page, 'calendar-provisional');

    const year = await page.request.get('/api/v1/calendar/years/2027');
    expect(year.status()).toBe(200);
    const holidays = (await year.json()).holidayDates as { date: string; name: string }[];
    const upload = page.locator('input[type=file]');

    // A bad file: the rows at fault are named and nothing changes.
    const bad = join(dir, 'bad.xlsx');
    await writeWorkbook(bad, '测试用通知', [
      ['2027-01-01', '放假', '元旦'],
      ['2027-02-30', '放假', ''],
      ['2027-02-08', '上班', ''],
    ]);
    await upload.setInputFiles(bad);
    const errors = page.getByTestId('calendar-import-errors');
    await expect(errors).toContainText('第 5 行');
    await expect(errors).toContainText('"2027-02-30" is not a date');
    await expect(errors).toContainText('第 6 行');
    await expect(page.getByTestId('kind-2027')).toHaveText('暂定');

    // The good file: the provisional year's dates, as official.
    const good = join(dir, '2027.xlsx');
    await writeWorkbook(
      good,
      '测试用放假安排（浏览器测试）',
      holidays.map((d) => [d.date, '放假', d.name] as [string, string, string]),
    );
    await upload.setInputFiles(good);
    await expect(page.getByTestId('import-result')).toContainText('2027 年已导入为正式日历（替换暂定日历）');
    await expect(page.getByTestId('kind-2027')).toHaveText('正式');
    await expect(page.getByTestId('kind-2028')).toHaveText('暂定');
    await expect(page.getByTestId('provisional-warning')).toHaveCount(0);
    await expect(page.getByTestId('calendar-years')).toContainText('测试用放假安排（浏览器测试）');
    await shot(page, 'calendar-imported');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
