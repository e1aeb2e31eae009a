/**
 * Four eyes on a budget in a real browser: 人才办专员 proposes raising 租房补贴's budget and quota
 * with a reason — nothing changes yet, and under 待我复核 they can only wait or withdraw — then
 * 人才办复核员 approves it in a confirmation dialog naming the change and its maker, and the
 * budget screen shows the new figures and the change in the policy's history with both names.
 *
 * Every run raises the budget a little from whatever it is, so runs on the same server never
 * propose a figure below what is already committed.
 */
import { expect, test, type Page } from '@playwright/test';
import { DEMO, shot, signIn, signOut, uniqueTag } from './support/fixtures';
import { formatFen } from '../apps/web/src/shared/lib/money';

const POLICY = 'rent-subsidy';

interface Budget {
  policyId: string;
  year: number;
  annualFen: number;
  quota: number;
}

async function rentBudget(page: Page): Promise<Budget> {
  const res = await page.request.get('/api/v1/budgets');
  expect(res.status(), await res.text()).toBe(200);
  return ((await res.json()).items as Budget[]).find((b) => b.policyId === POLICY)!;
}

const yuan = (fen: number) => formatFen(fen, 'zh-CN', { cents: 'always' });

test('a budget change proposed by one officer takes effect only when another approves it, and stays in the history', async ({ page, baseURL }) => {
  await signIn(page, baseURL, DEMO.officer);
  const before = await rentBudget(page);
  const after = { annualFen: before.annualFen + 1_000_000, quota: before.quota + 1 };
  const reason = `追加租房补贴预算 ${uniqueTag()}`;

  // 人才办专员 proposes the raise with a reason.
  await page.goto('/');
  await page.getByTestId('nav-budgets').click();
  await expect(page.getByRole('heading', { name: '政策预算' })).toBeVisible();
  await page.getByTestId(`edit-budget-${POLICY}`).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('budget-yuan').fill(String(after.annualFen / 100));
  await dialog.getByTestId('budget-quota').fill(String(after.quota));
  await expect(dialog).toContainText('须由另一名工作人员在「待我复核」中复核通过');
  await dialog.getByRole('button', { name: '提交复核' }).click();
  await expect(dialog.locator('.ant-form-item-explain-error')).toContainText('请说明调整理由');
  await dialog.getByTestId('budget-reason').fill(reason);
  await dialog.getByRole('button', { name: '提交复核' }).click();
  await expect(page.locator('.ant-message')).toContainText('调整提议已提交，须另一名工作人员复核后生效');

  // Nothing is set yet: the budget stands, the proposal waits beside it.
  await expect(page.getByTestId(`budget-${POLICY}`)).toContainText(yuan(before.annualFen));
  await expect(page.getByTestId(`budget-pending-${POLICY}`)).toHaveText(`拟调为 ${yuan(after.annualFen)} · ${after.quota} 人`);
  expect(await rentBudget(page)).toMatchObject({ annualFen: before.annualFen, quota: before.quota });
  await shot(page, 'budget-change-proposed');

  // The maker sees it under 待我复核 but cannot approve it.
  const pending = (await (await page.request.get('/api/v1/approvals?kind=budget')).json()).items as { id: string; reason: string }[];
  const id = pending.find((r) => r.reason === reason)!.id;
  await page.getByTestId('nav-approvals').click();
  await expect(page.getByTestId(`approval-status-${id}`)).toContainText('待第二人复核');
  await expect(page.getByTestId(`approval-approve-${id}`)).toHaveCount(0);
  await expect(page.getByTestId(`approval-withdraw-${id}`)).toBeVisible();
  await signOut(page);

  // 人才办复核员 approves it, after a dialog that names the change, the maker and the reason.
  await signIn(page, baseURL, DEMO.officer2);
  await page.goto('/');
  await page.getByTestId('nav-approvals').click();
  await expect(page.getByRole('heading', { name: '待我复核' })).toBeVisible();
  await expect(page.getByTestId(`approval-change-${id}`)).toHaveText(
    `年度预算 ${yuan(before.annualFen)} → ${yuan(after.annualFen)}；名额 ${before.quota.toLocaleString('en-US')} → ${after.quota.toLocaleString('en-US')}`,
  );
  await shot(page, 'approvals-list');
  await page.getByTestId(`approval-approve-${id}`).click();
  const confirm = page.getByTestId('approval-approve-dialog');
  await expect(confirm).toContainText('由 人才办专员');
  await expect(confirm).toContainText(reason);
  await shot(page, 'approvals-approve-dialog');
  await page.getByTestId('approval-approve-ok').click();
  await expect(page.locator('.ant-message')).toContainText('已复核通过，变更已生效');
  await expect(page.getByTestId(`approval-approve-${id}`)).toHaveCount(0);

  // The budget is set; its history shows the change with both officers.
  await page.getByTestId('nav-budgets').click();
  await expect(page.getByTestId(`budget-${POLICY}`)).toContainText(yuan(after.annualFen));
  await expect(page.getByTestId(`budget-pending-${POLICY}`)).toHaveCount(0);
  expect(await rentBudget(page)).toMatchObject(after);
  await page.getByTestId(`budget-history-${POLICY}`).click();
  const latest = page.getByTestId('budget-history').locator('tbody tr.ant-table-row').first();
  await expect(latest).toContainText('复核通过，已生效');
  await expect(latest).toContainText(`${yuan(before.annualFen)} → ${yuan(after.annualFen)}`);
  await expect(latest).toContainText(`${before.quota} → ${after.quota}`);
  await expect(latest).toContainText(reason);
  await expect(latest).toContainText('人才办专员');
  await expect(latest).toContainText('人才办复核员');
  await shot(page, 'budget-history');
});
