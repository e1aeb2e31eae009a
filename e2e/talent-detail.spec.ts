import { expect, test } from '@playwright/test';
import { DEMO, recognisedTalentApi, setServerClock, shot, signIn, uniqueTag } from './support/fixtures';

test.afterEach(async () => setServerClock(null));

test('the officer opens a talent from 人才库 and sees the whole file, masked, with who read the full ID', async ({ page, baseURL }) => {
  const name = `详情${uniqueTag()}`;
  const { mobile } = await recognisedTalentApi(page, baseURL, name);
  await signIn(page, baseURL, DEMO.officer);
  const found = await (await page.request.get(`/api/v1/talents?q=${mobile}`)).json();
  const id = found.items[0].id as string;
  // Someone reads the full numbers first: the detail lists that read.
  expect((await page.request.get(`/api/v1/talents/${id}/personal-data`)).status()).toBe(200);

  await page.goto(`/talents?q=${encodeURIComponent(name)}`);
  const row = page.getByTestId('talent-table').locator('tbody tr.ant-table-row');
  await expect(row).toHaveCount(1);
  await row.locator('td').nth(3).click(); // anywhere on the row, not only the name
  await expect(page).toHaveURL(new RegExp(`/talents/${id}$`));
  await expect(page.getByRole('heading', { name: `人才详情：${name}` })).toBeVisible();

  const profile = page.getByTestId('talent-detail-profile');
  await expect(profile).toContainText(`${mobile.slice(0, 3)}****${mobile.slice(-4)}`);
  await expect(page.locator('main')).not.toContainText(mobile);
  const degree = page.getByTestId('talent-detail-facts').locator('tr', { hasText: '最高学历' });
  await expect(degree).toContainText('博士');
  await expect(page.getByTestId('talent-detail-facts').locator('[data-status="verified"]').first()).toBeVisible();
  await expect(page.getByTestId('talent-detail-recognitions').locator('tbody tr.ant-table-row')).toHaveCount(1);
  await expect(page.getByTestId('talent-detail-notifications').locator('.ant-list-item').first()).toBeVisible();
  await expect(page.getByTestId('talent-detail-reads').locator('tbody tr.ant-table-row').first()).toContainText('人才办');
  await shot(page, 'officer-talent-detail');

  await page.getByTestId('language-switch').getByText('English').click();
  await expect(page.getByRole('heading', { name: `Talent detail: ${name}` })).toBeVisible();
  await expect(page.getByTestId('talent-detail-reads')).toContainText('Talent office');
  await shot(page, 'officer-talent-detail-en');
  await page.getByTestId('language-switch').getByText('中文').click();

  // The read itself is in the audit log.
  await signIn(page, baseURL, DEMO.auditor);
  const audit = await (await page.request.get(`/api/v1/audit?action=talent.detail.read&entityId=${id}`)).json();
  expect(audit.total).toBeGreaterThanOrEqual(1);
  // The auditor may open it too; the administrator (who sees the list) may not.
  await page.goto(`/talents/${id}`);
  await expect(page.getByRole('heading', { name: `人才详情：${name}` })).toBeVisible();
  await signIn(page, baseURL, DEMO.admin);
  await page.goto(`/talents?q=${encodeURIComponent(name)}`);
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('link')).toHaveCount(0);
});
