import { expect, test, type Page } from '@playwright/test';
import { DEMO, fillDate, shanghaiDate, shot, signIn, signOut } from './support/fixtures';

/**
 * Every run adds versions to settle-allowance on the same server, so the tests number the
 * versions they create from the ones that exist when they start, and publish after the latest
 * publication (a publication's date must come after the previous one's).
 */

interface VersionRow {
  version: number;
  status: 'draft' | 'published' | 'retired';
  effectiveFrom: string | null;
  inForce: boolean;
  pendingPublication: { approvalId: string } | null;
}

/** The stored versions of settle-allowance, oldest first (the page must be signed in as staff). */
async function settleAllowanceVersions(page: Page): Promise<VersionRow[]> {
  const res = await page.request.get('/api/v1/policies/settle-allowance/versions');
  expect(res.status(), await res.text()).toBe(200);
  const items = ((await res.json()) as { items: VersionRow[] }).items;
  expect(items.length).toBeGreaterThan(0);
  return items;
}

/** The day after an ISO date. */
function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Replaces `from` by `to` in `text`, failing unless `from` occurs exactly once. */
function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const hits = typeof from === 'string' ? text.split(from).length - 1 : (text.match(new RegExp(from.source, 'g')) ?? []).length;
  expect(hits, `${String(from)} occurs once`).toBe(1);
  return text.replace(from, to);
}

async function openSettleAllowance(page: Page) {
  await page.goto('/');
  await page.getByTestId('nav-policies').click();
  await expect(page.getByRole('heading', { name: '政策管理' })).toBeVisible();
  await page.getByTestId('policy-link-settle-allowance').click();
  await expect(page.getByTestId('yaml-editor')).toHaveValue(/id: settle-allowance/);
}

