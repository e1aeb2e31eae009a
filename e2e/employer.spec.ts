import { expect, test } from '@playwright/test';
import { TEST_PASSWORD, chooseOption, expectSaved, shot, uniqueMobile, uniqueTag, validCreditCode, withWrongCheckChar } from './support/fixtures';

test('an employer registers (credit code checked in the browser) and edits 单位信息', async ({ page }) => {
  const code = validCreditCode();
  const name = `株洲测试轨道装备有限公司${uniqueTag()}`;
  await page.goto('/register/employer');
  await expect(page.getByRole('heading', { name: '用人单位注册' })).toBeVisible();

  // A wrong check character is caught before anything is sent.
  await page.getByLabel('统一社会信用代码').fill(withWrongCheckChar(code));
  await page.getByLabel('单位名称').click();
  await expect(page.getByText('统一社会信用代码校验位不正确，请核对')).toBeVisible();
  // Lower-case input is normalised to upper case.
  await page.getByLabel('统一社会信用代码').fill(code.toLowerCase());
  await expect(page.getByLabel('统一社会信用代码')).toHaveValue(code);
  await expect(page.getByText('统一社会信用代码校验位不正确，请核对')).toHaveCount(0);

  await page.getByLabel('单位名称').fill(name);
  const contact = uniqueMobile();
  await page.getByLabel('联系人手机号').fill(contact);
  await chooseOption(page, '所在区县', '天元区');
  await chooseOption(page, '所属产业链', '轨道交通');
  await page.getByLabel('高新技术企业').check();
  await page.getByLabel('密码', { exact: true }).fill(TEST_PASSWORD);
  await page.getByLabel('确认密码').fill(TEST_PASSWORD);
  await shot(page, 'register-employer');
  await page.getByRole('button', { name: /注\s?册/ }).click();

  // A new employer lands on its workbench (工作台), then opens 单位信息.
  await expect(page.getByRole('heading', { name: /您好/ })).toBeVisible();
  await page.getByTestId('nav-employerProfile').click();
  await expect(page).toHaveURL(/\/employer$/);
  await expect(page.getByRole('heading', { name: '单位信息' })).toBeVisible();
  await expect(page.getByTestId('credit-code')).toHaveText(code);
  await expect(page.getByLabel('单位名称')).toHaveValue(name);
  await expect(page.getByTestId('side-nav')).toContainText('单位信息');

  // The contact mobile is only ever shown masked; leaving it empty keeps it, typing replaces it.
  await expect(page.getByText(new RegExp(`已登记：${contact.slice(0, 3)}\\*{4}${contact.slice(-4)}`))).toBeVisible();
  const newContact = uniqueMobile();

  // Edit and save; the change survives a reload.
  const renamed = `${name}（更名）`;
  await page.getByLabel('单位名称').fill(renamed);
  await page.getByLabel('联系人手机号').fill(newContact);
  await chooseOption(page, '所属产业链', '航空动力');
  await page.getByLabel('专精特新企业').check();
  await page.getByTestId('save').click();
  await expectSaved(page, '已保存');
  await page.reload();
  await expect(page.getByLabel('单位名称')).toHaveValue(renamed);
  await expect(page.locator('.ant-form-item').filter({ hasText: '所属产业链' })).toContainText('航空动力');
  await expect(page.getByLabel('专精特新企业')).toBeChecked();
  await expect(page.getByLabel('高新技术企业')).toBeChecked();
  await expect(page.getByText(new RegExp(`已登记：${newContact.slice(0, 3)}\\*{4}${newContact.slice(-4)}`))).toBeVisible();
  await expect(page.getByLabel('联系人手机号')).toHaveValue('');
  await shot(page, 'employer-profile');

  // Registering the same code again is refused by the server.
  await page.getByTestId('logout').click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto('/register/employer');
  await page.getByLabel('统一社会信用代码').fill(code);
  await page.getByLabel('单位名称').fill('重复单位');
  await page.getByLabel('联系人手机号').fill(uniqueMobile());
  await chooseOption(page, '所在区县', '芦淞区');
  await chooseOption(page, '所属产业链', '电子信息');
  await page.getByLabel('密码', { exact: true }).fill(TEST_PASSWORD);
  await page.getByLabel('确认密码').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: /注\s?册/ }).click();
  await expect(page.locator('.ant-message')).toBeVisible();
  await expect(page).toHaveURL(/\/register\/employer$/);
});
