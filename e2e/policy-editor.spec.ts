import { expect, test, type Page } from '@playwright/test';
import { DEMO, shot, signIn } from './support/fixtures';

async function openSettleAllowance(page: Page) {
  await page.goto('/');
  await page.getByTestId('nav-policies').click();
  await expect(page.getByRole('heading', { name: '政策管理' })).toBeVisible();
  await page.getByTestId('policy-link-settle-allowance').click();
  await expect(page.getByTestId('yaml-editor')).toHaveValue(/id: settle-allowance/);
}

test.describe('政策管理: YAML editor, examples, publication', () => {
  test.describe.configure({ mode: 'serial' });

  test('a typo is marked at its line and cannot be saved', async ({ page, baseURL }) => {
    await signIn(page, baseURL, DEMO.officer);
    await openSettleAllowance(page);
    await shot(page, 'policy-list-editor');
    const editor = page.getByTestId('yaml-editor');
    const yaml = await editor.inputValue();
    const line = yaml.split('\n').findIndex((l) => l.includes('socialInsuranceMonths >= params')) + 1;
    expect(line).toBeGreaterThan(1);
    await editor.fill(yaml.replace('socialInsuranceMonths >= params', 'socialInsuranceMonth >= params'));

    const errors = page.getByTestId('yaml-errors');
    await expect(errors).toContainText(`第 ${line} 行`);
    await expect(errors).toContainText('socialInsuranceMonths');
    await errors.getByTestId('yaml-error').first().click();
    await expect(page.getByTestId(`yaml-error-line-${line}`)).toBeVisible();
    await shot(page, 'policy-editor-error');

    await page.getByTestId('save-draft').click();
    await expect(page.locator('.ant-message')).toContainText('政策 YAML 有 1 处错误');
    await expect(page.getByTestId('version-2')).toHaveCount(0);
  });

  test('a draft whose example fails cannot be published; the fixed one is published from a date', async ({ page, baseURL }) => {
    await signIn(page, baseURL, DEMO.officer);
    await openSettleAllowance(page);
    const editor = page.getByTestId('yaml-editor');
    const v1 = await editor.inputValue();

    // Raise tier D to 200,000 without updating the example that expects 150,000.
    await editor.fill(v1.replace('D: 150000 }', 'D: 200000 }'));
    await expect(page.getByTestId('yaml-errors')).toContainText('校验通过');
    await page.getByTestId('save-draft').click();
    await expect(page.getByTestId('version-2-status')).toHaveText('草稿');
    await page.getByTestId('run-examples').click();
    await expect(page.getByTestId('example-results')).toContainText('未通过 1');
    await expect(page.getByTestId('example-fail')).toContainText('amountFen: expected 15000000, got 20000000');
    await page.getByTestId('publish').click();
    await page.locator('#confirm-publish').click();
    await expect(page.getByTestId('publish-error')).toContainText('示例');
    await shot(page, 'policy-publish-blocked');
    await page.getByRole('button', { name: /取\s*消/ }).click();
    await expect(page.getByTestId('version-2-status')).toHaveText('草稿');

    // Fix the example and publish the new draft.
    await page.getByTestId('version-1').click();
    await expect(editor).toHaveValue(v1);
    await editor.fill(
      v1
        .replace('D: 150000 }', 'D: 200000 }')
        .replace('gets 150,000', 'gets 200,000')
        .replace('amountFen: 15000000, months: 1, valueFen: 15000000', 'amountFen: 20000000, months: 1, valueFen: 20000000'),
    );
    await expect(page.getByTestId('yaml-errors')).toContainText('校验通过');
    await page.getByTestId('save-draft').click();
    await expect(page.getByTestId('version-3-status')).toHaveText('草稿');
    await page.getByTestId('run-examples').click();
    await expect(page.getByTestId('example-results')).not.toContainText('未通过');
    await page.getByTestId('publish').click();
    await page.locator('#confirm-publish').click();
    await expect(page.locator('.ant-message')).toContainText('第 3 版已发布');
    await expect(page.getByTestId('version-3-status')).toHaveText('已发布');
    await expect(page.getByTestId('version-1-status')).toHaveText('已发布');
    await shot(page, 'policy-published');

    await page.goto('/policies');
    await expect(page.getByRole('row', { name: /settle-allowance/ })).toContainText('v3 ·');
  });
});
