import { expect, test } from '@playwright/test';
import { DEMO, registerDoctorAtDemoEmployerApi, registerTalentApi, shot, signIn, uniqueTag } from './support/fixtures';

test.describe('政策计算器 (what can I get)', () => {
  test('the demo talent sees their tier, granted benefits in yuan, displaced and unmet ones with reasons', async ({ page, baseURL }) => {
    await signIn(page, baseURL, DEMO.talent);
    await page.goto('/');
    await page.getByTestId('nav-calculator').click();
    await expect(page).toHaveURL(/\/calculator$/);
    await expect(page.getByRole('heading', { name: '政策计算器' })).toBeVisible();

    const summary = page.getByTestId('calc-summary');
    await expect(summary).toContainText('人才层次');
    await expect(summary).toContainText('可享受总价值');
    await expect(summary).toContainText(/[\d,]+ 元/);
    // Both ways: the part that rests on verified facts, and what that means.
    await expect(page.getByTestId('calc-confirmed')).toContainText('其中按已核验信息');
    await expect(page.getByTestId('calc-confirmed-hint')).toContainText('免申即享只按已核验信息');

    const granted = page.getByTestId('calc-granted');
    await expect(granted.getByRole('heading', { name: /可以享受/ })).toBeVisible();
    const grantedCards = granted.locator('[data-testid^="granted-"]');
    expect(await grantedCards.count()).toBeGreaterThan(0);
    await expect(grantedCards.first()).toContainText(/元|服务保障/);

    // Unmet policies open with the failed conditions and what would pass, in red.
    const notMet = page.getByTestId('calc-notmet');
    await expect(notMet.getByRole('heading', { name: /暂不符合/ })).toBeVisible();
    const firstUnmet = notMet.locator('[data-testid^="notMet-"]').first();
    await expect(firstUnmet).toContainText('项条件未满足');
    await expect(firstUnmet.locator('[data-pass="false"]').first()).toBeVisible();
    await expect(page.getByTestId('notMet-craftsman-allowance')).toContainText('国家级技能大师');

    // 就高不重复: a displaced policy names the one the talent receives instead.
    const displaced = page.getByTestId('calc-displaced').locator('[data-testid^="displaced-"]');
    if ((await displaced.count()) > 0) await expect(displaced.first()).toContainText('就高不重复');

    await shot(page, 'calculator-zh');

    // The conditions of a granted policy all pass.
    await grantedCards.first().getByText('查看条件').click();
    await expect(grantedCards.first().locator('[data-pass="true"]').first()).toBeVisible();
    await expect(grantedCards.first().locator('[data-pass="false"]')).toHaveCount(0);

    await page.getByText('English', { exact: true }).click();
    await expect(page.getByRole('heading', { name: 'What can I get' })).toBeVisible();
    await expect(page.getByTestId('calc-summary')).toContainText(/¥[\d,]+/);
    await expect(page.getByTestId('notMet-craftsman-allowance')).toContainText('national skill master');
    await shot(page, 'calculator-en');
    await page.getByText('中文', { exact: true }).click();
  });

  test('works on a phone screen', async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, baseURL, DEMO.talent);
    await page.goto('/calculator');
    await expect(page.getByTestId('calc-summary')).toBeVisible();
    const card = page.getByTestId('calc-granted').locator('[data-testid^="granted-"]').first();
    const box = await card.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    expect(box!.width).toBeGreaterThan(300);
    await shot(page, 'calculator-mobile');
  });

  test("a reward paid to the talent's employer is listed apart and not counted as the talent's own", async ({ page, baseURL }) => {
    // A doctor who joined the demo employer (an above-scale enterprise) this year: it earns 企业引才奖励.
    await registerDoctorAtDemoEmployerApi(page, baseURL, `博士${uniqueTag()}`, 60, 2);
    await page.goto('/calculator');
    const toEmployer = page.getByTestId('calc-employer');
    await expect(toEmployer.getByRole('heading', { name: /奖励您的用人单位/ })).toBeVisible();
    await expect(toEmployer).toContainText('不发给您本人');
    await expect(toEmployer.getByTestId('granted-employer-recruitment-reward')).toBeVisible();
    await expect(page.getByTestId('calc-granted').getByTestId('granted-employer-recruitment-reward')).toHaveCount(0);
    // The total is the sum of the talent's own benefits only.
    const own = page.getByTestId('calc-granted').locator('[data-testid^="granted-"]');
    await expect(own.first()).toBeVisible();
    await toEmployer.scrollIntoViewIfNeeded();
    await shot(page, 'calculator-employer-reward');
  });

  test('a newly registered talent is asked to complete the profile first', async ({ page, baseURL }) => {
    await registerTalentApi(page.request, baseURL, `新人${uniqueTag()}`);
    await page.goto('/calculator');
    await expect(page.getByText('请先完善档案')).toBeVisible();
    await expect(page.getByText(/出生日期/)).toBeVisible();
    await page.getByRole('button', { name: '去完善档案' }).click();
    await expect(page).toHaveURL(/\/profile$/);
  });

  test('an officer cannot open the talent calculator; a talent cannot open the policy pages', async ({ page, baseURL }) => {
    await signIn(page, baseURL, DEMO.talent);
    await page.goto('/policies');
    await expect(page.getByTestId('status-403')).toBeVisible();
    await page.goto('/what-if');
    await expect(page.getByTestId('status-403')).toBeVisible();
    await expect(page.getByTestId('side-nav')).not.toContainText('政策管理');
    await signIn(page, baseURL, DEMO.officer);
    await page.goto('/calculator');
    await expect(page.getByTestId('status-403')).toBeVisible();
  });
});
