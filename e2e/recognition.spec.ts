/**
 * The talent journey of recognition (人才分类认定) in a real browser: a talent requests
 * recognition and uploads evidence, 人社局 approves, 人才办 approves, the public notice lists
 * the talent with a masked name and takes an objection, the office dismisses it, the notice
 * ends and the tier is granted, the talent shows the QR code and anyone can verify it.
 *
 * The notice lasts 5 working days; the browser cannot wait a week, so the test moves the
 * server's clock to the day after the notice (a sweep dated in the future is refused in every
 * mode) and puts it back afterwards.
 *
 * A talent may hold one case at a time and keeps a grant for years, so each run registers a
 * talent of its own (a tier-D doctor employed in the city) rather than using the demo talent.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO, originHeaders, registerTalentWithProfileApi, setServerClock, shot, signIn, TEST_PASSWORD, uniqueTag } from './support/fixtures';

const PDF = (tag: string) => ({
  name: `${tag}.pdf`,
  mimeType: 'application/pdf',
  // Two blank pages (a reviewer pages through them); the tag keeps each file distinct.
  buffer: Buffer.from(
    `%PDF-1.4\n% ${tag}\n1 0 obj<< /Type /Catalog /Pages 2 0 R >>endobj\n2 0 obj<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>endobj\n` +
      `3 0 obj<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] >>endobj\n4 0 obj<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] >>endobj\n` +
      `trailer<< /Root 1 0 R >>\n%%EOF\n`,
  ),
});
const EXE = { name: 'diploma.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), Buffer.alloc(256)]) };

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

async function publicPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  return context.newPage();
}

test.describe('人才认定 → 公示 → 人才码', () => {
  test.afterEach(async () => setServerClock(null));

  test('the whole path, with an objection dismissed, ends in a talent code that verifies', async ({ page, browser, baseURL }) => {
    // —— talent: request, upload evidence (a disguised program is refused), submit
    const talentName = `认定人${uniqueTag()}`;
    const { mobile } = await registerTalentWithProfileApi(page.request, baseURL, talentName, {
      highestDegree: 'doctorate',
      graduationDate: '2016-06-30',
      schoolTier: 'double_first_class',
      arrivalDate: '2018-08-01',
      socialInsuranceMonths: 60,
    });
    await page.goto('/profile');
    await page.getByTestId('nav-recognition').click();
    await expect(page).toHaveURL(/\/recognition$/);
    await expect(page.getByRole('heading', { name: '人才认定' })).toBeVisible();
    await page.getByTestId('rec-request').click();
    const current = page.getByTestId('rec-current');
    await expect(current.getByTestId('rec-status')).toHaveText('草稿');
    await expect(current.getByTestId('rec-tier')).toContainText(/[A-E] 类/);

    const items = current.getByTestId('rec-evidence').locator('[data-testid^="evidence-"]');
    const count = await items.count();
    expect(count).toBeGreaterThanOrEqual(2);
    // a program renamed to .pdf
    await items.first().locator('input[type=file]').setInputFiles(EXE);
    await expect(page.locator('.ant-message')).toContainText('仅接受 PDF、JPEG、PNG 文件');
    for (let i = 0; i < count; i++) {
      const item = items.nth(i);
      await item.locator('input[type=file]').setInputFiles(PDF(`evidence-${i}-${Date.now()}`));
      await expect(item.locator('.anticon-check-circle')).toBeVisible();
    }
    await shot(page, 'recognition-talent-evidence');
    await page.getByTestId('rec-submit').click();
    await expect(current.getByTestId('rec-status')).toHaveText('人社局审核中');
    await expect(current.getByTestId('rec-timeline')).toContainText('提交审核');

    const mine = await (await page.request.get('/api/v1/recognitions/mine')).json();
    expect(mine.items).toHaveLength(1);
    const rec = mine.items[0] as { id: string; talentName: string; proposedTier: string };
    expect(rec.talentName).toBe(talentName);

    // —— 人社局 reviewer: queue, checks, approve
    await signIn(page, baseURL, DEMO.reviewer);
    await page.goto('/home');
    await page.getByTestId('nav-recognitionReview').click();
    await expect(page.getByTestId('hr-queue')).toContainText(rec.talentName);
    await page.goto(`/review/recognitions/${rec.id}`);
    await expect(page.getByTestId('rec-facts')).toContainText('档案社保月数');
    // Evidence opens in the page — a PDF paged through and zoomed — and downloads only on request.
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.getByTestId('rec-evidence').locator('[data-testid^="view-evidence-"]').first().click();
    const viewer = page.getByTestId('evidence-viewer');
    await expect(viewer.getByTestId('evidence-pdf-page')).toBeVisible();
    await expect(viewer.getByTestId('evidence-pages')).toHaveText('第 1 / 2 页');
    await viewer.getByRole('button', { name: '下一页' }).click();
    await expect(viewer.getByTestId('evidence-pages')).toHaveText('第 2 / 2 页');
    const before = (await viewer.getByTestId('evidence-pdf-page').boundingBox())!.width;
    await viewer.getByRole('button', { name: '放大' }).click();
    await expect(viewer.getByTestId('evidence-zoom')).toHaveText('125%');
    await expect.poll(async () => (await viewer.getByTestId('evidence-pdf-page').boundingBox())!.width).toBeGreaterThan(before);
    await shot(page, 'recognition-evidence-viewer');
    await expect(viewer.getByTestId('evidence-download')).toBeVisible();
    expect(downloads).toBe(0);
    await page.keyboard.press('Escape');
    // The check says what to verify, and approving without it says what is missing.
    const decision = page.getByTestId('hr-decision');
    await expect(decision).toContainText('核实内容：劳动合同的用人单位为');
    await page.getByTestId('decision-submit').click();
    await expect(decision.locator('.ant-form-item-explain-error')).toHaveText(
      '尚未核实劳动关系：请查看劳动合同，确认用人单位与申报一致、合同在有效期内、社保由该单位缴纳，核实后勾选此项再通过。',
    );
    await page.getByTestId('employment-verified').check();
    await shot(page, 'recognition-hr-decision');
    await page.getByTestId('decision-submit').click();
    await expect(page.getByTestId('decided')).toContainText('人才办审批中');

    // —— 人才办 officer: approve → public notice
    await signIn(page, baseURL, DEMO.officer);
    await page.goto('/home');
    await page.getByTestId('nav-recognitionOffice').click();
    await expect(page.getByTestId('office-office')).toContainText(rec.talentName);
    // the notice length is the office's setting (default 5 working days)
    await expect(page.getByTestId('notice-days')).toHaveValue('5');
    await expect(page.getByTestId('validity-years')).toHaveValue('3');
    await shot(page, 'recognition-office-queue');
    await page.goto(`/office/recognitions/${rec.id}`);
    await page.getByTestId('office-submit').click();
    await expect(page.getByTestId('rec-facts').getByTestId('rec-status')).toHaveText('公示中');
    const notice = (await page.getByTestId('rec-notice').innerText()).split('~').map((s) => s.trim());
    const noticeEnds = notice[1]!;

    // —— the public: the notice with a masked name, and an objection
    const visitor = await publicPage(browser, baseURL);
    await visitor.goto('/notices');
    await expect(visitor.getByRole('heading', { name: '人才认定公示' })).toBeVisible();
    const row = visitor
      .getByTestId('public-notices')
      .locator('tr', { hasText: noticeEnds })
      .filter({ has: visitor.getByTestId(`object-${rec.id}`) });
    await expect(row).toBeVisible();
    await expect(row).not.toContainText(rec.talentName);
    await expect(row).toContainText('*');
    await shot(visitor, 'recognition-public-notice');
    await visitor.getByTestId(`object-${rec.id}`).click();
    await visitor.getByTestId('objection-name').fill('王五');
    await visitor.getByTestId('objection-contact').fill('13700001111');
    await visitor.getByTestId('objection-reason').fill('据了解该人才的学历证书需要核实，请人才办核查。');
    await visitor.getByTestId('objection-send').click();
    await expect(visitor.getByTestId('objection-sent')).toBeVisible();

    // —— officer: dismiss the objection; granting before the notice ends is refused plainly
    await page.reload();
    const objection = page.getByTestId('objection');
    await expect(objection).toContainText('学历证书需要核实');
    // The objector's phone number is masked on the officer's screen.
    await expect(objection).toContainText('137****1111');
    await expect(objection).not.toContainText('13700001111');
    await page.getByTestId('objection-resolution').fill('经核查学历证书真实有效，异议不成立。');
    await page.getByTestId('objection-resolve').click();
    await expect(objection).toContainText('不成立');
    // 办结认定 waits for the notice to end, and says from which day it is possible.
    await expect(page.getByTestId('finalize')).toBeDisabled();
    await expect(page.getByTestId('finalize-from')).toHaveText(`公示期至 ${noticeEnds}，${nextDay(noticeEnds)} 起可办结`);
    await shot(page, 'recognition-office-notice');

    // a sweep dated after the notice is refused while the notice runs
    const early = await page.request.post('/api/v1/recognitions/finalize', { data: { at: nextDay(noticeEnds) }, headers: originHeaders(baseURL) });
    expect(early.status()).toBe(422);
    // the notice ends (the server's clock moves to the next day; sessions idle out); the office's sweep grants
    await setServerClock(`${nextDay(noticeEnds)}T02:00:00Z`);
    await signIn(page, baseURL, DEMO.officer);
    const sweep = await page.request.post('/api/v1/recognitions/finalize', { data: {}, headers: originHeaders(baseURL) });
    expect(sweep.status(), await sweep.text()).toBe(200);
    expect((await sweep.json()).granted).toContain(rec.id);
    await page.reload();
    await expect(page.getByTestId('rec-facts').getByTestId('rec-status')).toHaveText('已认定');
    await expect(page.getByTestId('rec-timeline')).toContainText('认定完成，已签发人才码');

    // —— talent: granted, timeline, QR code
    await signIn(page, baseURL, mobile, TEST_PASSWORD);
    await page.goto('/recognition');
    await expect(page.getByTestId('rec-granted')).toContainText('恭喜');
    const timeline = page.getByTestId('rec-timeline');
    for (const step of ['提出申请', '提交审核', '人社审核通过', '人才办审批通过，进入公示', '收到公示异议', '异议不成立，继续办理', '认定完成，已签发人才码']) {
      await expect(timeline).toContainText(step);
    }
    // In English, who acted is named in English too.
    await page.getByText('English', { exact: true }).click();
    await expect(timeline).toContainText('Talent Office');
    for (const actor of ['人才办', '人社局', '申请人', '公众']) await expect(timeline).not.toContainText(actor);
    await page.getByText('中文', { exact: true }).click();
    // The grant is the newest line of the header's bell (the one inbox), and opens this page.
    await page.getByTestId('notification-bell').click();
    const newest = page.getByTestId('notification-panel').getByTestId('notification-item').first();
    await expect(newest).toContainText(/^人才认定完成，已签发人才码（有效期至 \d{4}-\d{2}-\d{2}）/);
    await newest.click();
    await expect(page.getByTestId('notification-panel')).toBeHidden();
    await expect(page).toHaveURL(/\/recognition$/);
    await expect(page.getByTestId('rec-request')).toHaveCount(0); // a valid grant: no new request
    await shot(page, 'recognition-talent-granted');
    await page.getByTestId('nav-talentCode').click();
    await expect(page.getByTestId('talent-code-qr')).toBeVisible();
    await expect(page.getByTestId('talent-code-tier')).toHaveText(new RegExp(`^${rec.proposedTier} 类`));
    // The issuer by its name, not the instance's URN; the footer names who runs the site.
    await expect(page.getByTestId('code-issuer')).toHaveText('株洲市人才工作领导小组办公室');
    await expect(page.getByTestId('operator-line')).toHaveText('主办单位：株洲市人才工作领导小组办公室 · 服务热线：12345 · 湘ICP备00000000号');
    await shot(page, 'talent-code-mine');
    const code = (await (await page.request.get('/api/v1/talent-code/me')).json()).code as string;

    // —— anyone: verify the code, a forgery and garbage
    await visitor.goto('/verify');
    await visitor.getByTestId('verify-input').fill(code);
    await visitor.getByTestId('verify-submit').click();
    await expect(visitor.getByTestId('verify-status')).toHaveText('有效');
    await expect(visitor.getByTestId('verify-result')).toContainText(`${rec.proposedTier} 类`);
    await shot(visitor, 'talent-code-verify-valid');
    // The QR text (TC1: + Base45 of the signed code) with one character of the signature changed.
    const at = code.length - 5;
    const forged = `${code.slice(0, at)}${code[at] === '0' ? '1' : '0'}${code.slice(at + 1)}`;
    await visitor.getByTestId('verify-input').fill(forged);
    await visitor.getByTestId('verify-submit').click();
    await expect(visitor.getByTestId('verify-status')).toHaveText('伪造（签名无效）');
    await shot(visitor, 'talent-code-verify-forged');
    await visitor.getByTestId('verify-input').fill('not-a-code');
    await visitor.getByTestId('verify-submit').click();
    await expect(visitor.getByTestId('verify-status')).toHaveText('无法识别');
    await visitor.context().close();

    // the talent shows the code on a phone
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/talent-code');
    await expect(page.getByTestId('talent-code-qr')).toBeVisible();
    const box = await page.getByTestId('talent-code-qr').boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await shot(page, 'talent-code-mobile');
  });
});
