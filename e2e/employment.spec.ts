/**
 * Employers and their people in a real browser: the office approves a new employer on its
 * business licence (what the employer cannot do until then is on its page), the employer invites
 * and disables an HR user, a talent names the employer and the employer confirms naming the
 * posting filled; an approved employer records a flexible engagement by the expert's talent code
 * and their days on site.
 */
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import {
  DEMO,
  chooseOption,
  fillDate,
  originHeaders,
  recognisedTalentApi,
  registerTalentWithProfileApi,
  setServerClock,
  shanghaiDate,
  shot,
  signIn,
  TEST_PASSWORD,
  uniqueMobile,
  uniqueTag,
  validCreditCode,
} from './support/fixtures';

const LICENCE = { name: 'licence.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% licence\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n') };

/** Registers an employer through the API (signed in afterwards); its name and credit code. */
async function registerEmployer(page: Page, baseURL: string | undefined) {
  const creditCode = validCreditCode();
  const name = `株洲柔性测试装备有限公司${uniqueTag()}`;
  const res = await page.request.post('/api/v1/auth/register/employer', {
    headers: originHeaders(baseURL),
    data: { creditCode, name, password: TEST_PASSWORD, contactMobile: uniqueMobile(), district: '天元区', chain: 'rail', kind: 'enterprise', flags: [] },
  });
  expect(res.status(), await res.text()).toBe(201);
  return { creditCode, name, employerId: (await res.json()).employerId as string };
}

async function post(page: Page, baseURL: string | undefined, url: string, data: object = {}) {
  const res = await page.request.post(url, { data, headers: originHeaders(baseURL) });
  expect(res.status(), await res.text()).toBeLessThan(300);
  return res.json();
}

test('the office approves a new employer; it invites an HR user and confirms the employment a talent named', async ({ page, baseURL }) => {
  // Four people and eight checked screens in one journey: on a busy machine that outgrows the default two minutes.
  test.setTimeout(240_000);
  const employer = await registerEmployer(page, baseURL);
  await page.goto('/employer/people');
  await expect(page.getByRole('heading', { name: '人事与在职' })).toBeVisible();
  await expect(page.getByTestId('standing-status')).toHaveText('待审核');
  await expect(page.getByTestId('blocked-actions')).toContainText('确认员工在职');
  await expect(page.getByTestId('blocked-actions')).toContainText('邀请人事专员');
  await page.getByTestId('standing').locator('input[type=file]').setInputFiles(LICENCE);
  await expect(page.getByTestId('standing')).toContainText('licence.pdf');
  await shot(page, 'employment-employer-pending');

  // —— 人才办: the queue shows the licence; approve
  await signIn(page, baseURL, DEMO.officer);
  await page.goto('/home');
  await page.getByTestId('nav-employerReviews').click();
  await expect(page.getByRole('heading', { name: '单位审核' })).toBeVisible();
  const row = page.getByTestId('employer-reviews').locator('tr', { hasText: employer.creditCode });
  await expect(row).toContainText(employer.name);
  await expect(row).toContainText('licence.pdf');
  await shot(page, 'employment-office-reviews');
  await page.getByTestId(`approve-${employer.creditCode}`).click();
  await expect(row).toHaveCount(0);

  // —— the employer: approved, nothing blocked; invite an HR user, then disable them
  await signIn(page, baseURL, employer.creditCode, TEST_PASSWORD);
  await page.goto('/employer/people');
  await expect(page.getByTestId('standing-status')).toHaveText('已通过');
  await expect(page.getByTestId('blocked-actions')).toHaveCount(0);
  const hrLogin = `hr${uniqueTag()}`;
  await page.getByLabel('登录名', { exact: true }).fill(hrLogin);
  await page.getByLabel('姓名', { exact: true }).fill('刘人事');
  await page.getByTestId('invite').click();
  await expect(page.getByTestId('one-time-password')).toBeVisible();
  const hrRow = page.getByTestId('hr-users').locator('tr', { hasText: '刘人事' });
  await expect(hrRow.getByRole('switch')).toBeChecked();
  await hrRow.getByRole('switch').click();
  await expect(hrRow.getByRole('switch')).not.toBeChecked();

  // —— the employer's posting the talent will fill
  const postingTitle = `牵引变流工程师${uniqueTag()}`;
  await post(page, baseURL, '/api/v1/postings', {
    title: postingTitle,
    chain: 'rail',
    subField: 'rail.traction',
    requiredSkills: ['rail.traction.01'],
    headcount: 2,
    salaryMin: 12_000,
    salaryMax: 20_000,
    district: '天元区',
    engagementMode: 'full_time',
    closesOn: shanghaiDate(30),
  });

  // —— a talent names the employer and the arrival date
  const talentName = `在职人${uniqueTag()}`;
  const { mobile } = await registerTalentWithProfileApi(page.request, baseURL, talentName, { highestDegree: 'bachelor' });
  await page.goto('/home');
  await page.getByTestId('nav-myEmployment').click();
  await expect(page.getByRole('heading', { name: '我的单位与柔性合作' })).toBeVisible();
  await chooseOption(page, '单位', employer.name, employer.name.slice(-8));
  await fillDate(page, '到岗日期', '2024-03-01');
  await page.getByTestId('name-employer').click();
  await expect(page.getByTestId('open-employment')).toContainText(`已向 ${employer.name} 申报自 2024-03-01 起在职`);
  await shot(page, 'employment-talent-pending');

  // —— the employer confirms
  await signIn(page, baseURL, employer.creditCode, TEST_PASSWORD);
  await page.goto('/employer/people');
  const claim = page.getByTestId('employments').locator('tr', { hasText: talentName });
  await expect(claim).toContainText('待单位确认');
  await shot(page, 'employment-employer-people');
  // Confirming asks which posting the person fills (it decides the shortage-catalogue reward).
  await page.getByTestId(`confirm-${talentName}`).click();
  const dialog = page.getByRole('dialog', { name: `确认 ${talentName} 在职` });
  await expect(dialog).toContainText('紧缺人才目录');
  await expect(dialog).toContainText('不关联岗位');
  await chooseOption(page, '所在岗位', `${postingTitle} · 轨道交通 / 牵引与控制`, postingTitle.slice(-6));
  await shot(page, 'employment-employer-confirm-posting');
  await page.getByTestId('confirm-ok').click();
  await expect(claim).toContainText('单位已确认');
  await expect(claim).toContainText(postingTitle);

  // —— the talent sees it confirmed
  await signIn(page, baseURL, mobile, TEST_PASSWORD);
  await page.goto('/my-employment');
  await expect(page.getByTestId('open-employment')).toContainText(`${employer.name} 已确认您自 2024-03-01 起在职`);
  await expect(page.locator('tr', { hasText: employer.name })).toContainText(postingTitle);
  await shot(page, 'employment-talent-confirmed');
});

