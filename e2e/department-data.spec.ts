/**
 * 数据共享: the officer imports 人社局's social-insurance file. A file with bad rows is refused
 * with a table of the rows and columns at fault; the corrected file is imported, the result
 * counts the declaration it contradicts, and the import heads the history.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DEMO, originHeaders, registerTalentApi, shot, signIn, uniqueTag, validIdNumber } from './support/fixtures';

test('the officer imports a department’s file: bad rows named in a table, then the good file confirms the facts', async ({ page, baseURL, playwright }) => {
  const dir = mkdtempSync(join(tmpdir(), 'bole-e2e-facts-'));
  const talent = await playwright.request.newContext({ baseURL });
  try {
    // A talent who declared 12 months of social insurance.
    const birth = '1991-06-15';
    const idNumber = validIdNumber(birth);
    await registerTalentApi(talent, baseURL, '共享测试');
    const put = await talent.put('/api/v1/talents/me', {
      headers: originHeaders(baseURL),
      data: { name: '共享测试', gender: 'male', idNumber, birthDate: birth, highestDegree: 'bachelor', socialInsuranceMonths: 12 },
    });
    expect(put.status(), await put.text()).toBe(200);

    await signIn(page, baseURL, DEMO.officer);
    await page.goto('/');
    await page.getByTestId('nav-departmentData').click();
    await expect(page.getByRole('heading', { name: '数据共享' })).toBeVisible();
    await expect(page.getByTestId('fact-fields')).toContainText('本市社保缴纳月数');
    const upload = page.locator('input[type=file]');

    const bad = join(dir, `bad-${uniqueTag()}.csv`);
    writeFileSync(bad, `身份证号 idNumber,本市社保缴纳月数 socialInsuranceMonths\n${idNumber},二十四\n${validIdNumber('1970-01-01')},6\n`);
    await upload.setInputFiles(bad);
    const errors = page.getByTestId('fact-import-errors');
    await expect(errors).toContainText('must be a whole number of months from 0 to 600');
    await expect(errors.locator('tbody tr').first()).toContainText('2');
    await expect(errors.locator('tbody tr').first()).toContainText('本市社保缴纳月数 (socialInsuranceMonths)');
    await expect(errors.locator('tbody tr').nth(1)).toContainText('no talent is registered with this ID number');
    await shot(page, 'department-data-errors');

    const name = `社保-${uniqueTag()}.csv`;
    writeFileSync(join(dir, name), `身份证号 idNumber,本市社保缴纳月数 socialInsuranceMonths\n${idNumber},24\n`);
    await upload.setInputFiles(join(dir, name));
    const result = page.getByTestId('fact-import-result');
    await expect(result).toContainText('行数1');
    await expect(result).toContainText('与申报不一致1');
    await expect(page.getByTestId('fact-imports').locator('tbody tr').first()).toContainText(name);
    await shot(page, 'department-data-imported');
  } finally {
    await talent.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
});
