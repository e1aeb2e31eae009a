/**
 * 我的授权: a 株洲 talent gives 长沙 a consent to share two facts for benefit applications, sees it
 * in the list with nothing shared yet, and revokes it (what a city received under a consent is
 * listed from the message log: region/exchange.int.test.ts).
 * Runs the region (three instances, scripts/region.mjs) so the cities come from a real signed
 * trust list.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { chooseOption, fillDate, originHeaders, shanghaiDate, shot, TEST_PASSWORD, uniqueMobile, validIdNumber } from './support/fixtures';
import { startRegion, ZHUZHOU, type Region } from './support/region';

let region: Region;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  region = await startRegion({ refreshSeconds: 5, timeoutMs: 280_000 });
});
test.afterAll(async () => {
  await region?.stop();
});

/** Registers a 株洲 talent at the region's instance with an ID number (the page's context is then signed in). */
async function registerAt(request: APIRequestContext, base: string): Promise<void> {
  const headers = originHeaders(base);
  const registered = await request.post(`${base}/api/v1/auth/register/talent`, {
    headers,
    data: { mobile: uniqueMobile(), name: '授权测试', password: TEST_PASSWORD },
  });
  expect(registered.status(), await registered.text()).toBe(201);
  const employers = (await (await request.get(`${base}/api/v1/employers/options?q=`)).json()) as { id: string }[];
  const profile = {
    name: '授权测试',
    gender: 'male',
    idNumber: validIdNumber('1990-05-12'),
    birthDate: '1990-05-12',
    highestDegree: 'master',
    district: '天元区',
    employerId: employers[0]!.id,
  };
  const saved = await request.put(`${base}/api/v1/talents/me`, { headers, data: profile });
  expect(saved.status(), await saved.text()).toBe(200);
}

test('a talent gives, reads and revokes a consent to share facts with another city', async ({ page }) => {
  const base = region.baseUrl[ZHUZHOU]!;
  // A talent of 株洲 with an ID number (facts are matched between cities by its hash).
  await registerAt(page.request, base);

  await page.goto(`${base}/me/consents`);
  await expect(page.getByRole('heading', { name: '我的授权' })).toBeVisible();
  await expect(page.getByText('尚未授权任何城市')).toBeVisible();
  await shot(page, 'consents-empty');

  await page.getByTestId('consent-new').click();
  await chooseOption(page, '接收城市', '长沙市');
  await page.getByLabel('在株洲市缴纳社保月数').check();
  await page.getByLabel('最高学历').check();
  await chooseOption(page, '用途', '政策待遇申请');
  await fillDate(page, '有效期至', shanghaiDate(180));
  await shot(page, 'consents-give');
  await page.getByTestId('consent-submit').click();

  const row = page.getByTestId('consent-list').locator('tr', { hasText: '长沙市' });
  await expect(row).toContainText('在株洲市缴纳社保月数');
  await expect(row).toContainText('政策待遇申请');
  await expect(row.getByTestId('consent-status')).toHaveText('有效');
  await expect(row).toContainText('尚未提供');
  await shot(page, 'consents-given');

  // A consent to a city outside the trust list is refused by the server, naming the field.
  const refused = await page.request.post(`${base}/api/v1/me/consents`, {
    headers: originHeaders(base),
    data: { recipient: '430900', facts: ['highestDegree'], purpose: 'recognition', until: shanghaiDate(30) },
  });
  expect(refused.status()).toBe(400);
  expect((await refused.json()).errors[0].field).toBe('recipient');

  await row.getByTestId('consent-revoke').click();
  // antd spaces a two-character Chinese button label (撤 回).
  await page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /撤\s?回/ })
    .click();
  await expect(row.getByTestId('consent-status')).toHaveText('已撤回');
  await expect(row.getByTestId('consent-revoke')).toHaveCount(0);
  await shot(page, 'consents-revoked');
});