test.describe('柔性引才', () => {
  test.afterEach(async () => setServerClock(null));

  test('an approved employer records an engagement by the expert’s code; a scan and a confirmed self check-in count', async ({ page, baseURL }) => {
    // —— an expert with a talent code: a recognition approved by 人社局 and 人才办, granted after the notice
    const expertName = `柔性专家${uniqueTag()}`;
    const { mobile } = await recognisedTalentApi(page, baseURL, expertName);
    const code = (await (await page.request.get('/api/v1/talent-code/me')).json()).code as string;

    // —— an approved employer records the engagement from the scanned code
    const employer = await registerEmployer(page, baseURL);
    await signIn(page, baseURL, DEMO.officer);
    await post(page, baseURL, `/api/v1/employer-reviews/${employer.employerId}`, { decision: 'approve' });
    await signIn(page, baseURL, employer.creditCode, TEST_PASSWORD);
    await page.goto('/home');
    await page.getByTestId('nav-engagements').click();
    await expect(page.getByRole('heading', { name: '柔性引才' })).toBeVisible();
    await page.getByTestId('engagement-code').fill(code);
    await chooseOption(page, '合作方式', '候鸟式');
    await page.getByLabel('每年约定在岗天数').fill('60');
    await page.getByLabel('工作成果').fill('牵头攻关永磁牵引电机控制算法');
    await fillDate(page, '开始日期', '2026-01-01');
    await fillDate(page, '结束日期', '2027-12-31');
    await shot(page, 'employment-engagement-new');
    await page.getByTestId('create-engagement').click();
    const row = page.getByTestId('engagements').locator('tr', { hasText: expertName });
    await expect(row).toContainText('候鸟式');
    await expect(row).toContainText('0 / 约定 60 天');

    // a scan on site counts at once
    await row.click();
    await fillDate(page, '日期', '2026-11-02');
    await page.getByTestId('checkin-talentCode').fill(code);
    await page.getByTestId('checkin').click();
    await expect(page.getByTestId('checkins')).toContainText('单位扫人才码');
    await expect(row).toContainText('1 / 约定 60 天');

    // —— the expert checks in; the same day again is refused, naming the day
    await signIn(page, baseURL, mobile, TEST_PASSWORD);
    await page.goto('/my-employment');
    const mine = page.getByTestId('engagements').locator('tr', { hasText: employer.name });
    await mine.click();
    await fillDate(page, '日期', '2026-11-02');
    await page.getByTestId('checkin-place').fill('株洲中车研发中心');
    await page.getByTestId('checkin').click();
    await expect(page.locator('.ant-form-item-explain-error')).toBeVisible();
    await fillDate(page, '日期', '2026-11-03');
    await page.getByTestId('checkin').click();
    await expect(page.getByTestId('checkins')).toContainText('专家自行签到');
    await shot(page, 'employment-talent-engagements');

    // —— the employer confirms the expert's check-in
    await signIn(page, baseURL, employer.creditCode, TEST_PASSWORD);
    await page.goto('/employer/engagements');
    await expect(row).toContainText('1');
    await row.click();
    await page.getByTestId('confirm-checkin-2026-11-03').click();
    await expect(row).toContainText('2 / 约定 60 天');
    await shot(page, 'employment-employer-engagements');
  });
});

