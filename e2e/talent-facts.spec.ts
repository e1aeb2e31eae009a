/**
 * 我的档案 on a phone: each fact shows its status. A declared fact is 仅本人申报 until 人社局's
 * data confirms it; then it shows 已核验 · 人社局 · date, and a differing value is flagged. The
 * calculator says what waits for verification and who verifies it, and changes accordingly.
 */
import { expect, test } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, originHeaders, registerTalentApi, shanghaiDate, shot, validIdNumber } from './support/fixtures';

test.use({ viewport: { width: 390, height: 844 } });

test('a talent sees a declared fact as not verified, and verified once 人社局 confirms it', async ({ page, baseURL, playwright }) => {
  const birth = '1992-04-11';
  const idNumber = validIdNumber(birth);
  await registerTalentApi(page.request, baseURL, '核验测试');
  const employers = (await (await page.request.get('/api/v1/employers/options?q=')).json()) as { id: string }[];
  const put = await page.request.put('/api/v1/talents/me', {
    headers: originHeaders(baseURL),
    data: {
      name: '核验测试',
      gender: 'male',
      idNumber,
      birthDate: birth,
      highestDegree: 'bachelor',
      graduationDate: shanghaiDate(-400),
      employerId: employers[0]!.id,
      socialInsuranceMonths: 18,
    },
  });
  expect(put.status(), await put.text()).toBe(200);

  // The calculator: the living allowance the declarations would give waits for them to be verified, naming who verifies each.
  await page.goto('/calculator');
  const living = page.getByTestId('granted-graduate-living-allowance');
  await expect(living.getByTestId('holds-graduate-living-allowance')).toHaveText('待核验后享受');
  const monthsToConfirm = living.getByTestId('to-confirm').locator('li[data-field="socialInsuranceMonths"]');
  await expect(monthsToConfirm).toContainText('本市社保缴纳月数');
  await expect(monthsToConfirm).toContainText('核验方式：人社局 · 部门数据；材料：社保缴费记录');
  await expect(living.getByTestId('to-confirm').locator('li[data-field="highestDegree"]')).toContainText('审核确认；材料：学历学位证书');
  await expect(page.getByTestId('calc-confirmed')).toContainText('0 元');
  await monthsToConfirm.scrollIntoViewIfNeeded();
  await shot(page, 'calculator-to-confirm-phone');

  await page.goto('/profile');
  await expect(page.getByRole('heading', { name: '我的档案' })).toBeVisible();
  const months = page.getByTestId('fact-socialInsuranceMonths');
  await expect(months).toHaveText('仅本人申报');
  await expect(months).toHaveAttribute('data-status', 'declared');
  await months.scrollIntoViewIfNeeded();
  await shot(page, 'talent-facts-declared');

  const officer = await playwright.request.newContext({ baseURL });
  try {
    const login = await officer.post('/api/v1/auth/login', { data: { login: DEMO.officer, password: DEMO_PASSWORD }, headers: originHeaders(baseURL) });
    expect(login.status(), await login.text()).toBe(200);
    const confirm = (n: number) =>
      officer.post('/api/v1/department-facts', {
        headers: originHeaders(baseURL),
        data: { department: 'rsj', rows: [{ idNumber, socialInsuranceMonths: n }] },
      });
    const first = await confirm(18);
    expect(first.status(), await first.text()).toBe(201);

    await page.reload();
    await expect(months).toHaveAttribute('data-status', 'verified');
    await expect(months).toContainText(/^已核验 · 人社局 · \d{4}-\d{2}-\d{2}$/);
    await expect(page.getByTestId('fact-highestDegree')).toHaveText('仅本人申报');
    await expect(page.getByTestId('fact-titleDate')).toHaveCount(0);
    await months.scrollIntoViewIfNeeded();
    await shot(page, 'talent-facts-verified');
    // The calculator no longer asks for the months 人社局 confirmed; the degree still waits for a review.
    await page.goto('/calculator');
    await expect(living.getByTestId('to-confirm').locator('li[data-field="highestDegree"]')).toBeVisible();
    await expect(monthsToConfirm).toHaveCount(0);
    await page.goto('/profile');

    const second = await confirm(12);
    expect(second.status(), await second.text()).toBe(201);
    await page.reload();
    await expect(months).toHaveAttribute('data-status', 'contradicted');
    await expect(months).toContainText('与核验数据不一致');
    await expect(months).toContainText('核验值：12（人社局');
    await months.scrollIntoViewIfNeeded();
    await shot(page, 'talent-facts-contradicted');
  } finally {
    await officer.dispose();
  }
});
