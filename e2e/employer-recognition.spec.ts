/**
 * 人才认定（代员工申报） in a real browser: an employer's HR lists the talents whose profile
 * names it (numbers masked), sees the refusals of the server when the list is out of date (a
 * case opened meanwhile, an employee who left) or the profile gives no tier, requests
 * recognition for an employee, attaches the evidence and submits; the case shows in the list
 * with its status, and the employee sees it on their own 人才认定 page as requested by the
 * employer.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { TEST_PASSWORD, originHeaders, registerTalentApi, shot, signIn, uniqueMobile, uniqueTag, validCreditCode, validIdNumber } from './support/fixtures';

const PDF = (tag: string) => ({
  name: `${tag}.pdf`,
  mimeType: 'application/pdf',
  buffer: Buffer.from(`%PDF-1.4\n% ${tag}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`),
});

/** A talent signed in through its own API context, with a saved profile naming the employer. */
interface Employee {
  name: string;
  mobile: string;
  talentId: string;
  api: APIRequestContext;
  profile: Record<string, unknown>;
}

test('an employer requests recognition for an employee; the employee sees it on 人才认定', async ({ page, playwright, baseURL }) => {
  // —— an employer and four employees, registered through the API
  const creditCode = validCreditCode();
  const employerName = `株洲代报测试装备有限公司${uniqueTag()}`;
  const reg = await page.request.post('/api/v1/auth/register/employer', {
    headers: originHeaders(baseURL),
    data: {
      creditCode,
      name: employerName,
      password: TEST_PASSWORD,
      contactMobile: uniqueMobile(),
      district: '天元区',
      chain: 'rail',
      kind: 'enterprise',
      flags: [],
    },
  });
  expect(reg.status(), await reg.text()).toBe(201);
  const employerId = (await reg.json()).employerId as string;

  async function employ(name: string, over: Record<string, unknown>): Promise<Employee> {
    const api = await playwright.request.newContext({ baseURL });
    const { mobile } = await registerTalentApi(api, baseURL, name);
    const birthDate = '1990-05-12';
    const profile = {
      name,
      gender: 'male',
      idNumber: validIdNumber(birthDate),
      birthDate,
      district: '天元区',
      highestDegree: 'master',
      graduationDate: '2016-06-30',
      schoolTier: 'double_first_class',
      employerId,
      arrivalDate: '2018-08-01',
      socialInsuranceMonths: 60,
      ...over,
    };
    const put = await api.put('/api/v1/talents/me', { headers: originHeaders(baseURL), data: profile });
    expect(put.status(), await put.text()).toBe(200);
    return { name, mobile, talentId: (await put.json()).id as string, api, profile };
  }
  const zhou = await employ('周博士', { highestDegree: 'doctorate' });
  const zheng = await employ('郑本科', { highestDegree: 'bachelor', schoolTier: 'other' });
  const wang = await employ('王离职', {});
  const sun = await employ('孙自报', {});

  /** Waits for dialogs and drawers to finish opening and for toasts to go, so screenshots show the screen. */
  const settled = async () => {
    await expect(page.locator('.ant-message-notice')).toHaveCount(0);
    // Finite animations only: a spinner or a blinking caret runs forever.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity));
  };
  const row = (e: Employee) => page.locator(`tr[data-row-key="${e.talentId}"]`);
  const dialog = page.getByRole('dialog');
  const openRequest = async (e: Employee) => {
    await row(e).getByTestId(`request-${e.talentId}`).click();
    await expect(dialog).toContainText(`代 ${e.name} 申报人才认定`);
  };

  // —— the employer's HR opens the screen from the side menu
  await page.goto('/employer');
  await page.getByTestId('nav-employerRecognition').click();
  await expect(page).toHaveURL(/\/employer-recognition$/);
  await expect(page.getByRole('heading', { name: '人才认定（代员工申报）' })).toBeVisible();
  await expect(page.getByTestId('employee-total')).toHaveText('共 4 人');
  const table = page.getByTestId('employee-table');
  for (const e of [zhou, zheng, wang, sun]) {
    await expect(row(e)).toContainText(`${e.mobile.slice(0, 3)}****${e.mobile.slice(-4)}`);
    await expect(table).not.toContainText(e.mobile);
    await expect(row(e).getByTestId('employee-case-state')).toHaveText('未申报');
  }
  await expect(row(zhou).getByTestId('proposed-tier')).toHaveText('D 类 市级高层次人才');
  await expect(row(zheng).getByTestId('proposed-tier')).toHaveText('暂不符合认定条件');
  await settled();
  await shot(page, 'employer-recognition-list');

  // —— a case opened by the employee while the dialog is open: the server's refusal is shown
  await openRequest(sun);
  await expect(dialog.getByTestId('request-tier')).toHaveText('E 类 青年骨干/急需紧缺人才');
  const own = await sun.api.post('/api/v1/recognitions', { headers: originHeaders(baseURL), data: {} });
  expect(own.status(), await own.text()).toBe(201);
  await dialog.getByTestId('request-confirm').click();
  await expect(dialog.getByTestId('request-error')).toContainText('该人才已有进行中的认定申请');
  await settled();
  await shot(page, 'employer-recognition-refused-open');
  await dialog.getByRole('button', { name: /取\s?消/ }).click();
  await expect(row(sun).getByTestId('employee-case-state')).toContainText('草稿');
  await expect(row(sun).getByTestId('employee-case-state')).toContainText('本人申报');
  await expect(row(sun).getByTestId(`request-${sun.talentId}`)).toHaveCount(0);

  // —— an employee who left meanwhile: refused, and gone from the refreshed list
  await openRequest(wang);
  const left = await wang.api.put('/api/v1/talents/me', { headers: originHeaders(baseURL), data: { ...wang.profile, employerId: null } });
  expect(left.status(), await left.text()).toBe(200);
  await dialog.getByTestId('request-confirm').click();
  await expect(dialog.getByTestId('request-error')).toContainText('用人单位只能为本单位在职人才办理');
  await dialog.getByRole('button', { name: /取\s?消/ }).click();
  await expect(row(wang)).toHaveCount(0);
  await expect(page.getByTestId('employee-total')).toHaveText('共 3 人');

  // —— a profile that gives no tier: the server's reason, and nothing to confirm
  await openRequest(zheng);
  await expect(dialog.getByTestId('request-problem')).toContainText('不符合任何人才层次');
  await expect(dialog.getByTestId('request-confirm')).toBeDisabled();
  await settled();
  await shot(page, 'employer-recognition-no-tier');
  await dialog.getByRole('button', { name: /取\s?消/ }).click();

  // —— the request on behalf: the engine's tier, a confirmation, then the case
  await openRequest(zhou);
  await expect(dialog.getByTestId('request-tier')).toHaveText('D 类 市级高层次人才');
  await expect(dialog).toContainText('员工本人可在“人才认定”页面看到此申请');
  await settled();
  await shot(page, 'employer-recognition-confirm');
  await dialog.getByTestId('request-confirm').click();
  const drawer = page.getByTestId('employee-case');
  await expect(drawer.getByTestId('rec-status')).toHaveText('草稿');
  await expect(drawer.getByTestId('rec-tier')).toHaveText('D 类 市级高层次人才');
  await expect(drawer.getByTestId('rec-requested-by')).toHaveText(`用人单位代为申报（${employerName}）`);
  await expect(row(zhou).getByTestId('employee-case-state')).toContainText('草稿');

  // the employer attaches the evidence for the employee, then submits to 人社局
  const items = drawer.getByTestId('rec-evidence').locator('[data-testid^="evidence-"]');
  await expect(items.first()).toBeVisible();
  const count = await items.count();
  expect(count).toBeGreaterThanOrEqual(3);
  for (let i = 0; i < count; i++) {
    const item = items.nth(i);
    await item.locator('input[type=file]').setInputFiles(PDF(`employer-${zhou.talentId}-${i}`));
    await expect(item.locator('.anticon-check-circle')).toBeVisible();
  }
  await drawer.getByTestId('rec-submit').click();
  await expect(drawer.getByTestId('rec-status')).toHaveText('人社局审核中');
  await expect(drawer.getByTestId('rec-timeline')).toContainText('提交审核');
  await settled();
  await shot(page, 'employer-recognition-case');
  await page.keyboard.press('Escape');
  await expect(drawer).toHaveCount(0);

  // the list shows the case with its status
  const state = row(zhou).getByTestId('employee-case-state');
  await expect(state.getByTestId('rec-status')).toHaveText('人社局审核中');
  await expect(state).toContainText('本单位申报');
  await expect(row(zhou).getByTestId(`request-${zhou.talentId}`)).toHaveCount(0);
  await expect(row(zhou).getByTestId(`view-${zhou.talentId}`)).toBeVisible();
  await settled();
  await shot(page, 'employer-recognition-list-after');

  // —— the employee signs in and sees the case on 人才认定, requested by the employer
  await signIn(page, baseURL, zhou.mobile, TEST_PASSWORD);
  await page.goto('/profile');
  await page.getByTestId('nav-recognition').click();
  await expect(page).toHaveURL(/\/recognition$/);
  const current = page.getByTestId('rec-current');
  await expect(current.getByTestId('rec-status')).toHaveText('人社局审核中');
  await expect(current.getByTestId('rec-tier')).toHaveText('D 类 市级高层次人才');
  await expect(current.getByTestId('rec-requested-by')).toHaveText(`用人单位代为申报（${employerName}）`);
  const timeline = current.getByTestId('rec-timeline');
  await expect(timeline).toContainText('提出申请');
  await expect(timeline).toContainText('用人单位');
  await expect(page.getByTestId('rec-request')).toHaveCount(0);
  await settled();
  await shot(page, 'employer-recognition-talent-view');

  for (const e of [zhou, zheng, wang, sun]) await e.api.dispose();
});
