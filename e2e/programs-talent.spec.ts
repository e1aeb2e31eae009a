/**
 * 项目申报 and 推荐申报: a talent on a 390-pixel phone sees which open calls they may apply to
 * (and why not), applies with a budget in yuan and an attachment; the office returns it for
 * completion with a note; the talent reads the note and resubmits. An employer nominates an
 * employee, sees its quota used up, and a second nomination is refused plainly.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import {
  DEMO,
  DEMO_PASSWORD,
  TEST_PASSWORD,
  originHeaders,
  registerTalentWithProfileApi,
  shanghaiDate,
  shot,
  signIn,
  signOut,
  uniqueTag,
} from './support/fixtures';

const PLAN = {
  reviewersPerApplication: 1,
  maxLoad: 5,
  criteria: [{ id: 'innovation', name: { zh: '创新性', en: 'Innovation' }, weight: 100, min: 0, max: 10 }],
  scoringWorkingDays: 5,
  trimFrom: 5,
  disagreementAbove: 30,
};

/** Opens a call through the officer's API; returns its code. */
async function openCall(officer: APIRequestContext, baseURL: string | undefined, code: string, name: string, over: object = {}): Promise<string> {
  const res = await officer.post('/api/v1/programs', {
    headers: originHeaders(baseURL),
    data: { code, name: { zh: name, en: name }, opensOn: shanghaiDate(-1), closesOn: shanghaiDate(30), quotaPerNominator: 3, reviewPlan: PLAN, ...over },
  });
  expect(res.status(), await res.text()).toBe(201);
  return code;
}

async function officerContext(playwright: { request: { newContext: (o: object) => Promise<APIRequestContext> } }, baseURL: string | undefined) {
  const officer = await playwright.request.newContext({ baseURL });
  const res = await officer.post('/api/v1/auth/login', { data: { login: DEMO.officer, password: DEMO_PASSWORD }, headers: originHeaders(baseURL) });
  expect(res.status()).toBe(200);
  return officer;
}

/** Types a tag into a tags select found by its label. */
async function addTag(page: Page, label: string, text: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.fill(text);
  await input.press('Enter');
}

test('a talent applies on a phone, the office returns it for completion, the talent resubmits', async ({ page, baseURL, playwright }) => {
  const tag = uniqueTag();
  const code = (s: string) => `${s}-${tag}`.toLowerCase().replace(/[^a-z0-9-]/g, '');
  const officer = await officerContext(playwright, baseURL);
  const title = `固态电池 ${tag}`;
  try {
    const open = await openCall(officer, baseURL, code('chuang'), `创新创业大赛 ${tag}`);
    const xiaohe = await openCall(officer, baseURL, code('xiaohe'), `小荷计划 ${tag}`, { eligibility: { policy: 'xiaohe-call' } });
    const { mobile } = await registerTalentWithProfileApi(page.request, baseURL, '荷申请人', { highestDegree: 'master', graduationDate: '2020-06-30' });

    // On a phone: 小荷 names what is not verified yet; the contest is open to all.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/programs');
    await expect(page.getByRole('heading', { name: '项目申报', level: 1 })).toBeVisible();
    await expect(page.getByTestId(`call-${xiaohe}`).getByTestId('eligibility')).toContainText('暂不符合申报条件');
    await expect(page.getByTestId(`call-${xiaohe}`).getByTestId('eligibility')).toContainText('不超过 30 周岁');
    await expect(page.getByTestId(`apply-${xiaohe}`)).toBeDisabled();
    await expect(page.getByTestId(`call-${open}`).getByTestId('eligibility')).toContainText('面向所有人才开放');
    await shot(page, 'programs-talent-calls-phone');

    // The form: budget lines in yuan, their total, an attachment.
    await page.getByTestId(`apply-${open}`).click();
    await page.getByLabel('项目名称').fill(title);
    await addTag(page, '项目领域', '新能源');
    await page.getByLabel('项目摘要').fill('高安全固态电解质中试');
    await page.getByTestId('budget-add').click();
    await page.getByLabel('第 1 项预算科目').fill('设备购置');
    await page.getByLabel('第 1 项金额（元）').fill('120000.5');
    await page.getByTestId('budget-add').click();
    await page.getByLabel('第 2 项预算科目').fill('材料费');
    await page.getByLabel('第 2 项金额（元）').fill('30000');
    await expect(page.getByTestId('budget-total')).toHaveText('合计 150,000.50 元');
    await page
      .getByTestId('program-attachments')
      .locator('input[type=file]')
      .setInputFiles({ name: `申报书-${tag}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n%${tag}\n%%EOF\n`) });
    await expect(page.getByTestId('program-attachments')).toContainText(`申报书-${tag}.pdf`);
    await shot(page, 'programs-talent-form-phone');
    await page.getByTestId('program-submit').click();
    const card = page.getByTestId(`application-${title}`);
    await expect(card.getByTestId('application-stage')).toHaveText('待形式审查');
    await expect(card).toContainText('预算合计 150,000.50 元');
    await expect(page.getByTestId(`apply-${open}`)).toHaveText('已申报');
    await signOut(page);

    // The office returns it on a wide screen, saying what is missing.
    await page.setViewportSize({ width: 1366, height: 900 });
    await signIn(page, baseURL, DEMO.officer);
    await page.goto('/office/programs');
    await page.getByTestId('program-select').click();
    await page.locator('.ant-select-item-option', { hasText: `创新创业大赛 ${tag}` }).click();
    const row = page.getByTestId('formal-check').getByRole('row', { name: new RegExp(title) });
    await expect(row).toContainText('待形式审查');
    await page.getByTestId(`return-${title}`).click();
    await page.getByLabel('需补正的内容').fill('请补充单位盖章的承诺书');
    await shot(page, 'programs-office-return');
    await page.getByTestId('return-confirm').click();
    await expect(row).toContainText('退回补正');
    await expect(row).toContainText('请补充单位盖章的承诺书');
    await signOut(page);

    // The talent reads the note and resubmits: back to the formal check.
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, baseURL, mobile, TEST_PASSWORD);
    await page.goto('/programs');
    await expect(card.getByTestId('application-stage')).toHaveText('退回补正');
    await expect(card.getByTestId('return-note')).toContainText('请补充单位盖章的承诺书');
    await shot(page, 'programs-talent-returned-phone');
    await card.getByTestId('resubmit').click();
    await expect(page.getByLabel('第 1 项金额（元）')).toHaveValue('120000.50');
    await page.getByLabel('项目摘要').fill('高安全固态电解质中试；已补充单位承诺书');
    await page.getByTestId('program-submit').click();
    await expect(card.getByTestId('application-stage')).toHaveText('待形式审查');
    await expect(card.getByTestId('return-note')).toBeHidden();
  } finally {
    await officer.dispose();
  }
});