test('the office surveys the rail chain; an employer answers, the office sees completion and reminds; a bad offline file imports nothing', async ({
  page,
  baseURL,
}) => {
  const employer = await registerEmployer(page, baseURL);
  await signIn(page, baseURL, DEMO.officer);
  await post(page, baseURL, `/api/v1/employer-reviews/${employer.employerId}`, { decision: 'approve' });

  // —— 人才办 opens the survey
  const title = `轨道交通人才需求摸排${uniqueTag()}`;
  await page.goto('/home');
  await page.getByTestId('nav-officeSurveys').click();
  await expect(page.getByRole('heading', { name: '需求摸排' })).toBeVisible();
  await page.getByLabel('摸排名称').fill(title);
  await page.getByLabel('摸排期次').fill('2026 下半年');
  await fillDate(page, '截止日期', shanghaiDate(30));
  await chooseOption(page, '摸排产业链', '轨道交通');
  await page.getByTestId('open-survey').click();
  const row = page.getByTestId('surveys').locator('tr', { hasText: title });
  await expect(row).toContainText('0 / ');

  // —— the employer answers; a negative headcount is refused on its line
  await signIn(page, baseURL, employer.creditCode, TEST_PASSWORD);
  await page.goto('/employer/surveys');
  const card = page.locator('.ant-card', { hasText: title });
  await expect(card.getByTestId('survey-state')).toHaveText('待填报');
  const line = card.getByTestId('record-0');
  await line.getByLabel('细分领域').fill('牵引电机');
  await line.getByLabel('岗位名称').fill('电机控制算法工程师');
  await line.getByLabel('需求人数').fill('-1');
  await line.getByLabel('月薪下限（元）').fill('15000');
  await line.getByLabel('月薪上限（元）').fill('25000');
  await line.getByLabel('工作地点').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('天元区', { exact: true }).click();
  await card.getByTestId('submit-answer').click();
  await expect(line).toContainText('需求人数至少为 1');
  await line.getByLabel('需求人数').fill('2');
  await card.getByTestId('submit-answer').click();
  await expect(card.getByTestId('survey-state')).toHaveText('已填报');
  await shot(page, 'employment-employer-surveys');

  // —— the office: completion by chain and district, reminders, a bad offline file
  await signIn(page, baseURL, DEMO.officer);
  await page.goto('/office/surveys');
  await row.click();
  const panel = page.locator('[data-testid^="completion-"]');
  await expect(panel.getByTestId('by-chain')).toContainText('轨道交通');
  await expect(panel.getByTestId('by-district')).toContainText('天元区');
  await expect(panel.getByTestId('unanswered')).not.toContainText(employer.name);
  await panel.getByTestId('remind').click();
  await expect(page.locator('.ant-message')).toContainText(/已提醒 \d+ 家单位/);

  // the template the office downloads, filled in with a row collected on paper
  const template = await page.request.get('/api/v1/surveys/template.xlsx');
  expect(template.status()).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await template.body()) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  ws.spliceRows(2, 1);
  ws.addRow([employer.creditCode, '车体', '焊接技师', 3, '', 12000, 9000, '石峰区', '候鸟式']);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  await panel
    .locator('input[type=file]')
    .setInputFiles({ name: 'answers.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  await expect(panel.getByTestId('row-errors')).toContainText('第 2 行 · 月薪下限（元）：月薪下限不能高于上限');
  await shot(page, 'employment-office-surveys');
});
