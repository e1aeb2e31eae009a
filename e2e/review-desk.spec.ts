/**
 * The reviewer's desk in a real browser: the recognition decision page shows what the proposed
 * tier rests on (the talent's facts with their status, the engine's classification trace), as
 * the application decision page does; the application queue is searched and filtered, marks
 * what came back after a return, and approving a large item asks first, naming the amount.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  CITY_DOCTOR,
  DEMO,
  originHeaders,
  registerTalentWithProfileApi,
  shanghaiDate,
  shot,
  signIn,
  TEST_PASSWORD,
  uniqueTag,
  uploadEvidenceApi,
} from './support/fixtures';

/** A talent (a tier-D doctor employed in the city) with a recognition submitted to 人社局; the page stays signed in as them. */
async function submittedRecognition(page: Page, baseURL: string | undefined, name: string): Promise<string> {
  await registerTalentWithProfileApi(page.request, baseURL, name, CITY_DOCTOR);
  for (const kind of ['degree_certificate', 'employment_contract', 'social_insurance_record']) await uploadEvidenceApi(page.request, baseURL, kind, name);
  const created = await page.request.post('/api/v1/recognitions', { data: {}, headers: originHeaders(baseURL) });
  expect(created.status(), await created.text()).toBe(201);
  const id = (await created.json()).id as string;
  const submitted = await page.request.post(`/api/v1/recognitions/${id}/submit`, { data: {}, headers: originHeaders(baseURL) });
  expect(submitted.status(), await submitted.text()).toBe(200);
  return id;
}

/** A tier-D doctor who arrived ten months ago applies for 高层次人才安家补贴 (¥150,000, 人社局 first); the page stays signed in as them. */
async function appliedForSettleAllowance(page: Page, baseURL: string | undefined, name: string): Promise<{ id: string; mobile: string }> {
  const { mobile } = await registerTalentWithProfileApi(page.request, baseURL, name, {
    birthDate: '1992-04-18',
    highestDegree: 'doctorate',
    graduationDate: shanghaiDate(-400),
    schoolTier: 'double_first_class',
    arrivalDate: shanghaiDate(-300),
    socialInsuranceMonths: 9,
  });
  const honour = await uploadEvidenceApi(page.request, baseURL, 'honor_proof', name);
  await uploadEvidenceApi(page.request, baseURL, 'employment_contract', name);
  await uploadEvidenceApi(page.request, baseURL, 'social_insurance_record', name);
  const res = await page.request.post('/api/v1/applications', {
    data: { policyId: 'settle-allowance', evidence: [{ requirement: 0, evidenceId: honour }] },
    headers: originHeaders(baseURL),
  });
  expect(res.status(), await res.text()).toBe(201);
  return { id: (await res.json()).id as string, mobile };
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

  test('the application queue searches and filters, marks what came back, and asks before approving a large item', async ({ page, baseURL }) => {
    const tag = uniqueTag();
    const returned = `补正${tag}`;
    const fresh = `大额${tag}`;
    const { id: returnedId, mobile } = await appliedForSettleAllowance(page, baseURL, returned);
    await appliedForSettleAllowance(page, baseURL, fresh);
    // 人社局 returns the first; its talent resubmits.
    await signIn(page, baseURL, DEMO.reviewer);
    const back = await page.request.post(`/api/v1/review/applications/${returnedId}/decision`, {
      data: { decision: 'return', reason: '劳动合同页码不全' },
      headers: originHeaders(baseURL),
    });
    expect(back.status(), await back.text()).toBe(200);
    await signIn(page, baseURL, mobile, TEST_PASSWORD);
    const again = await page.request.post(`/api/v1/applications/${returnedId}/resubmit`, { data: {}, headers: originHeaders(baseURL) });
    expect(again.status(), await again.text()).toBe(200);

    await signIn(page, baseURL, DEMO.reviewer);
    await page.goto('/review/applications');
    const queue = page.getByTestId('application-queue');
    const search = page.getByRole('searchbox', { name: '搜索' });
    await search.fill(tag);
    await search.press('Enter');
    await expect(queue.locator('tbody tr.ant-table-row')).toHaveCount(2);
    await expect(queue.getByRole('row', { name: new RegExp(returned) }).getByText('已补正')).toBeVisible();
    await expect(queue.getByRole('row', { name: new RegExp(fresh) }).getByText('已补正')).toHaveCount(0);
    // Filters: the first stage keeps both; neither is overdue, nor due within 3 working days (5 are allowed).
    await page.getByRole('combobox', { name: /^环节/ }).click();
    await page.locator('.ant-select-dropdown:visible').getByText('第 1 环节').click();
    await expect(queue.locator('tbody tr.ant-table-row')).toHaveCount(2);
    await page.getByRole('combobox', { name: /^办理时限/ }).click();
    await page.locator('.ant-select-dropdown:visible').getByText('已超时').click();
    await expect(queue).toContainText('暂无待办');
    await shot(page, 'review-queue-filtered');
    await page.getByRole('combobox', { name: /^办理时限/ }).click();
    await page.locator('.ant-select-dropdown:visible').getByText('3 个工作日内到期').click();
    await expect(queue).toContainText('暂无待办');
    // A fresh page: one policy, one name.
    await page.reload();
    await page.getByRole('combobox', { name: /^政策/ }).click();
    await page.locator('.ant-select-dropdown:visible').getByText('高层次人才安家补贴').click();
    await search.fill(fresh);
    await search.press('Enter');
    await expect(queue.locator('tbody tr.ant-table-row')).toHaveCount(1);

    // Approving ¥150,000 asks first, naming the amount; cancelling leaves it undecided.
    await page.getByTestId(`review-open-${fresh}`).click();
    await page.locator('label', { has: page.getByTestId('app-choice-approve') }).click();
    await page.getByTestId('app-decision-submit').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('确认通过这笔 150,000 元 的申请？');
    await expect(dialog).toContainText('超过大额复核线 50,000 元');
    await shot(page, 'review-high-value-confirm');
    await dialog
      .getByRole('button', { name: '取 消' })
      .or(dialog.getByRole('button', { name: '取消' }))
      .click();
    await expect(page.getByTestId('application-decision')).toBeVisible();
    await page.getByTestId('app-decision-submit').click();
    await page.getByTestId('high-value-ok').click();
    await expect(page.getByTestId('app-decided')).toContainText('财政局');
  });
});
