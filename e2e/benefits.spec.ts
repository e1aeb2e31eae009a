/**
 * 免申即享 and payments in a real browser: the officer's sweep with progress and diff, budgets,
 * the month's payment batch exported for the finance bureau and its file imported back, and a
 * talent's 我的待遇.
 *
 * The month's batch is shared by every run on the same server, so each run registers a young
 * graduate of its own: the sweep grants it 青年人才生活补贴, the batch gains its line, and that
 * line is the one the bureau's file marks paid.
 */
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { DEMO, fillDate, registerTalentWithProfileApi, shanghaiDate, shot, signIn, signOut, TEST_PASSWORD, uniqueTag } from './support/fixtures';

const today = () => shanghaiDate();

test.describe('免申即享 and payments', () => {
  test('an officer sweeps, sees progress and the diff, pays a batch, exports it and imports the results; a talent sees 我的待遇', async ({ page, baseURL }) => {
    const graduate = `毕业生${uniqueTag()}`;
    const { mobile } = await registerTalentWithProfileApi(page.request, baseURL, graduate, {
      birthDate: '2001-03-10',
      highestDegree: 'bachelor',
      graduationDate: shanghaiDate(-400),
      schoolTier: 'other',
      arrivalDate: shanghaiDate(-380),
      socialInsuranceMonths: 12,
    });
    await signIn(page, baseURL, DEMO.officer);
    await page.goto('/talents');

    // Sweep with progress and diff.
    await page.getByTestId('nav-sweeps').click();
    await expect(page.getByRole('heading', { name: '免申即享批量比对' })).toBeVisible();
    // The date field shows ISO dates and a calendar in the interface language, not the browser's.
    const at = page.getByLabel('比对日期', { exact: true });
    await expect(at).toHaveValue(today());
    await at.click();
    await expect(page.locator('.ant-picker-dropdown:visible .ant-picker-content thead')).toContainText('一');
    await fillDate(page, '比对日期', today());
    await expect(at).toHaveValue(today());
    await page.getByTestId('sweep-start').click();
    await expect(page.getByTestId('sweep-progress')).toBeVisible();
    await expect(page.getByTestId('sweep-status')).toHaveText('已完成', { timeout: 90_000 });
    await expect(page.getByTestId('sweep-progress')).toHaveAttribute('aria-valuenow', '100');
    const diff = page.getByTestId('sweep-diff');
    await expect(diff).toBeVisible();
    await expect(diff.getByText('新增', { exact: true }).first()).toBeVisible();
    // Policies by their titles in the interface language, not their ids.
    await expect(diff.locator('table')).toContainText('青年人才生活补贴');
    await expect(diff.locator('table')).not.toContainText('graduate-living-allowance');
    await shot(page, 'sweep-done-with-diff');

    // A second start at the same date changes nothing.
    await page.getByTestId('sweep-start').click();
    await expect(page.getByTestId('sweep-status')).toHaveText('已完成', { timeout: 90_000 });
    await expect(page.getByTestId('diff-new').locator('.ant-statistic-content-value')).toHaveText('0');

    // Budgets.
    await page.getByTestId('nav-budgets').click();
    await expect(page.getByRole('heading', { name: '政策预算' })).toBeVisible();
    await expect(page.getByTestId('budgets-table')).toContainText('青年人才生活补贴');

    // A payment batch for this month.
    await page.getByTestId('nav-paymentBatches').click();
    await expect(page.getByRole('heading', { name: '资金发放批次' })).toBeVisible();
    const month = today().slice(0, 7);
    await fillDate(page, '月份', month);
    await expect(page.getByLabel('月份', { exact: true })).toHaveValue(month);
    await page.getByTestId('batch-create').click();
    // At least the graduate's first month is new.
    await expect(page.getByText(new RegExp(`批次 ${month}：新增 [1-9]\\d* 行`))).toBeVisible();
    await expect(page.getByTestId('batches-table')).toContainText(month);
    // A double click adds nothing.
    await page.getByTestId('batch-create').click();
    await expect(page.getByText(`批次 ${month}：新增 0 行`)).toBeVisible();

    // Export, mark the graduate's line paid, import.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${month}`).click()]);
    const path = await download.path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(path!) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.rowCount).toBeGreaterThan(2);
    expect(String(ws.getRow(2).getCell(4).value)).toMatch(/\*{8}/);
    const rows = Array.from({ length: ws.rowCount - 1 }, (_, i) => ws.getRow(i + 2));
    const paidBefore = rows.filter((r) => r.getCell(9).value === '已发放').length;
    const mine = rows.filter((r) => r.getCell(3).value === graduate && r.getCell(6).value === 'graduate-living-allowance');
    expect(mine).toHaveLength(1);
    const line = mine[0]!;
    expect(String(line.getCell(4).value)).toMatch(/\*{8}/);
    expect(line.getCell(9).value ?? '').toBe(''); // not paid yet
    line.getCell(9).value = '已发放';
    const paidYuan = Number(line.getCell(8).value);
    const good = Buffer.from(await wb.xlsx.writeBuffer());
    await page
      .getByTestId(`import-${month}`)
      .locator('..')
      .locator('input[type=file]')
      .setInputFiles({ name: 'paid.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: good });
    await expect(page.getByText(/已导入：已发放 1 行/)).toBeVisible();
    await expect(page.getByTestId(`paid-${month}`)).toContainText(new RegExp(`^${paidBefore + 1} ·`));

    // A changed amount is refused, naming the row.
    ws.getRow(3).getCell(8).value = 999999.99;
    const bad = Buffer.from(await wb.xlsx.writeBuffer());
    await page
      .getByTestId(`import-${month}`)
      .locator('..')
      .locator('input[type=file]')
      .setInputFiles({ name: 'bad.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bad });
    await expect(page.getByTestId('import-errors')).toContainText('row 3');
    await shot(page, 'payment-batch-import-error');
    await signOut(page);

    // The graduate reads the payment in the bell, with the policy, month and amount, and it opens 我的待遇.
    await signIn(page, baseURL, mobile, TEST_PASSWORD);
    await page.goto('/profile');
    await page.getByTestId('notification-bell').click();
    const newest = page.getByTestId('notification-panel').getByTestId('notification-item').first();
    const amount = paidYuan.toLocaleString('en-US', { minimumFractionDigits: Number.isInteger(paidYuan) ? 0 : 2, maximumFractionDigits: 2 });
    await expect(newest.locator('.notif-text')).toHaveText(`「青年人才生活补贴」${month} 的 ${amount} 元已发放`);
    await expect(newest).toHaveAttribute('data-kind', 'payment.paid');
    await shot(page, 'notifications-payment-paid');
    await newest.click();
    await expect(page).toHaveURL(/\/benefits$/);
    await expect(page.getByRole('heading', { name: '我的待遇' })).toBeVisible();
    await signOut(page);

    // The talent's 我的待遇.
    await signIn(page, baseURL, DEMO.talent);
    await page.goto('/profile');
    await page.getByTestId('nav-myBenefits').click();
    await expect(page.getByRole('heading', { name: '我的待遇' })).toBeVisible();
    await expect(page.getByTestId('benefits-granted')).toContainText('元');
    await expect(page.getByTestId('benefits-paid')).toBeVisible();
    await shot(page, 'my-benefits');
  });
});
