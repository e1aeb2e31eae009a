import { expect, test } from '@playwright/test';
import { DEMO, shot, signIn } from './support/fixtures';

test('the language switch turns labels to English and is remembered', async ({ page, baseURL }) => {
  await page.goto('/login');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();

  await page.getByTestId('language-switch').getByText('English').click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await signIn(page, baseURL, DEMO.talent);
  await page.goto('/profile');
  await expect(page.getByRole('heading', { name: 'My profile' })).toBeVisible();
  await expect(page.getByTestId('side-nav')).toContainText('My profile');
  await expect(page.getByText('Education and titles', { exact: true })).toBeVisible();
  // antd's own texts follow (date picker placeholder comes from our format; the Select's "no data" from antd).
  await expect(page.getByTestId('brand')).toHaveText('Bole · Talent Service Platform');
  await shot(page, 'talent-profile-en');

  await page.getByTestId('language-switch').getByText('中文').click();
  await expect(page.getByRole('heading', { name: '我的档案' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('antd components follow the language (officer list pagination)', async ({ page, baseURL }) => {
  await signIn(page, baseURL, DEMO.officer);
  await page.goto('/talents');
  await expect(page.locator('.ant-pagination-options')).toContainText('条/页');
  await page.getByTestId('language-switch').getByText('English').click();
  await expect(page.getByRole('heading', { name: 'Talent registry' })).toBeVisible();
  await expect(page.locator('.ant-pagination-options')).toContainText('/ page');
  await shot(page, 'officer-talent-list-en');
});
