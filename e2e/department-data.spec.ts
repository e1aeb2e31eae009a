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

test('an admin issues a 公安局 data-exchange token; it delivers hukou only and opens no other route', async ({ page, baseURL, playwright }) => {
  await signIn(page, baseURL, DEMO.admin);
  const username = `gaj${uniqueTag()
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')}`.slice(0, 30);
  const created = await page.request.post('/api/v1/admin/users', {
    headers: originHeaders(baseURL),
    data: { username, displayName: '公安数据对接', role: 'reviewer', department: 'gaj', password: 'Partner-2026x' },
  });
  expect(created.status(), await created.text()).toBe(201);
  await page.goto('/admin/users');
  await page.getByTestId(`department-token-${username}`).click();
  await page.getByTestId('department-token-name').fill('公安人口库对接');
  await page.getByRole('button', { name: /签\s?发/ }).click();
  const shown = page.getByTestId('department-token');
  await expect(shown).toHaveText(/\S{20,}/);
  await shot(page, 'department-token-issued');
  const token = (await shown.textContent())!.trim();

  const partner = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  try {
    const wrong = await partner.post('/api/v1/department-facts', {
      data: { department: 'gaj', rows: [{ idNumber: validIdNumber('1980-01-01'), socialInsuranceMonths: 12 }] },
    });
    expect(wrong.status()).toBe(403);
    expect((await wrong.json()).errors[0].field).toBe('rows.0.socialInsuranceMonths');
    expect((await partner.get('/api/v1/talents')).status()).toBe(403);
  } finally {
    await partner.dispose();
  }
});

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
