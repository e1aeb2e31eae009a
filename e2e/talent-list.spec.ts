import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { DEMO, originHeaders, registerTalentApi, shot, signIn, uniqueTag } from './support/fixtures';

const tag = `批${uniqueTag()}`;
const COUNT = 13;

test.beforeAll(async ({ playwright, baseURL }) => {
  // Thirteen talents named 测试<tag>NN: nine in 攸县 with a master's degree, four in 醴陵市.
  for (let i = 0; i < COUNT; i++) {
    const request = await playwright.request.newContext({ baseURL });
    const name = `测试${tag}${String(i).padStart(2, '0')}`;
    await registerTalentApi(request, baseURL, name);
    const res = await request.put('/api/v1/talents/me', {
      headers: originHeaders(baseURL),
      data: {
        name,
        birthDate: `198${i % 10}-0${(i % 9) + 1}-15`,
        highestDegree: i < 9 ? 'master' : 'bachelor',
        district: i < 9 ? '攸县' : '醴陵市',
      },
    });
    expect(res.status(), await res.text()).toBe(200);
    await request.dispose();
  }
});

test('the officer filters, pages and sorts 人才库; the URL keeps the view', async ({ page, baseURL }) => {
  await signIn(page, baseURL, DEMO.officer);
  await page.goto('/talents');
  await expect(page.getByRole('heading', { name: '人才库' })).toBeVisible();
  await expect(page.getByTestId('talent-table').locator('tbody tr.ant-table-row').first()).toBeVisible();

  // Search by the batch tag: 13 results over two pages of 10.
  await page.getByPlaceholder('姓名 / 完整手机号 / 身份证号').fill(`测试${tag}`);
  await page.getByPlaceholder('姓名 / 完整手机号 / 身份证号').press('Enter');
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(`测试${tag}`)}`));
  await expect(page.getByTestId('talent-total')).toHaveText(`共 ${COUNT} 条`);
  const rows = page.getByTestId('talent-table').locator('tbody tr.ant-table-row');
  await expect(rows).toHaveCount(10);
  // Personal numbers are masked.
  await expect(rows.first()).toContainText('****');

  await page.locator('.ant-pagination').getByTitle('2', { exact: true }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(rows).toHaveCount(3);

  // Filter by district and degree: back to page 1, 9 results.
  await page.getByTestId('filter-district').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('攸县', { exact: true }).click();
  await expect(page).not.toHaveURL(/page=2/);
  await expect(page).toHaveURL(/district=/);
  await expect(page.getByTestId('talent-total')).toHaveText('共 9 条');
  await page.getByTestId('filter-degree').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('硕士', { exact: true }).click();
  await expect(page).toHaveURL(/degree=master/);
  await expect(page.getByTestId('talent-total')).toHaveText('共 9 条');
  await expect(rows.first()).toContainText('攸县');
  await expect(rows.first()).toContainText('硕士');

  // Sort by name ascending: the first row is NN=00.
  await page.getByTestId('talent-table').locator('th').filter({ hasText: '姓名' }).click();
  await expect(page).toHaveURL(/sort=name/);
  await expect(rows.first()).toContainText(`测试${tag}00`);
  await page.getByTestId('talent-table').locator('th').filter({ hasText: '姓名' }).click();
  await expect(page).toHaveURL(/sort=-name/);
  await expect(rows.first()).toContainText(`测试${tag}08`);
  await shot(page, 'officer-talent-list');

  // The URL restores the view after a reload.
  await page.reload();
  await expect(page.getByTestId('talent-total')).toHaveText('共 9 条');
  await expect(rows.first()).toContainText(`测试${tag}08`);
  await expect(page.getByTestId('filter-district')).toContainText('攸县');

  // Another district: the four in 醴陵市 (the degree filter is cleared first).
  await page.getByRole('button', { name: /重\s?置/ }).click();
  await expect(page).toHaveURL(/\/talents$/);
  await page.goto(`/talents?q=${encodeURIComponent(`测试${tag}`)}&district=${encodeURIComponent('醴陵市')}`);
  await expect(page.getByTestId('talent-total')).toHaveText('共 4 条');
});

test('the officer exports the filtered 人才库 to Excel: progress to done, then a workbook of the same rows', async ({ page, baseURL }) => {
  await signIn(page, baseURL, DEMO.officer);
  await page.goto(`/talents?q=${encodeURIComponent(`测试${tag}`)}&district=${encodeURIComponent('攸县')}&degree=master&sort=-name`);
  await expect(page.getByTestId('talent-total')).toHaveText('共 9 条');
  const rows = page.getByTestId('talent-table').locator('tbody tr.ant-table-row');
  await expect(rows).toHaveCount(9);
  const shown = await rows.evaluateAll((trs) =>
    trs.map((tr) =>
      Array.from(tr.querySelectorAll('td'))
        .slice(0, 2)
        .map((td) => td.textContent?.trim() ?? ''),
    ),
  );

  // Nine rows take a moment: the first poll is held at 4 of 9 so the progress can be looked at.
  const progressUrl = /\/api\/v1\/talent-exports\/[0-9a-f-]+$/;
  await page.route(progressUrl, async (route) => {
    const res = await route.fetch();
    await route.fulfill({ response: res, json: { ...(await res.json()), status: 'running', processed: 4 } });
  });
  await page.getByTestId('talent-export-start').click();
  await expect(page.getByTestId('talent-export-progress')).toHaveText('正在导出：4 / 9 行');
  await expect(page.getByTestId('talent-export').locator('.ant-progress')).toContainText('44%');
  await shot(page, 'officer-talent-export-running');
  await page.unroute(progressUrl);
  const file = page.getByTestId('talent-export-file');
  await expect(file).toHaveText(/下载 Excel（9 行）/);
  await shot(page, 'officer-talent-export-done');

  const [download] = await Promise.all([page.waitForEvent('download'), file.click()]);
  expect(download.suggestedFilename()).toMatch(/^talents-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  const sheet = wb.worksheets[0]!;
  expect(sheet.rowCount).toBe(10);
  const written = Array.from({ length: 9 }, (_, i) => [String(sheet.getRow(i + 2).getCell(1).value), String(sheet.getRow(i + 2).getCell(2).value)]);
  // The same people in the same order as on screen, numbers masked alike; all in 攸县 with a master's.
  expect(written).toEqual(shown);
  for (let r = 2; r <= 10; r++) {
    expect(sheet.getRow(r).getCell(4).value).toBe('攸县');
    expect(sheet.getRow(r).getCell(5).value).toBe('硕士');
  }
});
