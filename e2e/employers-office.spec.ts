import { expect, test, type Page } from '@playwright/test';
import { DEMO, originHeaders, shanghaiDate, shot, signIn } from './support/fixtures';

async function post(page: Page, baseURL: string | undefined, url: string, data: object = {}) {
  const res = await page.request.post(url, { data, headers: originHeaders(baseURL) });
  expect(res.status(), await res.text()).toBeLessThan(300);
  return res.json();
}

/** The demo employer posts `headcount` openings in rail traction (signed in as the employer afterwards). */
async function postRailOpenings(page: Page, baseURL: string | undefined, headcount: number) {
  await signIn(page, baseURL, DEMO.employer);
  await post(page, baseURL, '/api/v1/postings', {
    title: '牵引变流器工程师',
    chain: 'rail',
    subField: 'rail.traction',
    requiredSkills: ['rail.traction.01'],
    headcount,
    salaryMin: 15000,
    salaryMax: 25000,
    district: '天元区',
    engagementMode: 'full_time',
    closesOn: shanghaiDate(60),
  });
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
  await postRailOpenings(page, baseURL, 6);

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

test('the office closes a survey early and reads postings and survey answers as demand records, filtered and exportable', async ({ page, baseURL }) => {
  await postRailOpenings(page, baseURL, 2);
  await signIn(page, baseURL, DEMO.officer);
  const title = `提前结束的摸排${Date.now()}`;
  const survey = await post(page, baseURL, '/api/v1/surveys', { title, period: '2026 下半年', chains: ['rail'], deadline: shanghaiDate(30) });
  await page.goto('/office/surveys');
  const row = page.getByTestId('surveys').locator('tr', { hasText: title });
  await row.click();
  const panel = page.getByTestId(`completion-${survey.id}`);
  await panel.getByTestId('close-survey').click();
  await expect(page.getByText('确认提前结束本次摸排？')).toBeVisible();
  await shot(page, 'employers-office-close-survey');
  await page.locator('.ant-popconfirm').getByRole('button', { name: '结束摸排' }).click();
  await expect(row).toContainText('已于');
  await expect(panel.getByTestId('close-survey')).toBeDisabled();

  await page.goto('/home');
  await page.getByTestId('nav-demandRecords').click();
  await expect(page.getByRole('heading', { name: '需求台账' })).toBeVisible();
  await expect(page.getByTestId('demand-records')).toContainText('在招岗位');
  await page.getByLabel('工作地点').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('天元区', { exact: true }).click();
  await expect(page).toHaveURL(/district=/);
  await expect(page.getByTestId('demand-summary')).toContainText('条需求记录');
  await shot(page, 'employers-office-demand-records');
  const xlsx = await page.request.get('/api/v1/demand-records.xlsx?district=天元区');
  expect(xlsx.status()).toBe(200);
  const bad = await page.request.get('/api/v1/demand-records?district=长沙');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).errors[0].field).toBe('district');
});

test('the office previews a quarter’s shortage catalogue beside the previous one and publishes it after confirming', async ({ page, baseURL }) => {
  await signIn(page, baseURL, DEMO.officer);
  await page.goto('/home');
  await page.getByTestId('nav-shortageOffice').click();
  await expect(page.getByRole('heading', { name: '发布紧缺人才目录' })).toBeVisible();
  await expect(page.getByText(/上期 \d{4}-Q\d 列入技能/)).toBeVisible();
  await page.getByTestId('publish-shortage').click();
  await expect(page.locator('.ant-modal-confirm-title')).toHaveText('确认发布？');
  await shot(page, 'employers-office-shortage-confirm');
  await page.locator('.ant-modal-confirm').getByRole('button', { name: '发布本季度目录' }).click();
  await expect(page.locator('.ant-message')).toContainText('目录已发布');
  await expect(page.getByTestId('publication-state')).toContainText('已于');
  await shot(page, 'employers-office-shortage');
});
