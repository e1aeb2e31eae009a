import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO, originHeaders, registerTalentWithProfileApi, shanghaiDate, shot, signIn, TEST_PASSWORD, uniqueTag } from './support/fixtures';

/**
 * 消息通知: every change of a talent's application lands in their in-app inbox. A talent applies
 * for 高层次人才安家补贴 through the API, the 人社局 reviewer returns it; the talent sees the
 * unread badge on the header's bell, opens it, reads the return in Chinese, clicks it, lands on
 * the application, and the badge drops by one; "全部标为已读" clears it. The header still fits
 * a 390-pixel-wide phone.
 */

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const RETURNED = '「高层次人才安家补贴」申请已退回补充材料';

async function upload(request: APIRequestContext, baseURL: string | undefined, kind: string, tag: string): Promise<string> {
  const res = await request.post(`/api/v1/evidence?kind=${kind}`, {
    headers: originHeaders(baseURL),
    multipart: { file: { name: `${kind}-${tag}.pdf`, mimeType: 'application/pdf', buffer: Buffer.concat([PDF, Buffer.from(`${kind}${tag}`)]) } },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).id as string;
}

/** A tier-D doctor who arrived ten months ago applies for 安家补贴; the 人社局 reviewer returns it. */
async function returnedApplication(page: Page, baseURL: string | undefined): Promise<{ mobile: string; applicationId: string }> {
  const { mobile } = await registerTalentWithProfileApi(page.request, baseURL, `通知${uniqueTag()}`, {
    highestDegree: 'doctorate',
    graduationDate: shanghaiDate(-400),
    schoolTier: 'double_first_class',
    arrivalDate: shanghaiDate(-300),
    socialInsuranceMonths: 9,
  });
  const tag = uniqueTag();
  const tierCert = await upload(page.request, baseURL, 'honor_proof', tag);
  await upload(page.request, baseURL, 'employment_contract', tag);
  await upload(page.request, baseURL, 'social_insurance_record', tag);
  const applied = await page.request.post('/api/v1/applications', {
    headers: originHeaders(baseURL),
    data: { policyId: 'settle-allowance', evidence: [{ requirement: 0, evidenceId: tierCert }] },
  });
  expect(applied.status(), await applied.text()).toBe(201);
  const applicationId = (await applied.json()).id as string;

  await signIn(page, baseURL, DEMO.reviewer);
  const returned = await page.request.post(`/api/v1/review/applications/${applicationId}/decision`, {
    headers: originHeaders(baseURL),
    data: { decision: 'return', reason: '请补充完整的劳动合同扫描件' },
  });
  expect(returned.status(), await returned.text()).toBe(200);
  await signIn(page, baseURL, mobile, TEST_PASSWORD);
  return { mobile, applicationId };
}

test.describe('消息通知 (notification bell)', () => {
  test('the talent reads the return of their application from the bell and lands on it', async ({ page, baseURL }) => {
    const { applicationId } = await returnedApplication(page, baseURL);
    await page.goto('/profile');

    // Submitted, then returned: two unread, shown on the badge.
    const bell = page.getByTestId('notification-bell');
    await expect(bell).toHaveAttribute('data-unread', '2');
    await expect(bell).toHaveAccessibleName('消息通知（2 条未读）');
    await expect(page.getByTestId('notification-badge').locator('.ant-badge-count')).toHaveAttribute('title', '2');

    await bell.click();
    const panel = page.getByTestId('notification-panel');
    await expect(panel).toBeVisible();
    const items = panel.getByTestId('notification-item');
    await expect(items).toHaveCount(2);
    // Newest first: the return, then the submission; both unread (bold).
    await expect(items.nth(0)).toContainText(RETURNED);
    await expect(items.nth(0)).toHaveAttribute('data-unread', 'true');
    await expect(items.nth(1)).toContainText('「高层次人才安家补贴」申请已提交，等待人社局审核');
    await expect(items.nth(0).locator('.notif-text')).toHaveCSS('font-weight', '600');
    await shot(page, 'notifications-bell-zh');

    await items.nth(0).click();
    await expect(page).toHaveURL(new RegExp(`/applications/${applicationId}$`));
    await expect(page.getByTestId('holder')).toHaveText('等待您补充材料（时限暂停）');
    await expect(panel).toBeHidden();
    await expect(bell).toHaveAttribute('data-unread', '1');
    await expect(page.getByTestId('notification-badge').locator('.ant-badge-count')).toHaveAttribute('title', '1');

    // The read one is no longer bold; "全部标为已读" clears the rest and the badge.
    await bell.click();
    await expect(items.nth(0)).not.toHaveAttribute('data-unread', 'true');
    await expect(items.nth(1)).toHaveAttribute('data-unread', 'true');
    await page.getByTestId('notification-read-all').click();
    await expect(bell).toHaveAttribute('data-unread', '0');
    await expect(page.getByTestId('notification-badge').locator('.ant-badge-count')).toHaveCount(0);
    await expect(items.nth(1)).not.toHaveAttribute('data-unread', 'true');
  });

  test('on a 390-pixel phone the bell fits the header and its list fits the screen', async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await returnedApplication(page, baseURL);
    await page.goto('/profile');
    const bell = page.getByTestId('notification-bell');
    await expect(bell).toHaveAttribute('data-unread', '2');
    for (const id of ['nav-toggle', 'brand', 'notification-bell', 'user-menu']) {
      const box = (await page.getByTestId(id).boundingBox())!;
      expect(box, id).not.toBeNull();
      expect(box.x, id).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, id).toBeLessThanOrEqual(390);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await bell.click();
    const panel = page.getByTestId('notification-panel');
    await expect(panel.getByTestId('notification-item').first()).toContainText(RETURNED);
    // On a phone the list opens in a side drawer (in place at once: the browser asks for reduced
    // motion), and all of it is on screen.
    const drawer = page.locator('.ant-drawer-content-wrapper').filter({ has: panel });
    const box = (await drawer.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await expect(page.getByTestId('notification-read-all')).toBeInViewport();
    await shot(page, 'notifications-bell-mobile');
  });
});
