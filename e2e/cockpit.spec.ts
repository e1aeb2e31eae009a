/**
 * 数据驾驶舱 in a real browser: 人才办专员 opens the cockpit, recomputes the year's figures, sees
 * the districts ranked on each of the four indices with their rank intervals, opens a district
 * for the indicators behind its index and their formulas, and switches to industry chains; an
 * auditor sees the same figures without the button that recomputes them. The talent office drills
 * from a count to the records behind it (names masked), exports one chart's numbers, reads the
 * money and service screens; anyone opens the public indices from the sign-in page.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { DEMO, shot, signIn, signOut } from './support/fixtures';

test('the talent office recomputes the cockpit and reads each index with its uncertainty; an auditor only reads', async ({ page, baseURL }) => {
  await signIn(page, baseURL, DEMO.officer);
  await page.goto('/');
  await page.getByTestId('nav-cockpit').click();
  await expect(page.getByRole('heading', { name: '数据驾驶舱' })).toBeVisible();

  await page.getByRole('button', { name: '重新计算' }).click();
  // The refresh runs as a background job; its progress shows until it ends.
  await expect(page.getByTestId('cockpit-refresh')).toContainText('已计算完成');
  await expect(page.getByTestId('cockpit-computed-at')).toContainText('1000 次敏感性分析');
  const attraction = page.getByTestId('cockpit-attraction');
  // Every district of the city is listed, ranked or marked as without data.
  await expect(attraction.locator('tbody tr.ant-table-row')).toHaveCount(9);
  await expect(attraction).toContainText('天元区');
  await shot(page, 'cockpit-attraction');

  // The indicators behind a district's index, with their formulas.
  await attraction.locator('tbody tr.ant-table-row').first().getByRole('button').first().click();
  await expect(attraction).toContainText('新引进人才硕士及以上占比');
  await expect(attraction).toContainText('期内到岗人才数');
  // Each index beside its change against the period before and its trend.
  await expect(attraction).toContainText('较上期');
  await expect(attraction).toContainText('趋势');

  // Drill-down: from the count of talents arrived to the talents behind it, names masked.
  await attraction.getByTestId('cockpit-drill-arrivals').first().click();
  await expect(page.getByTestId('cockpit-records-total')).toContainText('人才姓名已脱敏');
  const names = await page.getByTestId('cockpit-records').locator('tbody tr.ant-table-row td:first-child').allInnerTexts();
  for (const name of names) expect(name).toContain('*');
  await shot(page, 'cockpit-drill-down');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('cockpit-records')).toBeHidden();

  // One chart's numbers as a small workbook: the districts ranked on the attraction index.
  const chart = page.waitForEvent('download');
  await page.getByTestId('cockpit-export-attraction').click();
  const chartFile = await chart;
  expect(chartFile.suggestedFilename()).toMatch(/^cockpit-attraction-\d{4}-district\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync((await chartFile.path())!) as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['人才吸引力-区县']);
  expect(wb.worksheets[0]!.rowCount).toBe(10); // the header and nine districts
  expect(wb.worksheets[0]!.getRow(1).getCell(1).value).toBe('排名 Rank');

  // The whole period's report as one workbook.
  const download = page.waitForEvent('download');
  await page.getByTestId('cockpit-report').click();
  expect((await download).suggestedFilename()).toMatch(/^cockpit-\d{4}\.xlsx$/);

  await page.getByRole('tab', { name: '创新策源力' }).click();
  await expect(page.getByTestId('cockpit-innovation')).toContainText('排名区间');

  await page.getByText('按产业链').click();
  await expect(page.getByTestId('cockpit-attraction')).toContainText('轨道交通');
  await shot(page, 'cockpit-chains');

  // Money and service, read live from the records.
  await page.getByRole('tab', { name: '资金' }).click();
  await expect(page.getByTestId('cockpit-chart-moneyPolicies')).toContainText('年度预算');
  await shot(page, 'cockpit-money');
  await page.getByRole('tab', { name: '服务' }).click();
  await expect(page.getByTestId('cockpit-chart-serviceRequests')).toContainText('重开率');
  await shot(page, 'cockpit-service');

  await signOut(page);
  await signIn(page, baseURL, DEMO.auditor);
  await page.goto('/office/cockpit');
  await expect(page.getByTestId('cockpit-computed-at')).toBeVisible();
  await expect(page.getByRole('button', { name: '重新计算' })).toHaveCount(0);

  // The public page, without signing in: the four indices per district, no personal data.
  await signOut(page);
  await page.goto('/login');
  await page.getByTestId('public-links').getByRole('link', { name: '人才发展指数' }).click();
  await expect(page.getByRole('heading', { name: '人才发展指数' })).toBeVisible();
  await expect(page.getByTestId('public-indices').locator('tbody tr.ant-table-row')).toHaveCount(9);
  await expect(page.getByTestId('public-indices')).toContainText('天元区');
  await shot(page, 'cockpit-public');
});
