import { expect, test } from '@playwright/test';
import { DEMO, TEST_PASSWORD, shot, signIn, signOut, uniqueTag } from './support/fixtures';

test.describe('role-based navigation', () => {
  test('a talent sees only their own screens; the officer URL shows 403, unknown URLs 404', async ({ page, baseURL }) => {
    await signIn(page, baseURL, DEMO.talent);
    await page.goto('/');
    await expect(page).toHaveURL(/\/profile$/);
    const nav = page.getByTestId('side-nav');
    await expect(nav).toContainText('我的档案');
    await expect(nav).not.toContainText('人才库');
    await expect(nav).not.toContainText('用户管理');
    await expect(page.getByTestId('brand')).toHaveText('伯乐 · 人才服务平台');

    await page.goto('/talents');
    await expect(page.getByTestId('status-403')).toBeVisible();
    await expect(page.getByText('您的账号没有访问此页面的权限。')).toBeVisible();
    await shot(page, 'talent-403');
    await page.goto('/admin/users');
    await expect(page.getByTestId('status-403')).toBeVisible();

    await page.goto('/no/such/page');
    await expect(page.getByTestId('status-404')).toBeVisible();
    await page.getByRole('button', { name: '返回首页' }).click();
    await expect(page).toHaveURL(/\/profile$/);
  });

  test('the officer lands on the workbench and cannot open a talent-only page', async ({ page, baseURL }) => {
    await signIn(page, baseURL, DEMO.officer);
    await page.goto('/');
    await expect(page).toHaveURL(/\/home$/);
    const nav = page.getByTestId('side-nav');
    await expect(nav).toContainText('工作台');
    await expect(nav).toContainText('人才库');
    await expect(nav).not.toContainText('我的档案');
    await expect(nav).not.toContainText('用户管理');
    await page.goto('/profile');
    await expect(page.getByTestId('status-403')).toBeVisible();
    await page.getByTestId('nav-home').click();
    await expect(page.getByTestId('home-role')).toContainText('人才办');
  });

  test('the admin manages staff accounts', async ({ page, baseURL }) => {
    await signIn(page, baseURL, DEMO.admin);
    await page.goto('/');
    const nav = page.getByTestId('side-nav');
    await expect(nav).toContainText('用户管理');
    await expect(nav).toContainText('人才库');
    await expect(nav).not.toContainText('我的档案');
    await page.getByTestId('nav-adminUsers').click();
    await expect(page.getByRole('heading', { name: '用户管理' })).toBeVisible();
    // Server-side role filter.
    await page.getByTestId('filter-role').click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('人才办', { exact: true }).click();
    await expect(page.getByTestId('staff-table')).toContainText('officer');
    await expect(page.getByTestId('staff-table')).not.toContainText('reviewer');

    const username = `rev${uniqueTag()}`;
    await page.getByTestId('create-staff').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('用户名').fill(username);
    await dialog.getByLabel('显示名称').fill('科技局审核员');
    await dialog.getByLabel('所属部门').click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('科技局', { exact: true }).click();
    await dialog.getByLabel('初始密码').fill(TEST_PASSWORD);
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    await expect(page.getByText('账号已创建')).toBeVisible();
    await expect(dialog).toBeHidden();
    await page.getByTestId('filter-role').click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('审核人员', { exact: true }).click();
    await expect(page.getByTestId('staff-table')).toContainText(username);
    await expect(page.getByTestId('staff-table')).toContainText('科技局');
    await shot(page, 'admin-users');

    // The new reviewer can sign in and sees the reviewer home page.
    await signOut(page);
    await page.getByLabel('账号').fill(username);
    await page.getByLabel('密码').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: /登\s?录/ }).click();
    await expect(page).toHaveURL(/\/home$/);
    await expect(page.getByTestId('home-role')).toContainText('审核人员');
    await expect(page.getByText('所属部门：科技局')).toBeVisible();
  });

  test('reviewer, concierge and auditor get a home page; the auditor reads the talent list', async ({ page, baseURL }) => {
    await signIn(page, baseURL, DEMO.reviewer);
    await page.goto('/');
    await expect(page).toHaveURL(/\/home$/);
    await expect(page.getByTestId('home-role')).toContainText('审核人员');
    await expect(page.getByTestId('side-nav')).not.toContainText('人才库');
    await shot(page, 'reviewer-home');

    await signIn(page, baseURL, DEMO.concierge);
    await page.goto('/');
    await expect(page.getByTestId('home-role')).toContainText('人才专员');

    await signIn(page, baseURL, DEMO.auditor);
    await page.goto('/');
    await expect(page.getByTestId('home-role')).toContainText('审计人员');
    await page.getByTestId('nav-talentList').click();
    await expect(page.getByRole('heading', { name: '人才库' })).toBeVisible();
    await expect(page.getByText('只读')).toBeVisible();
  });
});
