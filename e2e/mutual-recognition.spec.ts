/**
 * 外市人才互认 and the office's 资格互认 screens. Runs the region (three instances, scripts/region.mjs,
 * one committee-signed trust list with its equivalence table): a talent recognised in 长沙 pastes
 * their 长沙 talent code at 株洲, sees the tier it is worth there before confirming, agrees that
 * 长沙 is told, and sees the request on its public notice; a text that is no credential is
 * refused with its reason. 株洲's office lists the mutual recognition; 长沙's office sees its
 * recognition used in 株洲. (The whole three-city story, revocation included: region.spec.ts.)
 */
import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, shot, TEST_PASSWORD, validIdNumber } from './support/fixtures';
import { CHANGSHA, startRegion, ZHUZHOU, type Region } from './support/region';
import { recogniseTalent, registerAt, type Person, type RecognisedTalent } from './support/region-recognition';

let region: Region;
let recognised: RecognisedTalent;
const PERSON: Person = { name: '互认演示', idNumber: validIdNumber('1988-05-12') };

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ playwright }) => {
  test.setTimeout(600_000);
  // Its own port range, beside the other region specs' (5420…, 5424…; each range takes four ports).
  process.env.E2E_REGION_PORT ??= '5428';
  region = await startRegion({ refreshSeconds: 5, timeoutMs: 420_000 });
  recognised = await recogniseTalent(playwright, region, CHANGSHA, PERSON);
});
test.afterAll(async () => {
  await region?.stop();
});

async function signInAt(page: Page, base: string, login: string, password: string): Promise<void> {
  const res = await page.request.post(`${base}/api/v1/auth/login`, { data: { login, password }, headers: { Origin: base } });
  expect(res.status(), await res.text()).toBe(200);
}

test('a talent presents another city’s code, sees the tier here and confirms with consent', async ({ page, playwright }) => {
  const zhuzhou = region.baseUrl[ZHUZHOU]!;
  const { mobile, api } = await registerAt(playwright, zhuzhou, PERSON);
  await api.dispose();
  await signInAt(page, zhuzhou, mobile, TEST_PASSWORD);

  await page.goto(`${zhuzhou}/me/mutual-recognition`);
  await expect(page.getByRole('heading', { name: '外市人才互认' })).toBeVisible();
  await expect(page.getByText('暂无互认记录')).toBeVisible();
  await shot(page, 'mutual-recognition-empty');

  // A text that is no credential: refused with its reason, nothing to confirm.
  await page.getByLabel('外市人才码或凭证文字').fill('这不是人才码，只是一段误贴进来的文字，用来检验拒绝的理由是否说清楚');
  await page.getByTestId('mutual-check').click();
  await expect(page.getByTestId('mutual-error')).toContainText('不是本区域城市签发的人才码');
  await expect(page.getByTestId('mutual-confirm')).toHaveCount(0);
  await shot(page, 'mutual-recognition-refused');

  await page.getByLabel('外市人才码或凭证文字').fill(recognised.code);
  await page.getByTestId('mutual-check').click();
  const preview = page.getByTestId('mutual-preview');
  await expect(preview).toContainText('长沙市');
  await expect(preview).toContainText('确认后公示');
  await expect(page.getByTestId('mutual-consent')).not.toBeChecked();
  await shot(page, 'mutual-recognition-preview');

  await page.getByTestId('mutual-consent').check();
  await page.getByTestId('mutual-confirm').click();
  await expect(page.getByText('已提交互认申请')).toBeVisible();
  const row = page.getByTestId('mutual-mine');
  await expect(row.getByTestId('mutual-status')).toHaveText('公示中');
  await expect(row).toContainText('长沙市');
  await expect(row).toContainText('已于');
  await shot(page, 'mutual-recognition-requested');

  // The same code a second time is refused.
  await page.getByLabel('外市人才码或凭证文字').fill(recognised.code);
  await page.getByTestId('mutual-check').click();
  await expect(page.getByTestId('mutual-error')).toContainText('已于');
});

test('株洲’s office lists it; 长沙’s office sees its recognition used in 株洲', async ({ page }) => {
  const zhuzhou = region.baseUrl[ZHUZHOU]!;
  await signInAt(page, zhuzhou, 'officer', DEMO_PASSWORD);
  await page.goto(`${zhuzhou}/office/mutual-recognitions`);
  await expect(page.getByRole('heading', { name: '资格互认' })).toBeVisible();
  const incoming = page.getByTestId('mutual-incoming');
  await expect(incoming).toContainText(PERSON.name);
  await expect(incoming).toContainText('长沙市');
  await page.getByTestId('mutual-recheck').click();
  await expect(page.getByText(/已核验 \d+ 项，终止 0 项/)).toBeVisible();
  await shot(page, 'mutual-recognition-office-incoming');

  const changsha = region.baseUrl[CHANGSHA]!;
  await signInAt(page, changsha, 'officer', DEMO_PASSWORD);
  await page.goto(`${changsha}/office/mutual-recognitions`);
  const used = page.getByTestId('mutual-used-elsewhere');
  await expect(used).toContainText('株洲市');
  await expect(used).toContainText(PERSON.name);
  await shot(page, 'mutual-recognition-office-used-elsewhere');
});
