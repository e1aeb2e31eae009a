/**
 * The reviewer's desk in a real browser: the recognition decision page shows what the proposed
 * tier rests on (the talent's facts with their status, the engine's classification trace), as
 * the application decision page does.
 */
import { expect, test, type Page } from '@playwright/test';
import { DEMO, originHeaders, registerTalentWithProfileApi, shot, signIn, uniqueTag, uploadEvidenceApi } from './support/fixtures';

/** A talent (a doctor employed in the city) with a recognition submitted to 人社局; the page stays signed in as them. */
async function submittedRecognition(page: Page, baseURL: string | undefined, name: string): Promise<string> {
  await registerTalentWithProfileApi(page.request, baseURL, name, {
    highestDegree: 'doctorate',
    graduationDate: '2016-06-30',
    schoolTier: 'double_first_class',
    arrivalDate: '2018-08-01',
    socialInsuranceMonths: 60,
  });
  for (const kind of ['degree_certificate', 'employment_contract', 'social_insurance_record']) await uploadEvidenceApi(page.request, baseURL, kind, name);
  const created = await page.request.post('/api/v1/recognitions', { data: {}, headers: originHeaders(baseURL) });
  expect(created.status(), await created.text()).toBe(201);
  const id = (await created.json()).id as string;
  const submitted = await page.request.post(`/api/v1/recognitions/${id}/submit`, { data: {}, headers: originHeaders(baseURL) });
  expect(submitted.status(), await submitted.text()).toBe(200);
  return id;
}

test.describe('人社局 reviewer', () => {
  // Each test registers talents and files through the API before it opens a page; on the shared machine that takes a while.
  test.setTimeout(300_000);

  test('the recognition decision page shows the talent’s facts with their status and the engine’s classification trace', async ({ page, baseURL }) => {
    const id = await submittedRecognition(page, baseURL, `认定依据${uniqueTag()}`);
    await signIn(page, baseURL, DEMO.reviewer);
    await page.goto(`/review/recognitions/${id}`);

    // Each fact with what the talent declared and whether anybody confirmed it.
    const facts = page.getByTestId('rec-talent-facts');
    const degree = facts.getByRole('row', { name: /最高学历/ });
    await expect(degree).toContainText('博士');
    await expect(degree.locator('[data-status="declared"]')).toHaveText('仅本人申报');

    // The tiers tried in order; the last is the one proposed, and names the facts it reads.
    const trace = page.getByTestId('rec-trace');
    await expect(trace.locator('[data-pass="false"]').first()).toContainText('不符合该档');
    const proposed = trace.locator('[data-pass="true"]');
    await expect(proposed).toHaveCount(1);
    await expect(proposed).toContainText('市级高层次人才（博士、正高或市级领军） — 符合该档');
    await expect(proposed.locator('[data-status="declared"]', { hasText: '最高学历：仅本人申报' })).toBeVisible();
    await expect(page.getByTestId('rec-tier')).toContainText('D 类');
    await shot(page, 'review-recognition-basis');

    // In English, the same page in English.
    await page.getByText('English', { exact: true }).click();
    await expect(page.getByTestId('rec-talent-facts')).toContainText("The talent's facts and their status");
    await expect(proposed).toContainText('City high-level talent (doctorate, senior title or city leading) — matches this tier');
    await expect(proposed.locator('[data-status="declared"]').first()).toHaveText('Highest degree: Declared only');
    await shot(page, 'review-recognition-basis-en');
  });
});
