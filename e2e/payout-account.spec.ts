/**
 * 收款账户 on a phone (390 px): a talent adds the account their benefits are paid into on 我的待遇,
 * sees it masked (last 4 digits only), and a holder name that is not theirs is refused with the
 * reason shown at the field; then they remove it after a confirmation.
 */
import { expect, test } from '@playwright/test';
import { registerTalentApi, shot, uniqueTag } from './support/fixtures';

test.use({ viewport: { width: 390, height: 844 } });

test('a talent adds a payout account on a phone, sees it masked, and a holder who is not them is refused at the field', async ({ page, baseURL }) => {
  const name = `收款${uniqueTag()}`;
  await registerTalentApi(page.request, baseURL, name);
  await page.goto('/benefits');
  await expect(page.getByRole('heading', { name: '我的待遇' })).toBeVisible();

  const card = page.getByTestId('payout-account');
  /** The error shown under a field of the form, found by the field's label. */
  const errorAt = (label: string) => card.locator('.ant-form-item', { has: page.getByLabel(label, { exact: true }) }).locator('.ant-form-item-explain-error');
  await expect(card).toContainText('收款账户');
  const holder = card.getByLabel('户名', { exact: true });
  await expect(holder).toHaveValue(name);
  await expect(card).toContainText(`须为本人姓名：${name}`);
  await card.getByLabel('开户银行', { exact: true }).fill('中国建设银行株洲分行');
  const number = card.getByLabel('银行账号', { exact: true });

  // The browser checks the number's shape before anything is sent.
  await number.fill('6217 0023');
  await card.getByTestId('payout-save').click();
  await expect(errorAt('银行账号')).toHaveText('请输入 12–30 位数字（可含空格）');

  // Someone else's name as the holder: the server refuses it, and says why at the field.
  await number.fill('6217 0023 4567 8901 234');
  await holder.fill('张三丰');
  await card.getByTestId('payout-save').click();
  await expect(errorAt('户名')).toHaveText(`待遇只能发放到本人名下的账户：户名须与档案中的姓名“${name}”一致。`);
  await holder.scrollIntoViewIfNeeded();
  await shot(page, 'payout-account-holder-refused-phone');

  // Their own name: saved, and from then on shown masked.
  await holder.fill(name);
  await card.getByTestId('payout-save').click();
  await expect(page.locator('.saved-message').filter({ hasText: '收款账户已保存' }).last()).toBeVisible();
  await expect(card.getByTestId('payout-mask')).toHaveText('**** **** **** 1234');
  await expect(card.getByTestId('payout-view')).toContainText('中国建设银行株洲分行');
  await expect(card.getByTestId('payout-view')).toContainText(name);
  await expect(page.locator('body')).not.toContainText('62170023');
  // Nothing on the page is wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await card.scrollIntoViewIfNeeded();
  await shot(page, 'payout-account-masked-phone');

  // The security notice is in the bell.
  await page.getByTestId('notification-bell').click();
  await expect(page.getByTestId('notification-panel').getByTestId('notification-item').first()).toContainText(
    '收款账户已设置为 中国建设银行株洲分行 **** **** **** 1234',
  );
  await page.keyboard.press('Escape');

  // Removing it asks first.
  await card.getByTestId('payout-remove').click();
  await expect(page.getByRole('dialog')).toContainText('删除收款账户？');
  await page.getByTestId('payout-remove-ok').click();
  await expect(card.getByTestId('payout-form')).toBeVisible();
  await expect(card.getByTestId('payout-mask')).toHaveCount(0);
});