test.describe('政策管理: YAML editor, examples, publication by two officers', () => {
  test.describe.configure({ mode: 'serial' });

  test('a typo is marked at its line and cannot be saved', async ({ page, baseURL }) => {
    await signIn(page, baseURL, DEMO.officer);
    const before = await settleAllowanceVersions(page);
    const next = before.at(-1)!.version + 1;
    await openSettleAllowance(page);
    await shot(page, 'policy-list-editor');
    const editor = page.getByTestId('yaml-editor');
    const yaml = await editor.inputValue();
    const line = yaml.split('\n').findIndex((l) => l.includes('socialInsuranceMonths >= params')) + 1;
    expect(line).toBeGreaterThan(1);
    await editor.fill(yaml.replace('socialInsuranceMonths >= params', 'socialInsuranceMonth >= params'));

    const errors = page.getByTestId('yaml-errors');
    await expect(errors).toContainText(`第 ${line} 行`);
    await expect(errors).toContainText('socialInsuranceMonths');
    await errors.getByTestId('yaml-error').first().click();
    await expect(page.getByTestId(`yaml-error-line-${line}`)).toBeVisible();
    await shot(page, 'policy-editor-error');

    await page.getByTestId('save-draft').click();
    await expect(page.locator('.ant-message')).toContainText('政策 YAML 有 1 处错误');
    await expect(page.getByTestId(`version-${next}`)).toHaveCount(0);
    expect((await settleAllowanceVersions(page)).map((v) => v.version)).toEqual(before.map((v) => v.version));
  });

  test('a misspelt top-level key and an empty document are errors in the interface language, never 校验通过', async ({ page, baseURL }) => {
    await signIn(page, baseURL, DEMO.officer);
    await openSettleAllowance(page);
    const editor = page.getByTestId('yaml-editor');
    const yaml = await editor.inputValue();
    const line = yaml.split('\n').findIndex((l) => l.startsWith('eligibility:')) + 1;
    const errors = page.getByTestId('yaml-errors');
    await editor.fill(yaml.replace(/^eligibility:/m, 'eligibilty:'));
    await expect(errors).toContainText(`第 ${line} 行第 1 列 文档：未知的键 "eligibilty"（是否应为 "eligibility"？）`);
    await expect(errors).toContainText('eligibility：缺少必填部分');
    await expect(errors).not.toContainText('校验通过');
    await shot(page, 'policy-editor-unknown-key');

    await editor.fill('');
    await expect(errors).toContainText('文档为空');
    await expect(errors).not.toContainText('校验通过');

    await page.getByTestId('language-switch').getByText('English').click();
    await editor.fill(yaml.replace(/^eligibility:/m, 'eligibilty:'));
    await expect(errors).toContainText(`Line ${line}, column 1 (document): unknown key "eligibilty" (did you mean "eligibility"?)`);
    await expect(errors).not.toContainText('文档');
    await shot(page, 'policy-editor-unknown-key-en');
  });

  test('a draft whose example fails cannot be published; the fixed one is published from a date once a second officer approves', async ({ page, baseURL }) => {
    await signIn(page, baseURL, DEMO.officer);
    const before = await settleAllowanceVersions(page);
    // The editor opens the latest version; the two drafts saved below follow it.
    const base = before.at(-1)!.version;
    const broken = base + 1;
    const fixed = base + 2;
    const inForce = before.find((v) => v.inForce)!.version;
    const lastPublished = before
      .filter((v) => v.status === 'published')
      .map((v) => v.effectiveFrom!)
      .sort()
      .at(-1)!;
    const effectiveFrom = [shanghaiDate(1), dayAfter(lastPublished)].sort().at(-1)!;

    await openSettleAllowance(page);
    await expect(page.getByTestId(`version-${base}`)).toBeVisible();
    const editor = page.getByTestId('yaml-editor');
    const v1 = await editor.inputValue();
    const tierD = Number(/\bD: (\d+) \}/.exec(v1)![1]);
    const exampleFen = Number(/amountFen: (\d+), months: 1, valueFen: \1\b/.exec(v1)![1]);
    // Change tier D (150,000 ↔ 200,000, so repeated runs stay within two amounts) without
    // updating the example that expects the old amount.
    const amount = tierD === 200_000 ? 150_000 : 200_000;
    await editor.fill(replaceOnce(v1, `D: ${tierD} }`, `D: ${amount} }`));
    await expect(page.getByTestId('yaml-errors')).toContainText('校验通过');
    await page.getByTestId('save-draft').click();
    await expect(page.getByTestId(`version-${broken}-status`)).toHaveText('草稿');
    await page.getByTestId('run-examples').click();
    await expect(page.getByTestId('example-results')).toContainText('未通过 1');
    await expect(page.getByTestId('example-fail')).toContainText(`amountFen: expected ${exampleFen}, got ${amount * 100}`);
    // 申请发布 stays disabled while an example fails, and the examples panel says why.
    await expect(page.getByTestId('publish')).toBeDisabled();
    await expect(page.getByTestId('publish-blocked')).toContainText('全部通过后才能申请发布');
    await shot(page, 'policy-publish-blocked');
    await expect(page.getByTestId(`version-${broken}-status`)).toHaveText('草稿');

    // Fix the example and publish the new draft.
    await page.getByTestId(`version-${base}`).click();
    await expect(editor).toHaveValue(v1);
    let text = replaceOnce(v1, `D: ${tierD} }`, `D: ${amount} }`);
    text = replaceOnce(text, /(tier D doctor arrived 8 months ago gets )[\d,]+/, `$1${amount.toLocaleString('en-US')}`);
    text = replaceOnce(
      text,
      `amountFen: ${exampleFen}, months: 1, valueFen: ${exampleFen}`,
      `amountFen: ${amount * 100}, months: 1, valueFen: ${amount * 100}`,
    );
    await editor.fill(text);
    await expect(page.getByTestId('yaml-errors')).toContainText('校验通过');
    await page.getByTestId('save-draft').click();
    await expect(page.getByTestId(`version-${fixed}-status`)).toHaveText('草稿');
    await page.getByTestId('run-examples').click();
    await expect(page.getByTestId('example-results')).not.toContainText('未通过');
    await page.getByTestId('publish').click();
    await fillDate(page, '生效日期', effectiveFrom);
    await expect(page.getByLabel('生效日期', { exact: true })).toHaveValue(effectiveFrom);
    await page.getByTestId('publish-reason').fill('安家补贴 D 类标准调整');
    await page.locator('#confirm-publish').click();
    // Requested, not published: another officer must approve it.
    await expect(page.locator('.ant-message')).toContainText(`已申请发布第 ${fixed} 版（自 ${effectiveFrom} 起生效），待另一名工作人员复核`);
    await expect(page.getByTestId(`version-${fixed}-status`)).toHaveText('草稿');
    await expect(page.getByTestId(`version-${fixed}-pending`)).toHaveText('待第二人复核');
    await expect(page.getByTestId('publication-pending')).toContainText('须由另一名工作人员复核通过后才发布');
    await shot(page, 'policy-publication-requested');
    const approvalId = (await settleAllowanceVersions(page)).find((v) => v.version === fixed)!.pendingPublication!.approvalId;
    await signOut(page);

    // The second officer approves it under 待我复核; then it is published from its date.
    await signIn(page, baseURL, DEMO.officer2);
    await page.goto('/');
    await page.getByTestId('nav-approvals').click();
    await expect(page.getByTestId(`approval-change-${approvalId}`)).toContainText(`第 ${fixed} 版，自 ${effectiveFrom} 起生效`);
    await page.getByTestId(`approval-approve-${approvalId}`).click();
    await expect(page.getByRole('dialog')).toContainText('安家补贴 D 类标准调整');
    await page.getByTestId('approval-approve-ok').click();
    await expect(page.locator('.ant-message')).toContainText('已复核通过');
    await openSettleAllowance(page);
    await expect(page.getByTestId(`version-${fixed}-status`)).toHaveText('已发布');
    // Published from a later date: the version in force today stays published.
    await expect(page.getByTestId(`version-${inForce}-status`)).toHaveText('已发布');
    await shot(page, 'policy-published');

    await page.goto('/policies');
    await expect(page.getByRole('row', { name: /settle-allowance/ })).toContainText(`v${fixed} · ${effectiveFrom}`);
  });
});

