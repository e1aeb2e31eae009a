/**
 * The talent on a phone (390 px): 我的申请 and 我的待遇 show each row as a card — the policy's
 * name as the card's title on one line, every other column as a "label value" line — so no name
 * wraps one character per line and no status is cut off at the screen's edge. On a wide screen
 * the same lists stay tables. 我的待遇 says when 免申即享 next compares everyone and what happens then.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEMO, originHeaders, registerTalentWithProfileApi, shot, signIn, TEST_PASSWORD, uniqueTag, uploadEvidenceApi } from './support/fixtures';

test.use({ viewport: { width: 390, height: 844 } });

/** Nothing on the page is wider than the phone. */
async function expectFitsPhone(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

/** The list `testId` shows one card (no table), titled by the policy on a single line, and fits the phone. */
async function expectOneCard(page: Page, testId: string): Promise<Locator> {
  const list = page.getByTestId(testId);
  const card = list.getByTestId(`${testId}-card`);
  await expect(card).toHaveCount(1);
  await expect(card.locator('.ant-card-head-title')).toHaveText('青年驿站免费住宿');
  await expect(list.locator('table')).toHaveCount(0);
  expect((await card.locator('.ant-card-head-title').boundingBox())!.height).toBeLessThan(48);
  await expectFitsPhone(page);
  return card;
}

test('on a phone 我的申请 and 我的待遇 list their rows as cards that fit the screen; on a wide screen they stay tables', async ({ page, baseURL }) => {
  // A graduate whose stay at the youth station 人社局 approved: one application, one benefit.
  const name = `手机${uniqueTag()}`;
  const { mobile } = await registerTalentWithProfileApi(page.request, baseURL, name, {
    birthDate: '2001-03-10',
    highestDegree: 'bachelor',
    graduationDate: '2025-06-30',
    schoolTier: 'other',
    hukouInCity: false,
    employerId: null,
  });
  const degree = await uploadEvidenceApi(page.request, baseURL, 'degree_certificate', uniqueTag());
  const applied = await page.request.post('/api/v1/applications', {
    headers: originHeaders(baseURL),
    data: { policyId: 'youth-station-stay', evidence: [{ requirement: 0, evidenceId: degree }] },
  });
  expect(applied.status(), await applied.text()).toBe(201);
  await signIn(page, baseURL, DEMO.reviewer);
  const approved = await page.request.post(`/api/v1/review/applications/${(await applied.json()).id}/decision`, {
    headers: originHeaders(baseURL),
    data: { decision: 'approve' },
  });
  expect(approved.status(), await approved.text()).toBe(200);
  await signIn(page, baseURL, mobile, TEST_PASSWORD);

  // 我的申请: one card per application, the policy as its title, the status and holder in full.
  await page.goto('/applications');
  const card = await expectOneCard(page, 'my-applications');
  await expect(card).toContainText('已批准');
  await expect(card.getByTestId('open-youth-station-stay')).toBeVisible();
  await shot(page, 'my-applications-phone');

  // 我的待遇: the benefit as a card with its amount, dates and state.
  await page.goto('/benefits');
  const benefits = page.getByTestId('benefits-table');
  await expect(await expectOneCard(page, 'benefits-table')).toContainText('金额');
  // What happens next, and when: 免申即享's next monthly comparison, on a working day.
  const next = page.getByTestId('benefits-next');
  await expect(next).toContainText(/下次比对：\d{4}-\d{2}-\d{2}。届时按您已核验的信息，自动兑现符合条件的待遇/);
  await expect(next.getByRole('link', { name: '查看哪些信息还需核验' })).toHaveAttribute('href', '/calculator');
  await expectFitsPhone(page);
  await benefits.scrollIntoViewIfNeeded();
  await shot(page, 'my-benefits-phone');

  // A wide screen keeps the tables.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(benefits.locator('table')).toBeVisible();
  await expect(benefits.getByTestId('benefits-table-card')).toHaveCount(0);
  await page.goto('/applications');
  await expect(page.getByTestId('my-applications').locator('table')).toBeVisible();
});
