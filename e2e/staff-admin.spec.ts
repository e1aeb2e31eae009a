/** 用户管理: the admin edits, disables, enables and resets staff accounts; the list holds staff only. */
import { expect, test } from '@playwright/test';
import { DEMO, TEST_PASSWORD, originHeaders, shot, signIn, uniqueTag } from './support/fixtures';

test('the admin edits, disables and re-enables a staff account; talents are not listed', async ({ page, baseURL }) => {
  await signIn(page, baseURL, DEMO.admin);
  const username = `cc${uniqueTag()}`;
  const created = await page.request.post('/api/v1/admin/users', {
    headers: originHeaders(baseURL),
    data: { username, displayName: '服务专员乙', role: 'concierge', department: null, password: `${TEST_PASSWORD}-x` },
  });
  expect(created.status(), await created.text()).toBe(201);

  await page.goto('/admin/users');
  const table = page.getByTestId('staff-table');
  await expect(table).toContainText(username);
  await expect(table).not.toContainText('用人单位');
  await expect(table).not.toContainText(DEMO.talent.slice(0, 3) + '****');
  await shot(page, 'staff-admin');

  await page.getByTestId(`edit-${username}`).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('显示名称').fill('服务专员丙');
  await dialog
    .getByRole('button', { name: '保 存' })
    .or(dialog.getByRole('button', { name: '保存' }))
    .click();
  await expect(table.getByRole('row').filter({ hasText: username })).toContainText('服务专员丙');

  await page.getByTestId(`disable-${username}`).click();
  await page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: '停用' })
    .or(page.locator('.ant-popconfirm').getByRole('button', { name: '停 用' }))
    .click();
  const row = table.getByRole('row').filter({ hasText: username });
  await expect(row).toContainText('已停用');
  await shot(page, 'staff-admin-disabled');
  await page.getByTestId(`enable-${username}`).click();
  await expect(row).toContainText('正常');
});
