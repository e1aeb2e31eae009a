/**
 * 数据驾驶舱 in a real browser: 人才办专员 opens the cockpit, recomputes the year's figures, sees
 * the districts ranked on each of the four indices with their rank intervals, opens a district
 * for the indicators behind its index and their formulas, and switches to industry chains; an
 * auditor sees the same figures without the button that recomputes them.
 */
import { expect, test } from '@playwright/test';
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

  // The whole period's report as one workbook.
  const download = page.waitForEvent('download');
  await page.getByTestId('cockpit-report').click();
  expect((await download).suggestedFilename()).toMatch(/^cockpit-\d{4}\.xlsx$/);

  await page.getByRole('tab', { name: '创新策源力' }).click();
  await expect(page.getByTestId('cockpit-innovation')).toContainText('排名区间');

  await page.getByText('按产业链').click();
  await expect(page.getByTestId('cockpit-attraction')).toContainText('轨道交通');
  await shot(page, 'cockpit-chains');

  await signOut(page);
  await signIn(page, baseURL, DEMO.auditor);
  await page.goto('/office/cockpit');
  await expect(page.getByTestId('cockpit-computed-at')).toBeVisible();
  await expect(page.getByRole('button', { name: '重新计算' })).toHaveCount(0);
});