test('an employer nominates an employee within its quota; the next nomination is refused plainly', async ({ page, baseURL, playwright }) => {
  const tag = uniqueTag();
  const officer = await officerContext(playwright, baseURL);
  const staff = await playwright.request.newContext({ baseURL });
  try {
    const call = await openCall(officer, baseURL, `lingjun-${tag}`.toLowerCase().replace(/[^a-z0-9-]/g, ''), `领军人才项目 ${tag}`, { quotaPerNominator: 1 });
    const employers = (await (await officer.get(`/api/v1/employers/options?q=${encodeURIComponent('株洲伯乐轨道')}`)).json()) as { id: string }[];
    const employerId = employers[0]!.id;
    await registerTalentWithProfileApi(staff, baseURL, `甲员工${tag}`, { employerId, highestDegree: 'bachelor', graduationDate: '2015-06-30' });
    await registerTalentWithProfileApi(staff, baseURL, `乙员工${tag}`, { employerId, highestDegree: 'bachelor', graduationDate: '2015-06-30' });

    await signIn(page, baseURL, DEMO.employer);
    await page.goto('/employer/nominations');
    await expect(page.getByRole('heading', { name: '推荐申报', level: 1 })).toBeVisible();
    const quota = page.getByTestId(`call-${call}`).getByTestId('quota');
    await expect(quota).toHaveText('本单位推荐名额 1 项：已用 0 项，剩余 1 项');

    const nominate = async (name: string, title: string) => {
      await page.getByTestId(`nominate-${call}`).click();
      await page.getByLabel('被推荐人').fill(name);
      await page.locator('.ant-select-dropdown:visible').getByText(name).click();
      await page.getByLabel('项目名称').fill(title);
      await addTag(page, '项目领域', '轨道交通');
      await page.getByTestId('program-submit').click();
    };
    await nominate(`甲员工${tag}`, `永磁牵引 ${tag}`);
    await expect(page.getByTestId(`application-永磁牵引 ${tag}`).getByTestId('application-stage')).toHaveText('待形式审查');
    await expect(quota).toHaveText('本单位推荐名额 1 项：已用 1 项，剩余 0 项');
    await shot(page, 'programs-employer-quota');

    await nominate(`乙员工${tag}`, `智能运维 ${tag}`);
    await expect(page.getByTestId('program-form-error')).toContainText('本单位名额已用完');
    await shot(page, 'programs-employer-quota-refused');
  } finally {
    await Promise.all([officer.dispose(), staff.dispose()]);
  }
});