test.describe('政策管理: forms beside the YAML and a comparison of versions', () => {
  test('a new dated value and a closing date written by the forms are checked, saved, and shown against the version they came from', async ({
    page,
    baseURL,
  }) => {
    await signIn(page, baseURL, DEMO.officer);
    const next = (await settleAllowanceVersions(page)).at(-1)!.version + 1;
    await openSettleAllowance(page);
    const editor = page.getByTestId('yaml-editor');
    const edits = page.getByTestId('common-edits');

    // A parameter, by its name in the interface's language: its dated values, and a new one from 2027.
    await edits.getByText('最少社保月数（个月）').click();
    const param = page.getByTestId('edit-param-minSocialInsuranceMonths');
    await expect(param).toContainText('2024-01-01 起 6');
    await fillDate(page, '新取值的生效日期', '2027-01-01');
    await param.getByLabel('新取值', { exact: true }).fill('12');
    await page.getByTestId('edit-param-minSocialInsuranceMonths-apply').click();
    await expect(editor).toHaveValue(/- \{ from: 2024-01-01, value: 6 \}\n\s+- \{ from: 2027-01-01, value: 12 \}\n/);

    // The window: an end date.
    await fillDate(page, '截止日期（可空）', '2028-12-31');
    await page.getByTestId('edit-window-apply').click();
    await expect(editor).toHaveValue(/window: \{ from: 2024-01-01, to: 2028-12-31 \}/);
    await expect(page.getByTestId('yaml-errors')).toContainText('校验通过，没有错误');
    await shot(page, 'policy-editor-common-edits');

    // Saved as a draft, it is compared with the version it was made from: only the two changes.
    await page.getByTestId('save-draft').click();
    await expect(page.getByText(`已保存为第 ${next} 版草稿`)).toBeVisible();
    await expect(page.getByTestId('diff-base')).toContainText(`v${next - 1}`);
    const diff = page.getByTestId('version-diff');
    await expect(diff.locator('[data-kind="added"]', { hasText: 'from: 2027-01-01, value: 12' })).toBeVisible();
    await expect(diff.locator('[data-kind="added"]', { hasText: 'to: 2028-12-31' })).toBeVisible();
    await expect(diff.locator('[data-kind="removed"]')).toHaveCount(1);
    await expect(diff.locator('[data-kind="added"]')).toHaveCount(2);
    await diff.scrollIntoViewIfNeeded();
    await shot(page, 'policy-editor-version-diff');

    await page.getByTestId('language-switch').getByText('English').click();
    await expect(page.getByText('Compare versions')).toBeVisible();
    await expect(page.getByText('Common edits')).toBeVisible();
    await shot(page, 'policy-editor-forms-en');
    await page.getByTestId('language-switch').getByText('中文').click();
  });
});
