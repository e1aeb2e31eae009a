/**
 * 关键小事: a talent files a children's-schooling request and the arrival bundle on one form; the
 * concierge claims the request from the queue, records the first contact, answers and closes it;
 * the talent rates it; the education bureau's head sees an overdue request on the overdue view; a
 * talent attaches files already in their file and the concierge opens them on the request.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  chooseOption,
  DEMO,
  originHeaders,
  registerTalentWithProfileApi,
  setServerClock,
  shot,
  signIn,
  signOut,
  TEST_PASSWORD,
  uniqueTag,
  uploadEvidenceApi,
} from './support/fixtures';

async function fill(page: Page, fields: Record<string, string>) {
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
}

async function step(page: Page, id: string, name: string, fields: Record<string, string> = {}) {
  await page.getByTestId(`service-step-${id}`).click();
  if (id === 'claim') return;
  await fill(page, fields);
  await page.getByTestId('service-step-ok').click();
  await expect(page.locator('.ant-message')).toContainText(`${name}：已完成`);
}

test('a talent files a request and a bundle; the concierge claims, contacts, answers and closes; the talent rates', async ({ page, baseURL }) => {
  const { mobile } = await registerTalentWithProfileApi(page.request, baseURL, '服务测试', { highestDegree: 'bachelor' });
  await page.goto('/services');
  await chooseOption(page, '事项类别', '子女入学');
  await fill(page, { 子女姓名: '李小雨', 子女出生日期: '2019-03-02', 入学学段: '小学一年级', 意向区县: '天元区' });
  await page.getByText('我同意将本表单').click();
  await page.getByTestId('service-file-submit').click();
  await expect(page.getByTestId('my-service-children_schooling')).toContainText('已受理');
  await expect(page.getByTestId('my-service-children_schooling')).toContainText('教育局');

  await page.getByTestId('service-file-mode').getByText('人才落地一件事').click();
  await fill(page, { 随迁人数: '3', 迁出地: '湖南省长沙市', 购房区县: '天元区', 购房需求: '首套住房购房资格' });
  await fill(page, { 子女姓名: '李小雨', 子女出生日期: '2019-03-02', 入学学段: '小学一年级', 意向区县: '天元区' });
  await page.getByText('我同意将本表单').click();
  await page.getByTestId('service-file-submit').click();
  const bundle = page.getByTestId('my-service-case').filter({ hasText: '人才落地一件事' });
  await expect(bundle.getByTestId('my-service-hukou')).toContainText('公安局');
  await expect(bundle.getByTestId('my-service-home_purchase')).toContainText('住建局');
  await shot(page, 'service-desk-talent-cases');
  const [single] = (await (await page.request.get('/api/v1/service-cases/mine')).json()).items.filter((c: { bundle: string | null }) => !c.bundle);
  const id = single.requests[0].id as string;

  await signOut(page);
  await signIn(page, baseURL, DEMO.concierge);
  await page.goto('/service-desk');
  await expect(page.getByTestId('service-queue')).toContainText('服务测试');
  await shot(page, 'service-desk-queue');
  await page.getByTestId(`service-open-${id}`).click();
  await step(page, 'claim', '认领（首接负责）');
  await expect(page.getByTestId(`service-status-${id}`)).toHaveText('已分派');
  await step(page, 'contact', '记录首次联系', { 说明: '已电话联系，了解学区意向' });
  await expect(page.getByTestId(`service-status-${id}`)).toHaveText('办理中');
  await page.getByTestId('service-step-answer').click();
  await chooseOption(page, '办理结果', '已解决');
  await fill(page, { 说明: '已安排天元区实验小学' });
  await page.getByTestId('service-step-ok').click();
  await expect(page.getByTestId(`service-status-${id}`)).toHaveText('已答复');
  await step(page, 'close', '确认办结', { 说明: '办结' });
  await expect(page.getByTestId(`service-status-${id}`)).toHaveText('已办结待回访');
  await expect(page.getByTestId('service-timeline')).toContainText('首次联系');
  await shot(page, 'service-desk-request-closed');

  await signOut(page);
  await signIn(page, baseURL, mobile, TEST_PASSWORD);
  await page.goto('/services');
  const mine = page.getByTestId('my-service-children_schooling').filter({ has: page.getByTestId(`service-status-${id}`) });
  await expect(mine).toContainText('答复：已安排天元区实验小学');
  await mine.getByRole('radio').nth(4).click();
  await expect(mine.getByTestId(`service-status-${id}`)).toHaveText('已评价');
  await shot(page, 'service-desk-talent-rated');
});

test('the department head sees an overdue request of their department on the overdue view', async ({ page, baseURL }) => {
  await registerTalentWithProfileApi(page.request, baseURL, '逾期测试', { highestDegree: 'bachelor' });
  const filed = await page.request.post('/api/v1/service-requests', {
    headers: originHeaders(baseURL),
    data: { category: 'spouse_employment', form: { spouseName: '张丽', spouseOccupation: '会计', preferredDistrict: '天元区' }, consent: true },
  });
  expect(filed.status(), await filed.text()).toBe(201);
  try {
    await setServerClock(new Date(Date.now() + 8 * 86_400_000).toISOString());
    await signIn(page, baseURL, DEMO.reviewer);
    await page.goto('/service-desk');
    const row = page.getByTestId('service-queue').getByRole('row').filter({ hasText: '逾期测试' });
    await expect(row).toContainText('配偶就业');
    await expect(row).toContainText('已逾期');
    await expect(page.getByTestId('concierge-figures')).toContainText('解决率');
    await shot(page, 'service-desk-head-overdue');
  } finally {
    await setServerClock(null);
  }
});

test('a talent attaches files from their file to a request; the concierge opens them on the request', async ({ page, baseURL }) => {
  const tag = uniqueTag();
  await registerTalentWithProfileApi(page.request, baseURL, '材料测试', { highestDegree: 'bachelor' });
  await uploadEvidenceApi(page.request, baseURL, 'degree_certificate', tag);
  await uploadEvidenceApi(page.request, baseURL, 'employment_contract', tag);
  await page.goto('/services');
  await chooseOption(page, '事项类别', '子女入学');
  await fill(page, { 子女姓名: '王小满', 子女出生日期: '2020-09-01', 入学学段: '小学一年级', 意向区县: '天元区' });
  const pick = '随附材料（从我的材料库中选择）';
  await chooseOption(page, pick, `degree_certificate-${tag}.pdf · 学历学位证书`);
  await chooseOption(page, pick, `employment_contract-${tag}.pdf · 劳动合同`);
  await page.keyboard.press('Escape');
  await page.getByText('我同意将本表单及所选材料').click();
  await shot(page, 'service-desk-evidence-picked');
  await page.getByTestId('service-file-submit').click();
  await expect(page.getByTestId('my-service-children_schooling')).toContainText('已受理');
  const [filed] = (await (await page.request.get('/api/v1/service-cases/mine')).json()).items;
  const request = filed.requests[0] as { id: string; evidence: { id: string; fileName: string }[] };
  expect(request.evidence.map((e) => e.fileName)).toEqual([`degree_certificate-${tag}.pdf`, `employment_contract-${tag}.pdf`]);

  await signOut(page);
  await signIn(page, baseURL, DEMO.concierge);
  await page.goto(`/service-desk/${request.id}`);
  const shared = page.getByTestId('service-request-evidence');
  await expect(shared).toContainText(`degree_certificate-${tag}.pdf · 学历学位证书`);
  await expect(shared).toContainText(`employment_contract-${tag}.pdf · 劳动合同`);
  await page.getByTestId(`service-evidence-view-${request.evidence[0]!.id}`).click();
  await expect(page.getByRole('dialog')).toContainText(`degree_certificate-${tag}.pdf`);
  expect((await page.request.get(`/api/v1/evidence/${request.evidence[1]!.id}/file`)).status()).toBe(200);
  await shot(page, 'service-desk-request-evidence');
});
