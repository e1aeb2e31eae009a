import { expect, test, type Browser } from '@playwright/test';
import { DEMO, chooseOption, expectSaved, fillDate, originHeaders, registerTalentApi, shanghaiDate, shot, signIn } from './support/fixtures';

/** A browser context signed in as a freshly registered talent. */
async function talentPage(browser: Browser, baseURL: string | undefined, name: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await registerTalentApi(page.request, baseURL, name);
  return page;
}

test('a talent tags skills and is found; the employer posts, sees masked candidates with reasons, invites; the talent sees who looked and accepts', async ({
  browser,
  page,
  baseURL,
}) => {
  // The talent tags a skill found by its synonym and chooses to be found.
  const talent = await talentPage(browser, baseURL, '欧阳明');
  await talent.goto('/skills');
  await expect(talent.getByRole('heading', { name: '我的技能' })).toBeVisible();
  await talent.getByRole('switch').click();
  await talent.getByRole('button', { name: '添加技能' }).click();
  await chooseOption(talent, '技能', 'IGBT 器件应用', '绝缘栅');
  await chooseOption(talent, '熟练度', '5 专家');
  await talent.getByTestId('save').click();
  await expectSaved(talent, '已保存');
  await shot(talent, 'matching-my-skills');

  // The employer's posting: a salary band upside down is refused on its field, nothing is posted.
  await signIn(page, baseURL, DEMO.employer);
  await page.goto('/postings');
  await expect(page.getByRole('heading', { name: '岗位与候选人' })).toBeVisible();
  await page.getByTestId('new-posting').click();
  await page.getByLabel('岗位名称').fill('IGBT 应用工程师');
  await chooseOption(page, '产业链', '轨道交通');
  await chooseOption(page, '细分领域', '牵引与控制');
  await chooseOption(page, '必备技能', 'IGBT 器件应用', 'IGBT');
  await page.getByLabel('月薪下限（元）').fill('30000');
  await page.getByLabel('月薪上限（元）').fill('20000');
  await chooseOption(page, '工作区县', '天元区');
  await fillDate(page, '截止日期', shanghaiDate(30));
  await page.getByTestId('submit-posting').click();
  await expect(page.locator('.ant-form-item').filter({ hasText: '月薪下限（元）' })).toContainText('不能高于月薪上限');
  await shot(page, 'matching-posting-form');
  await page.getByLabel('月薪下限（元）').fill('12000');
  await page.getByTestId('submit-posting').click();
  await expectSaved(page, '岗位已发布');

  // Candidates: the talent ranks, masked, with reasons and a breakdown; the employer invites.
  const candidates = page.getByTestId('candidates');
  await expect(candidates).toContainText('IGBT 应用工程师');
  const row = candidates.locator('tr').filter({ hasText: '欧**' });
  await expect(row).toContainText('必备技能（按稀缺度加权）');
  await row.locator('.ant-table-row-expand-icon').click();
  await expect(candidates.getByTestId('score-parts').first()).toContainText('技能熟练度');
  await shot(page, 'matching-candidates');
  await row.getByRole('button', { name: /邀\s?请/ }).click();
  await expect(row).toContainText('待人才同意');

  // The talent sees the posting ranked for them, who looked, and accepts the invitation.
  await talent.goto('/opportunities');
  await expect(talent.getByTestId('opportunities')).toContainText('IGBT 应用工程师');
  await expect(talent.getByTestId('views')).toContainText('IGBT 应用工程师');
  const invitation = talent.getByTestId('contacts').locator('tr').filter({ hasText: 'IGBT 应用工程师' });
  await expect(invitation).toContainText('单位邀请');
  await shot(talent, 'matching-opportunities');
  await invitation.getByRole('button', { name: '同意联系' }).click();
  await expect(invitation).toContainText('已同意联系');

  // Now the employer sees the full name.
  await page.reload();
  await page.getByTestId('my-postings').getByText('IGBT 应用工程师').first().click();
  await expect(page.getByTestId('candidates').locator('tr').filter({ hasText: '欧阳明' })).toContainText('已同意联系');
  await talent.context().close();
});

test('the office reads the taxonomy by chain and saves a new version with an added skill', async ({ page, baseURL }) => {
  await signIn(page, baseURL, DEMO.officer);
  await page.goto('/office/skills');
  await expect(page.getByRole('heading', { name: '技能图谱' })).toBeVisible();
  await page
    .getByTestId('taxonomy')
    .getByText(/^轨道交通/)
    .click();
  const traction = page.locator('.ant-card').filter({ hasText: 'rail.traction' });
  await expect(traction).toContainText('IGBT 器件应用');
  await expect(traction).toContainText('绝缘栅双极晶体管');
  await traction.getByLabel('中文名称').fill('碳化硅功率器件');
  await traction.getByLabel('英文名称').fill('SiC power devices');
  await traction.getByRole('button', { name: /^添\s?加$/ }).click();
  await expect(traction).toContainText('碳化硅功率器件');
  await page.getByLabel('版本说明').fill('新增碳化硅功率器件');
  await shot(page, 'matching-taxonomy');
  await page.getByTestId('save-version').click();
  await expectSaved(page, '已保存为第');
  await expect(page.getByText(/当前第 \d+ 版/)).toBeVisible();

  // The office exports the taxonomy to Excel and imports the workbook back as the next version.
  const version = Number((await page.getByText(/当前第 \d+ 版/).textContent())!.match(/第 (\d+) 版/)![1]);
  const exported = await page.request.get('/api/v1/skills.xlsx');
  expect(exported.status()).toBe(200);
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'skills.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await exported.body() });
  await expectSaved(page, `已保存为第 ${version + 1} 版`);
  await expect(page.getByText(`当前第 ${version + 1} 版`)).toBeVisible();
});

test('anyone reads the shortage catalogue: stars per skill, the previous quarter beside, demand against supply per chain, Excel', async ({
  browser,
  baseURL,
}) => {
  const employer = await browser.newContext({ baseURL });
  const employerPage = await employer.newPage();
  await signIn(employerPage, baseURL, DEMO.employer);
  const posted = await employerPage.request.post('/api/v1/postings', {
    headers: originHeaders(baseURL),
    data: {
      title: '磁浮悬浮控制工程师',
      chain: 'rail',
      subField: 'rail.maglev',
      requiredSkills: ['rail.maglev.02'],
      headcount: 6,
      minDegree: 'master',
      minYears: 5,
      salaryMin: 15000,
      salaryMax: 25000,
      district: '天元区',
      engagementMode: 'full_time',
      closesOn: shanghaiDate(60),
    },
  });
  expect(posted.status(), await posted.text()).toBe(201);
  await employer.close();

  const visitor = await browser.newContext({ baseURL });
  const page = await visitor.newPage();
  await page.goto('/shortage-catalogue');
  await expect(page.getByRole('heading', { name: '紧缺人才目录' })).toBeVisible();
  const row = page.getByTestId('shortage-table').locator('tr').filter({ hasText: '悬浮控制' });
  await expect(row).toContainText('磁浮与新型轨道');
  await expect(row).toContainText('未列入');
  await expect(page.getByTestId('chain-chart').locator('canvas')).toBeVisible();
  await shot(page, 'matching-shortage-catalogue');
  const xlsx = await page.request.get(`/api/v1/shortage-catalogue.xlsx`);
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()['content-disposition']).toContain('shortage-catalogue-');
  await visitor.close();
});
