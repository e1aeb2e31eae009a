import { expect, test, type Page } from '@playwright/test';
import { chooseOption, expectSaved, fillDate, originHeaders, registerTalentApi, shot, uniqueTag, validIdNumber } from './support/fixtures';

async function openFreshProfile(page: Page, baseURL: string | undefined, name: string) {
  await registerTalentApi(page.request, baseURL, name);
  await page.goto('/profile');
  await expect(page.getByRole('heading', { name: '我的档案' })).toBeVisible();
}

test.describe('我的档案', () => {
  test('fields are saved and still there after a reload', async ({ page, baseURL }) => {
    const name = `李文博${uniqueTag()}`;
    await openFreshProfile(page, baseURL, name);
    for (const section of ['基本信息', '学历职称', '工作与社保', '家庭与住房', '柔性引才与岗位']) {
      await expect(page.getByText(section, { exact: true })).toBeVisible();
    }
    const birth = '1990-05-17';
    const id = validIdNumber(birth, 'male');

    await chooseOption(page, '性别', '男');
    await fillDate(page, '出生日期', birth);
    await page.getByLabel('身份证号').fill(id);
    await chooseOption(page, '居住区县', '荷塘区');
    await chooseOption(page, '最高学历', '硕士');
    await fillDate(page, '毕业时间', '2015-06-30');
    await chooseOption(page, '毕业院校层次', '“双一流”建设高校');
    await chooseOption(page, '专业技术职称', '副高级');
    await fillDate(page, '取得职称时间', '2021-12-01');
    await chooseOption(page, '职业技能等级', '二级/技师');
    await page.getByLabel('市级领军人才').check();

    const employerOptions = await page.request.get('/api/v1/employers/options?q=');
    const employers = (await employerOptions.json()) as { name: string }[];
    const employerName = employers[0]?.name;
    if (employerName) {
      await chooseOption(page, '工作单位', employerName, employerName.slice(0, 4));
    }
    await fillDate(page, '来本市工作时间', '2016-03-01');
    await page.getByLabel('本市社保缴纳月数').fill('36');
    await page.getByRole('switch', { name: '本市户籍' }).click();
    await page.getByLabel('适龄入学子女数').fill('2');
    await chooseOption(page, '柔性引才方式', '候鸟式');
    await page.getByLabel('上年度在本市工作天数').fill('120');
    await chooseOption(page, '特设岗位', '产业顾问');
    await shot(page, 'talent-profile-filled');

    await page.getByTestId('save').click();
    await expectSaved(page, '档案已保存');

    await page.reload();
    await expect(page.getByRole('heading', { name: '我的档案' })).toBeVisible();
    const item = (label: string) => page.locator('.ant-form-item').filter({ has: page.getByText(label, { exact: true }) });
    await expect(page.getByLabel('姓名')).toHaveValue(name);
    await expect(page.getByLabel('出生日期')).toHaveValue(birth);
    await expect(page.getByTestId('id-number-masked')).toHaveText(`${id.slice(0, 1)}${'*'.repeat(16)}${id.slice(-1)}`);
    await expect(item('性别')).toContainText('男');
    await expect(item('居住区县')).toContainText('荷塘区');
    await expect(item('最高学历')).toContainText('硕士');
    await expect(page.getByLabel('毕业时间')).toHaveValue('2015-06-30');
    await expect(item('专业技术职称')).toContainText('副高级');
    await expect(item('职业技能等级')).toContainText('二级/技师');
    await expect(page.getByLabel('市级领军人才')).toBeChecked();
    if (employerName) await expect(item('工作单位')).toContainText(employerName);
    await expect(page.getByLabel('本市社保缴纳月数')).toHaveValue('36');
    await expect(page.getByRole('switch', { name: '本市户籍' })).toBeChecked();
    await expect(item('柔性引才方式')).toContainText('候鸟式');
    await expect(page.getByLabel('上年度在本市工作天数')).toHaveValue('120');
    await expect(item('特设岗位')).toContainText('产业顾问');
    await shot(page, 'talent-profile-saved');
  });

  test('bad ID numbers and out-of-order dates are shown on their fields', async ({ page, baseURL }) => {
    await openFreshProfile(page, baseURL, `王芳${uniqueTag()}`);
    const birth = '1992-08-08';
    const good = validIdNumber(birth, 'female');
    const wrongCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');

    await chooseOption(page, '最高学历', '本科');
    await fillDate(page, '出生日期', birth);
    await page.getByLabel('身份证号').fill(wrongCheck);
    await page.getByTestId('save').click();
    await expect(page.getByText('身份证号校验位不正确，请核对')).toBeVisible();

    await page.getByLabel('身份证号').fill(validIdNumber('1993-01-01', 'female'));
    await expect(page.getByText('身份证号中的出生日期（1993-01-01）与填写的出生日期不一致')).toBeVisible();

    await fillDate(page, '毕业时间', '1990-07-01');
    await expect(page.getByText('毕业时间应晚于出生日期')).toBeVisible();
    await shot(page, 'talent-profile-errors');

    // Fix everything: saved.
    await page.getByLabel('身份证号').fill(good);
    await fillDate(page, '毕业时间', '2014-07-01');
    await page.getByTestId('save').click();
    await expectSaved(page, '档案已保存');
    await expect(page.getByTestId('id-number-masked')).toHaveText(`${good.slice(0, 1)}${'*'.repeat(16)}${good.slice(-1)}`);

    // Editing means typing a new number; keeping it leaves the one on file.
    await page.getByTestId('id-number-edit').click();
    await page.getByLabel('身份证号').fill('43021119920808000');
    await expect(page.getByText('身份证号为 18 位：17 位数字加 1 位数字或 X')).toBeVisible();
    await page.getByRole('button', { name: '保持不变' }).click();
    await page.getByTestId('save').click();
    await expectSaved(page, '档案已保存');
    await page.reload();
    await expect(page.getByTestId('id-number-masked')).toHaveText(`${good.slice(0, 1)}${'*'.repeat(16)}${good.slice(-1)}`);
  });

  test('an ID number another talent holds is saved like any other: the page never says that person is registered', async ({ page, playwright, baseURL }) => {
    const birth = '1988-11-20';
    const taken = validIdNumber(birth, 'male');
    const other = await playwright.request.newContext({ baseURL });
    await registerTalentApi(other, baseURL, `占用者${uniqueTag()}`);
    const put = await other.put('/api/v1/talents/me', {
      headers: originHeaders(baseURL),
      data: { name: '占用者', birthDate: birth, highestDegree: 'bachelor', gender: 'male', idNumber: taken },
    });
    expect(put.status(), await put.text()).toBe(200);
    await other.dispose();

    await openFreshProfile(page, baseURL, `孙立${uniqueTag()}`);
    await fillDate(page, '出生日期', birth);
    await chooseOption(page, '最高学历', '本科');
    await page.getByLabel('身份证号').fill(taken);
    await page.getByTestId('save').click();
    // The answer is the one of any save: no field error, no hint that the number is registered.
    await expectSaved(page, '档案已保存');
    const idItem = page.locator('.ant-form-item').filter({ has: page.getByText('身份证号', { exact: true }) });
    await expect(idItem.locator('.ant-form-item-explain-error')).toHaveCount(0);
    await expect(page.getByText('已被注册')).toHaveCount(0);
    await page.reload();
    await expect(page.getByTestId('id-number-masked')).toHaveText(`${taken.slice(0, 1)}${'*'.repeat(16)}${taken.slice(-1)}`);
    await shot(page, 'talent-profile-disputed-id');
  });

  test('works on a phone (390×844)', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'zh-CN' });
    const page = await context.newPage();
    await openFreshProfile(page, baseURL, `赵敏${uniqueTag()}`);
    await shot(page, 'mobile-talent-profile');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await page.getByTestId('nav-toggle').click();
    await expect(page.getByTestId('nav-myProfile')).toBeVisible();
    await shot(page, 'mobile-nav-drawer');
    await page.keyboard.press('Escape');

    await fillDate(page, '出生日期', '1995-02-03');
    await chooseOption(page, '最高学历', '大专');
    await page.getByTestId('save').click();
    await expectSaved(page, '档案已保存');
    await page.reload();
    await expect(page.getByLabel('出生日期')).toHaveValue('1995-02-03');
    await context.close();
  });
});
