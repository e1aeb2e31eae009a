/**
 * Before signing in, on a phone (390 px): the login page offers password recovery and leads to
 * the public pages anyone may use without an account — the recognition notices and the
 * verification of a talent code.
 */
import { expect, test } from '@playwright/test';
import { shot } from './support/fixtures';

test.use({ viewport: { width: 390, height: 844 } });

test('the login page leads to password recovery, the public notices and talent-code verification', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('link', { name: '忘记密码' })).toHaveAttribute('href', '/recover');
  const links = page.getByTestId('public-links');
  await expect(links).toContainText('无需登录：');
  await shot(page, 'login-public-links-phone');

  await links.getByRole('link', { name: '人才认定公示' }).click();
  await expect(page).toHaveURL(/\/notices$/);
  await expect(page.getByRole('heading', { name: '人才认定公示' })).toBeVisible();

  await page.goto('/login');
  await page.getByTestId('public-links').getByRole('link', { name: '人才码核验' }).click();
  await expect(page).toHaveURL(/\/verify$/);
  await expect(page.getByRole('heading', { name: '人才码核验' })).toBeVisible();

  await page.goto('/login');
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByTestId('public-links')).toHaveText(
    'Without an account: Recognition public notices · Verify a talent code · Policy library · Policy calculator · Talent development indices',
  );
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
