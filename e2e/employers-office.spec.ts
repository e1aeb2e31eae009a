import { expect, test, type Page } from '@playwright/test';
import { DEMO, originHeaders, shanghaiDate, shot, signIn } from './support/fixtures';

async function post(page: Page, baseURL: string | undefined, url: string, data: object = {}) {
  const res = await page.request.post(url, { data, headers: originHeaders(baseURL) });
  expect(res.status(), await res.text()).toBeLessThan(300);
  return res.json();
}

/** The number in the column headed `header` of `row` in the table `table`. */
async function cellNumber(page: Page, table: string, rowText: string, header: string): Promise<number> {
  const headers = await page.getByTestId(table).locator('thead th').allTextContents();
  const row = page.getByTestId(table).locator('tbody tr').filter({ hasText: rowText }).first();
  return Number(await row.locator('td').nth(headers.indexOf(header)).textContent());
}

test('the office reads supply against demand per chain, drills into a chain’s sub-fields and downloads the figures', async ({ page, baseURL }) => {
  // The demo employer posts six openings in rail traction.
  await signIn(page, baseURL, DEMO.officer);
  await page.goto('/office/chains');
  await expect(page.getByRole('heading', { name: '人才链 × 产业链' })).toBeVisible();
  const before = await cellNumber(page, 'chain-view-table', '轨道交通', '岗位需求人数');
  await signIn(page, baseURL, DEMO.employer);
  await post(page, baseURL, '/api/v1/postings', {
    title: '牵引变流器工程师',
    chain: 'rail',
    subField: 'rail.traction',
    requiredSkills: ['rail.traction.01'],
    headcount: 6,
    salaryMin: 15000,
    salaryMax: 25000,
    district: '天元区',
    engagementMode: 'full_time',
    closesOn: shanghaiDate(60),
  });

  await signIn(page, baseURL, DEMO.officer);
  await page.goto('/home');
  await page.getByTestId('nav-chainView').click();
  const table = page.getByTestId('chain-view-table');
  await expect(table).toContainText('航空动力');
  await expect.poll(() => cellNumber(page, 'chain-view-table', '轨道交通', '岗位需求人数')).toBe(before + 6);
  await expect(page.getByTestId('chain-view-chart').locator('canvas')).toBeVisible();
  await shot(page, 'employers-office-chains');

  // Drill into rail: its sub-fields, the traction one with the new openings.
  await table.getByTestId('drill-rail').click();
  await expect(page).toHaveURL(/chain=rail/);
  await expect(page.getByText('轨道交通：各细分领域人才供给与需求')).toBeVisible();
  await expect(table).toContainText('牵引与控制');
  expect(await cellNumber(page, 'chain-view-table', '牵引与控制', '岗位需求人数')).toBeGreaterThanOrEqual(6);
  await shot(page, 'employers-office-chain-rail');

  const xlsx = await page.request.get('/api/v1/chain-view.xlsx?chain=rail');
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()['content-disposition']).toContain('chain-view-rail-');
  const bad = await page.request.get('/api/v1/chain-view?chain=shipbuilding');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).errors[0].field).toBe('chain');
  await page.getByTestId('all-chains').click();
  await expect(table).toContainText('航空动力');
});
