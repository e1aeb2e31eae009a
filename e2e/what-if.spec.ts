import { expect, test, type Page } from '@playwright/test';
import { DEMO, shot, signIn } from './support/fixtures';

async function pick(page: Page, testId: string, search: string | null, option: string) {
  await page.getByTestId(testId).click();
  if (search) await page.keyboard.type(search);
  await page.locator('.ant-select-dropdown:visible').getByText(option, { exact: true }).first().click();
}

async function setChange(page: Page, policyTitle: string, key: string, value: string) {
  await pick(page, 'change-0-policy', policyTitle, `${policyTitle}（${policyTitle === '青年人才生活补贴' ? 'graduate-living-allowance' : 'rent-subsidy'}）`);
  await pick(page, 'change-0-param', null, '金额（元）');
  await pick(page, 'change-0-key', null, key);
  const input = page.getByTestId('change-0').getByRole('spinbutton');
  await input.fill(value);
}

test.describe('政策模拟 (what-if)', () => {
  test('raising an allowance shows gainers, extra cost and a chart by district and chain', async ({ page, baseURL }) => {
    await signIn(page, baseURL, DEMO.officer);
    await page.goto('/');
    await page.getByTestId('nav-whatIf').click();
    await expect(page.getByRole('heading', { name: '政策模拟' })).toBeVisible();

    await setChange(page, '青年人才生活补贴', 'bachelor', '1000');
    await expect(page.getByTestId('change-0')).toContainText('现值：600');
    await page.getByTestId('run-simulation').click();

    const result = page.getByTestId('simulation-result');
    await expect(result).toBeVisible({ timeout: 30_000 });
    const gainers = Number((await page.getByTestId('total-gainers').locator('.ant-statistic-content-value').innerText()).replace(/,/g, ''));
    expect(gainers).toBeGreaterThan(0);
    await expect(page.getByTestId('total-losers')).toContainText('0');
    await expect(page.getByTestId('total-budget')).toContainText(/\+[\d,]+ 元/);
    await expect(result).toContainText('青年人才生活补贴');
    await expect(result).toContainText(/覆盖 \d+ 名人才/);
    await expect(page.getByTestId('impact-chart').locator('canvas').first()).toBeVisible();
    await shot(page, 'what-if-raise-by-district');

    await page.getByText('按产业链', { exact: true }).click();
    await expect(page.getByTestId('impact-chart').locator('canvas').first()).toBeVisible();
    await shot(page, 'what-if-raise-by-chain');
  });

  test('cutting a subsidy shows losers and a saving', async ({ page, baseURL }) => {
    await signIn(page, baseURL, DEMO.officer);
    await page.goto('/what-if');
    await setChange(page, '租房补贴', 'bachelor', '300');
    await page.getByTestId('run-simulation').click();
    await expect(page.getByTestId('simulation-result')).toBeVisible({ timeout: 30_000 });
    const losers = Number((await page.getByTestId('total-losers').locator('.ant-statistic-content-value').innerText()).replace(/,/g, ''));
    expect(losers).toBeGreaterThan(0);
    await expect(page.getByTestId('total-budget')).toContainText(/-[\d,]+ 元/);
    await shot(page, 'what-if-cut');
  });
});
