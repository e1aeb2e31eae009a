/**
 * Before signing in: the policy library (every policy in force, its conditions and its amounts
 * per tier) and the calculator for an anonymous profile — on a phone in Chinese, reached from
 * the login page, and at 1366 px in English with no Chinese but names.
 */
import { expect, test } from '@playwright/test';
import { chooseOption, fillDate, shot } from './support/fixtures';

test.describe('on a phone, in Chinese', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the login page leads to the policy library and the calculator gives a result for a profile', async ({ page }) => {
    await page.goto('/login');
    await page.getByTestId('public-links').getByRole('link', { name: '政策库' }).click();
    await expect(page).toHaveURL(/\/library$/);
    await expect(page.getByRole('heading', { level: 1, name: '政策库' })).toBeVisible();

    const settle = page.getByTestId('public-policy-settle-allowance');
    await expect(settle.getByRole('heading', { name: '高层次人才安家补贴' })).toBeVisible();
    await expect(settle.getByTestId('public-policy-conditions')).toContainText('在本市缴纳社保满 6 个月');
    await expect(settle.getByTestId('public-policy-amounts')).toContainText(/D.*150,000 元/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(page, 'public-library-phone');

    await page.getByTestId('public-policy-links').getByRole('link', { name: '政策计算器（无需登录）' }).click();
    await expect(page).toHaveURL(/\/library\/calculator$/);
    await expect(page.getByRole('heading', { level: 1, name: '政策计算器' })).toBeVisible();
    await fillDate(page, '出生日期', '1990-05-01');
    await fillDate(page, '来本市工作时间', '2026-01-01');
    await page.getByLabel('本市社保缴纳月数').fill('7');
    await chooseOption(page, '最高学历', '博士');
    await chooseOption(page, '单位类型', '企业');
    await chooseOption(page, '单位所属产业链', '轨道交通');
    await chooseOption(page, '单位所在区县', '天元区');
    await page
      .getByRole('button', { name: '计 算' })
      .or(page.getByRole('button', { name: '计算' }))
      .click();

    await expect(page.getByTestId('calc-tier')).toContainText('D');
    await expect(page.getByTestId('granted-settle-allowance')).toContainText('150,000');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(page, 'public-calculator-result-phone');
  });
});

test.describe('at 1366 px, in English', () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  test('the policy library has no Chinese except names', async ({ page }) => {
    await page.goto('/login');
    await page.getByText('English', { exact: true }).click();
    await expect(page.getByTestId('public-links')).toHaveText(
      'Without an account: Recognition public notices · Verify a talent code · Policy library · Policy calculator · Talent development indices',
    );
    await page.getByTestId('public-links').getByRole('link', { name: 'Policy library' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Policy library' })).toBeVisible();
    const settle = page.getByTestId('public-policy-settle-allowance');
    await expect(settle.getByTestId('public-policy-conditions')).toContainText('At least 6 months of social insurance');
    await expect(settle.getByTestId('public-policy-amounts')).toContainText('¥150,000');
    // The one Chinese word allowed is the name of the other language on the switch.
    const text = await page.locator('main').evaluate((el) => (el as HTMLElement).innerText);
    expect(text.replace('中文', '').match(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+/g)).toBeNull();
    await shot(page, 'public-library-en');
  });
});
