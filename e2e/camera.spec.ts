/**
 * Scanning a talent code with the camera: Chromium's fake camera shows a real talent code's QR
 * (support/fake-camera.ts) and the code is read in the page — on the public verification page,
 * in 外市人才互认 and in the employer's 柔性引才 form. Without camera permission the page says so
 * and the text field still works.
 */
import { expect } from '@playwright/test';
import { cameraTest as test, showToCamera } from './support/fake-camera';
import { DEMO, DEMO_PASSWORD, recognisedTalentApi, setServerClock, shot, signIn, TEST_PASSWORD, uniqueTag } from './support/fixtures';

test.describe.configure({ mode: 'serial' });
test.afterAll(async () => setServerClock(null));

let code = '';
let talent = '';

test('a visitor scans a talent code with the camera and sees it verified', async ({ page, baseURL, browser }) => {
  const name = `扫码核验${uniqueTag()}`;
  ({ mobile: talent } = await recognisedTalentApi(page, baseURL, name));
  code = (await (await page.request.get('/api/v1/talent-code/me')).json()).code as string;
  showToCamera(code);

  const visitor = await (await browser.newContext({ baseURL })).newPage();
  await visitor.goto('/verify');
  // The page is drawn (its heading and the scanner's button) before it is looked at.
  await expect(visitor.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(visitor.getByTestId('qr-scanner-start')).toBeVisible();
  await shot(visitor, 'camera-verify-ready');
  await visitor.getByTestId('qr-scanner-start').click();
  await expect(visitor.getByTestId('verify-status')).toHaveText('有效');
  // The holder's name masked, the issuing city named.
  await expect(visitor.getByTestId('verify-result')).toContainText(`${name[0]}****`);
  await expect(visitor.getByTestId('verify-result')).toContainText('株洲市');
  await expect(visitor.getByTestId('verify-input')).toHaveValue(code);
  // The camera is released once the code is read.
  await expect(visitor.getByTestId('qr-scanner-video')).toBeHidden();
  await shot(visitor, 'camera-verify-scanned');
  await visitor.context().close();
});

test('the scanned code fills 外市人才互认 and the employer’s 柔性引才 form', async ({ page, baseURL }) => {
  // The talent's own page for another city's code: the scan is checked at once.
  await signIn(page, baseURL, talent, TEST_PASSWORD);
  await page.goto('/me/mutual-recognition');
  await page.getByTestId('qr-scanner-start').click();
  await expect(page.getByTestId('mutual-credential')).toHaveValue(code);
  await expect(page.getByTestId('mutual-error').or(page.getByTestId('mutual-preview'))).toBeVisible();
  await shot(page, 'camera-mutual-recognition-scanned');

  await signIn(page, baseURL, DEMO.employer, DEMO_PASSWORD);
  await page.goto('/employer/engagements');
  await page.getByTestId('engagement-scanner-start').click();
  await expect(page.getByTestId('engagement-code')).toHaveValue(code);
  await shot(page, 'camera-engagement-scanned');
});

test('without camera permission the page says so and the pasted code still verifies', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  await context.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
  });
  const page = await context.newPage();
  await page.goto('/verify');
  await page.getByTestId('qr-scanner-start').click();
  await expect(page.getByTestId('qr-scanner-error')).toContainText('摄像头权限被拒绝');
  await expect(page.getByTestId('qr-scanner-error')).toContainText('请在下方粘贴扫码得到的文本');
  await shot(page, 'camera-verify-denied');
  await page.getByTestId('verify-input').fill(code);
  await page.getByTestId('verify-submit').click();
  await expect(page.getByTestId('verify-status')).toHaveText('有效');
  await context.close();
});
