/**
 * 工作台 and the audit log: every staff role and the employer land on a workbench of what waits for
 * them (no "coming soon" promises); the auditor sees no write button the server would refuse, and
 * reads, filters and exports the audit log with the chain's state.
 */
import { expect, test } from '@playwright/test';
import { DEMO, shot, signIn } from './support/fixtures';

const NO_PROMISES = /建设中|后续可/;

test.describe('workbenches', () => {
  for (const role of ['reviewer', 'officer', 'concierge', 'admin', 'employer'] as const) {
    test(`the ${role} lands on a workbench without promises of future work`, async ({ page, baseURL }) => {
      await signIn(page, baseURL, DEMO[role]);
      await page.goto('/');
      await expect(page).toHaveURL(/\/home$/);
      await expect(page.getByRole('heading', { name: /您好/ })).toBeVisible();
      await expect(page.getByText('您可以', { exact: true })).toBeVisible();
      // The concierge has no queue of their own yet: an honest page of what they can do today.
      if (role !== 'concierge') await expect(page.getByTestId('workbench')).toBeVisible();
      await expect(page.locator('body')).not.toContainText(NO_PROMISES);
      await shot(page, `workbench-${role}`);
    });
  }

  test('the officer opens a queue from its count', async ({ page, baseURL }) => {
    await signIn(page, baseURL, DEMO.officer);
    await page.goto('/home');
    await page.getByTestId('queue-sweepsToConfirm').click();
    await expect(page).toHaveURL(/\/office\/sweeps$/);
  });
});

test("the officer and the auditor see every department's applications in review", async ({ page, baseURL }) => {
  for (const who of [DEMO.officer, DEMO.auditor]) {
    await signIn(page, baseURL, who);
    await page.goto('/home');
    await page.getByTestId('nav-inReview').click();
    await expect(page).toHaveURL(/\/office\/in-review$/);
    await expect(page.getByRole('heading', { name: '全市在办申请' })).toBeVisible();
    await expect(page.getByTestId('in-review-table')).toContainText(/办理部门/);
  }
  await shot(page, 'in-review');
});

test('人才库 fits a 1366 px screen without sideways scrolling', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, baseURL, DEMO.officer);
  await page.goto('/talents');
  const table = page.getByTestId('talent-table');
  await expect(table.locator('tbody tr.ant-table-row').first()).toBeVisible();
  const overflow = await page.evaluate(() => {
    const body = document.scrollingElement!;
    const content = document.querySelector('[data-testid="talent-table"] .ant-table-content, [data-testid="talent-table"] .ant-table-body');
    return { page: body.scrollWidth - body.clientWidth, table: content ? content.scrollWidth - content.clientWidth : 0 };
  });
  expect(overflow).toEqual({ page: 0, table: 0 });
  await shot(page, 'talent-list-1366');
});

test.describe('the auditor', () => {
  test('sees the chain on the workbench, no write buttons, and no 政策模拟', async ({ page, baseURL }) => {
    await signIn(page, baseURL, DEMO.auditor);
    await page.goto('/');
    await expect(page.getByTestId('audit-state')).toContainText('哈希链校验通过');
    await shot(page, 'workbench-auditor');
    await expect(page.getByTestId('side-nav')).not.toContainText('政策模拟');
    await page.goto('/office/sweeps');
    await expect(page.getByRole('heading', { name: '免申即享批量比对' })).toBeVisible();
    await expect(page.getByRole('button', { name: '开始比对' })).toHaveCount(0);
    await page.goto('/office/payments');
    await expect(page.getByRole('heading', { name: '资金发放批次' })).toBeVisible();
    await expect(page.getByRole('button', { name: /生成发放批次|导入回填结果/ })).toHaveCount(0);
  });

  test('reads, filters and exports the audit log', async ({ page, baseURL }) => {
    await signIn(page, baseURL, DEMO.auditor);
    await page.goto('/home');
    await page.getByTestId('nav-auditLog').click();
    await expect(page).toHaveURL(/\/audit$/);
    await expect(page.getByTestId('chain-state')).toContainText('哈希链校验通过');
    await expect(page.getByTestId('audit-table')).toContainText('auth.login');
    await shot(page, 'audit-log');

    await page.getByLabel('操作（或前缀）').fill('account.');
    await page.getByTestId('audit-search').click();
    const rows = page.getByTestId('audit-table').locator('tbody tr.ant-table-row');
    await expect(rows.first()).toContainText('account.');
    await expect(page.getByTestId('audit-table')).not.toContainText('auth.login');
    await shot(page, 'audit-log-filtered');

    const download = page.waitForEvent('download');
    await page.getByTestId('audit-export').click();
    expect((await download).suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.xlsx$/);
  });
});
