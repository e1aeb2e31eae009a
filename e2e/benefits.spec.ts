/**
 * 免申即享 and payments in a real browser: one officer's sweep preview with progress and its
 * per-person list, a second officer's confirmation (the maker cannot confirm), budgets,
 * the month's payment batch with its lines, approved by the other officer (its maker cannot), exported
 * for the finance bureau and its file imported back, and a
 * talent's 我的待遇.
 *
 * The month's batch is shared by every run on the same server, so each run registers a young
 * graduate of its own, with a payout account, whose degree a reviewer and whose job 人社局's data confirm: the sweep grants it 青年人才生活补贴, the batch gains its line, and that
 * line is the one the bureau's file (which names the account in full) marks paid.
 */
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import {
  DEMO,
  fillDate,
  originHeaders,
  registerTalentWithProfileApi,
  shanghaiDate,
  shot,
  signIn,
  signOut,
  TEST_PASSWORD,
  uniqueTag,
  uploadEvidenceApi,
} from './support/fixtures';

const today = () => shanghaiDate();

test.describe('免申即享 and payments', () => {
  test('a payment batch lists its lines with department names and is released only when the other officer approves it', async ({ page, baseURL }) => {
    // Today's sweep, previewed by one officer and confirmed by the other, gives the month its lines.
    await signIn(page, baseURL, DEMO.officer);
    await page.goto('/talents');
    await page.getByTestId('nav-sweeps').click();
    await fillDate(page, '比对日期', today());
    await page.getByTestId('sweep-start').click();
    await expect(page.getByTestId('sweep-status')).toHaveText('待复核确认', { timeout: 90_000 });
    await signOut(page);
    await signIn(page, baseURL, DEMO.officer2);
    await page.goto('/talents');
    await page.getByTestId('nav-sweeps').click();
    await page.getByTestId('sweep-confirm').click();
    await page.getByTestId('sweep-confirm-ok').click();
    await expect(page.getByTestId('sweep-status')).toHaveText('已确认执行', { timeout: 90_000 });

    await page.getByTestId('nav-paymentBatches').click();
    await expect(page.getByRole('heading', { name: '资金发放批次' })).toBeVisible();
    const month = today().slice(0, 7);
    await fillDate(page, '月份', month);
    await page.getByTestId('batch-create').click();
    await expect(page.getByText(new RegExp(`批次 ${month}：新增 \\d+ 行`))).toBeVisible();

    // The batch lists its lines in the app, departments by name; the officer who made it cannot release it.
    const batchRow = page.getByTestId('batches-table').locator('tr.ant-table-row', { hasText: month });
    await expect(page.getByTestId(`batch-status-${month}`)).toContainText('待复核');
    await expect(page.getByTestId(`batch-status-${month}`)).toContainText('发起：人才办复核员');
    await expect(page.getByTestId(`approve-${month}`)).toHaveCount(0);
    await expect(batchRow).toContainText('须由另一名工作人员复核');
    await expect(page.getByTestId(`export-${month}`)).toBeDisabled();
    await batchRow.locator('.ant-table-row-expand-icon').click();
    const lineRows = page.getByTestId(`batch-lines-${month}`).locator('tbody tr.ant-table-row');
    await expect(lineRows.first()).toBeVisible();
    const firstLine = lineRows.first().locator('td');
    await expect(firstLine.nth(0)).not.toBeEmpty();
    await expect(firstLine.nth(2)).toHaveText(/[\u4e00-\u9fa5]/); // a department name, not its code
    await expect(firstLine.nth(3)).toHaveText(month);
    await expect(firstLine.nth(4)).toHaveText(/¥|元|\d/);
    await shot(page, 'payment-batch-lines');
    await signOut(page);

    // The other officer approves it in a confirmation dialog naming the maker; then it can be exported.
    await signIn(page, baseURL, DEMO.officer);
    await page.goto('/talents');
    await page.getByTestId('nav-paymentBatches').click();
    await page.getByTestId(`approve-${month}`).click();
    const approveDialog = page.getByRole('dialog');
    await expect(approveDialog).toContainText(`复核 ${month} 发放批次？`);
    await expect(approveDialog).toContainText('人才办复核员');
    await shot(page, 'payment-batch-approve-dialog');
    await page.getByTestId('batch-approve-ok').click();
    await expect(page.getByTestId(`batch-status-${month}`)).toContainText('已复核');
    await expect(page.getByTestId(`batch-status-${month}`)).toContainText('复核：人才办专员');
    await expect(page.getByTestId(`approve-${month}`)).toHaveCount(0);
    await expect(page.getByTestId(`export-${month}`)).toBeEnabled();
  });

  test('an officer sweeps, sees progress and the diff, pays a batch, exports it and imports the results; a talent sees 我的待遇', async ({ page, baseURL }) => {
    // The graduate came to the city looking for work: 人社局 confirmed the degree while approving
    // a stay at the youth station, and its data now shows the job and a year of social insurance.
    // Only then does the sweep grant the allowance (it reads verified facts, never declarations).
    const graduate = `毕业生${uniqueTag()}`;
    const { mobile, idNumber } = await registerTalentWithProfileApi(page.request, baseURL, graduate, {
      birthDate: '2001-03-10',
      highestDegree: 'bachelor',
      graduationDate: shanghaiDate(-400),
      schoolTier: 'other',
      hukouInCity: false,
      employerId: null,
      socialInsuranceMonths: 12, // as the talent remembers it; only 人社局's data makes it count
    });
    // Paid into the graduate's own account (without one, the line would wait for it).
    const account = await page.request.put('/api/v1/talents/me/payout-account', {
      headers: originHeaders(baseURL),
      data: { bank: '中国工商银行株洲分行', accountNumber: '6222 0219 0112 3456 789', holderName: graduate },
    });
    expect(account.status(), await account.text()).toBe(200);
    const degree = await uploadEvidenceApi(page.request, baseURL, 'degree_certificate', uniqueTag());
    const applied = await page.request.post('/api/v1/applications', {
      headers: originHeaders(baseURL),
      data: { policyId: 'youth-station-stay', evidence: [{ requirement: 0, evidenceId: degree }] },
    });
    expect(applied.status(), await applied.text()).toBe(201);
    await signIn(page, baseURL, DEMO.reviewer);
    const approved = await page.request.post(`/api/v1/review/applications/${(await applied.json()).id}/decision`, {
      headers: originHeaders(baseURL),
      data: { decision: 'approve' },
    });
    expect(approved.status(), await approved.text()).toBe(200);
    expect((await approved.json()).status).toBe('approved');
    const delivered = await page.request.post('/api/v1/department-facts', {
      headers: originHeaders(baseURL),
      data: { department: 'rsj', rows: [{ idNumber, employerCreditCode: DEMO.employer, arrivalDate: shanghaiDate(-380), socialInsuranceMonths: 12 }] },
    });
    expect(delivered.status(), await delivered.text()).toBe(201);
    expect(await delivered.json()).toMatchObject({ rows: 1, contradicted: 0 });
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
    await expect(page.getByTestId('sweep-status')).toHaveText('待复核确认', { timeout: 90_000 });
    await expect(page.getByTestId('sweep-progress')).toHaveAttribute('aria-valuenow', '100');
    const diff = page.getByTestId('sweep-diff');
    await expect(diff).toBeVisible();
    await expect(diff.getByText('新增', { exact: true }).first()).toBeVisible();
    // Policies by their titles in the interface language, not their ids.
    await expect(diff.getByTestId('sweep-by-policy')).toContainText('青年人才生活补贴');
    await expect(diff.getByTestId('sweep-by-policy')).not.toContainText('graduate-living-allowance');
    // The one who prepared it cannot confirm it.
    await expect(page.getByTestId('sweep-confirm-note')).toContainText('须由另一名工作人员复核确认');
    await expect(page.getByTestId('sweep-confirm')).toHaveCount(0);
    await shot(page, 'sweep-preview-maker');
    await signOut(page);

    // The second officer reads the list per person, filters it, exports it, and confirms.
    await signIn(page, baseURL, DEMO.officer2);
    await page.goto('/talents');
    await page.getByTestId('nav-sweeps').click();
    await expect(page.getByTestId('sweep-status')).toHaveText('待复核确认');
    await page.getByTestId('filter-policy').click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('青年人才生活补贴').click();
    await page.getByTestId('filter-change').click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('新增').click();
    const people = page.getByTestId('sweep-people');
    await expect(people).toContainText('青年人才生活补贴');
    await expect(people).not.toContainText('终止');
    // The graduate registered above is on the list: ids grow with time, so from the last page back.
    await diff.locator('.ant-pagination-item').last().click();
    for (let i = 0; i < 20 && !(await people.getByText(graduate, { exact: true }).isVisible()); i++) {
      await diff.locator('.ant-pagination-prev button').click();
    }
    await expect(people.getByText(graduate, { exact: true })).toBeVisible();
    const [sheet] = await Promise.all([page.waitForEvent('download'), page.getByTestId('sweep-export').click()]);
    const swb = new ExcelJS.Workbook();
    await swb.xlsx.load(readFileSync((await sheet.path())!) as unknown as ArrayBuffer);
    const srows = Array.from({ length: swb.worksheets[0]!.rowCount - 1 }, (_, i) => swb.worksheets[0]!.getRow(i + 2));
    expect(srows.some((r) => r.getCell(2).value === graduate && r.getCell(4).value === 'graduate-living-allowance' && r.getCell(5).value === '新增')).toBe(
      true,
    );
    expect(srows.every((r) => r.getCell(4).value === 'graduate-living-allowance' && r.getCell(5).value === '新增')).toBe(true);
    await shot(page, 'sweep-preview-checker');
    await page.getByTestId('sweep-confirm').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('人才办专员');
    await shot(page, 'sweep-confirm-dialog');
    await page.getByTestId('sweep-confirm-ok').click();
    await expect(page.getByTestId('sweep-status')).toHaveText('已确认执行', { timeout: 90_000 });
    await expect(page.getByTestId('sweep-confirmed-by')).toContainText('人才办复核员');
    await shot(page, 'sweep-done-with-diff');

    // A second preview at the same date changes nothing.
    await page.getByTestId('sweep-start').click();
    await expect(page.getByTestId('sweep-status')).toHaveText('待复核确认', { timeout: 90_000 });
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

    // The other officer approves it (see the batch test below); then it can be exported.
    await signOut(page);
    await signIn(page, baseURL, DEMO.officer);
    await page.goto('/talents');
    await page.getByTestId('nav-paymentBatches').click();
    await page.getByTestId(`approve-${month}`).click();
    await page.getByTestId('batch-approve-ok').click();
    await expect(page.getByTestId(`batch-status-${month}`)).toContainText('已复核');

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
    // The bureau pays into the account in full: bank, holder, number.
    expect([line.getCell(11).value, line.getCell(12).value, line.getCell(13).value]).toEqual(['中国工商银行株洲分行', graduate, '6222021901123456789']);
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
