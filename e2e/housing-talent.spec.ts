/**
 * 人才公寓, the talents' side of a round: two recognised talents (tier D and tier E, granted through
 * the real recognition flow) apply for the same scarce two-bedroom flat. The tier-E talent picks
 * two unit types in order on the screen; after the office's draw they see their lottery number
 * (which they can recompute with SHA-256), their place, why they did not get their first choice
 * (the cutoff) and what they got, and accept the offer; the tier-D talent refuses theirs.
 */
import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { chooseOption, DEMO, originHeaders, setServerClock, shot, signIn, TEST_PASSWORD, uniqueTag } from './support/fixtures';
import { confirmDepartmentFactsApi, recogniseTalentsApi } from './support/recognition';

async function postOk(page: Page, baseURL: string | undefined, url: string, data: object = {}) {
  const res = await page.request.post(url, { data, headers: originHeaders(baseURL) });
  expect(res.status(), await res.text()).toBeLessThan(300);
  return res.json();
}

const later = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3600_000).toISOString();

test.afterEach(async () => {
  await setServerClock(null);
});

test('talents apply with ordered choices, see their lottery number, place and why, and accept or refuse the offer', async ({ page, baseURL }) => {
  const tag = uniqueTag().slice(-6);
  const project = `HT${tag}`;
  const round = `RT${tag}`;
  const projectName = `湘江人才公寓${tag}`;
  const employed = { arrivalDate: '2024-03-01', socialInsuranceMonths: 24, graduationDate: '2020-06-30' };
  const { talents, serverNow } = await recogniseTalentsApi(page, baseURL, [
    { name: `博士${tag}`, profile: { ...employed, highestDegree: 'doctorate', schoolTier: 'double_first_class' } },
    { name: `硕士${tag}`, profile: { ...employed, highestDegree: 'master', birthDate: '1996-04-02' } },
  ]);
  const [doctor, master] = talents as [(typeof talents)[0], (typeof talents)[0]];
  // 不动产登记 confirms neither owns a home in the city (the policy asks for it on verified facts).
  await confirmDepartmentFactsApi(page, baseURL, 'bdc', [
    { idNumber: doctor.idNumber, facts: { ownsHomeInCity: '否' } },
    { idNumber: master.idNumber, facts: { ownsHomeInCity: '否' } },
  ]);

  // The office: one two-bedroom and one one-bedroom flat, a round over both.
  await postOk(page, baseURL, '/api/v1/housing/projects', { code: project, name: projectName, district: '天元区', kind: 'talent_apartment' });
  const unit = (code: string, layout: string, rentFen: number) => ({ projectCode: project, building: '1栋', code, layout, areaM2: 60, rentFen });
  await postOk(page, baseURL, '/api/v1/housing/units', {
    units: [unit(`${project}-201`, 'two_bedroom', 180000), unit(`${project}-101`, 'one_bedroom', 120000)],
  });
  const twoBedroom = `${project}/two_bedroom`;
  const oneBedroom = `${project}/one_bedroom`;
  await postOk(page, baseURL, '/api/v1/housing/rounds', {
    code: round,
    title: `人才公寓第 ${tag} 批`,
    policyId: 'talent-apartment',
    unitTypes: [twoBedroom, oneBedroom],
  });

  // The tier-D doctor applies for the two-bedroom flat only.
  await signIn(page, baseURL, doctor.mobile, TEST_PASSWORD);
  await postOk(page, baseURL, `/api/v1/housing/rounds/${round}/applications`, { choices: [twoBedroom] });

  // The tier-E master, on the screen: two-bedroom first, one-bedroom second.
  await signIn(page, baseURL, master.mobile, TEST_PASSWORD);
  await page.goto('/housing');
  await expect(page.getByRole('heading', { name: '人才公寓' })).toBeVisible();
  await chooseOption(page, '意向房型（按顺序）', `${projectName} · 两室一厅`);
  await chooseOption(page, '意向房型（按顺序）', `${projectName} · 一室一厅`);
  await page.keyboard.press('Escape');
  const order = page.getByTestId('housing-choice-order').locator('li');
  await expect(order.nth(0)).toContainText('两室一厅');
  await expect(order.nth(1)).toContainText('一室一厅');
  await shot(page, 'housing-talent-choices');
  await page.getByTestId('housing-apply').click();
  await expect(page.getByText('申请号', { exact: true })).toBeVisible();
  const [mine] = (await (await page.request.get('/api/v1/housing/applications/mine')).json()).items as { number: string; roundCode: string }[];
  expect(mine!.roundCode).toBe(round);
  const card = page.getByTestId(`housing-application-${mine!.number}`);
  await expect(card).toContainText(`1. ${projectName} · 两室一厅\u30002. ${projectName} · 一室一厅`);
  await expect(card).toContainText('结果公布后显示');
  await shot(page, 'housing-talent-applied');

  // The office commits to a beacon round an hour ahead, draws once it is public, publishes.
  const seed = 'c0ffee'.repeat(10) + 'beef';
  await signIn(page, baseURL, DEMO.officer);
  await postOk(page, baseURL, `/api/v1/housing/rounds/${round}/commit`, { beacon: 'drand quicknet round 15000001', beaconAt: later(serverNow, 1) });
  await setServerClock(later(serverNow, 2));
  await signIn(page, baseURL, DEMO.officer);
  await postOk(page, baseURL, `/api/v1/housing/rounds/${round}/draw`, { beaconValue: seed });
  await postOk(page, baseURL, `/api/v1/housing/rounds/${round}/publish`);

  // The master's result: the lottery number anyone can recompute, second place behind the tier-D
  // doctor, the two-bedroom flat gone to place 1, the one-bedroom flat offered.
  await signIn(page, baseURL, master.mobile, TEST_PASSWORD);
  await page.goto('/housing');
  const lottery = createHash('sha256').update(`${seed}|${round}|${mine!.number}`, 'utf8').digest('hex');
  await expect(card).toContainText(lottery);
  await expect(card).toContainText('第 2 位（共 2 人）');
  await expect(card).toContainText(`配租 ${project}-101（${projectName} · 一室一厅）`);
  const why = card.getByTestId('housing-why').locator('tbody tr');
  await expect(why.nth(0)).toContainText('该房型最后一套配给第 1 位，您排第 2 位');
  await expect(why.nth(1)).toContainText(`${project}-101`);
  await expect(card).toContainText(`printf '%s' '${seed}|${round}|${mine!.number}' | sha256sum`);
  const cutoffs = page.getByTestId(`housing-cutoffs-${round}`).locator('tbody tr');
  await expect(cutoffs.filter({ hasText: '两室一厅' })).toContainText('1 / 1');
  await expect(cutoffs.filter({ hasText: '两室一厅' })).toContainText('第 1 位（D）');
  await expect(cutoffs.filter({ hasText: '一室一厅' })).toContainText('第 2 位（E）');
  const offer = page
    .getByTestId('housing-offers')
    .locator('tbody tr')
    .filter({ hasText: `${project}-101` });
  await expect(offer).toContainText('待确认');
  await shot(page, 'housing-talent-result');

  // Accepting asks first, naming the rent; the lease then waits for move-in.
  await page.getByTestId(`housing-accept-${project}-101`).click();
  await expect(page.locator('.ant-modal-confirm')).toContainText('1,200 元/月');
  await page
    .locator('.ant-modal-confirm')
    .getByRole('button', { name: /^接\s?受$/ })
    .click();
  await expect(offer).toContainText('已接受');
  await expect(offer).toContainText('待入住');
  await shot(page, 'housing-talent-accepted');

  // The doctor refuses the two-bedroom flat: the offer closes and nothing more is asked of them.
  await signIn(page, baseURL, doctor.mobile, TEST_PASSWORD);
  await page.goto('/housing');
  const theirs = page
    .getByTestId('housing-offers')
    .locator('tbody tr')
    .filter({ hasText: `${project}-201` });
  await expect(theirs).toContainText('待确认');
  await page.getByTestId(`housing-refuse-${project}-201`).click();
  await expect(page.locator('.ant-modal-confirm')).toContainText(`放弃 ${project}-201？`);
  await shot(page, 'housing-talent-refuse-confirm');
  await page
    .locator('.ant-modal-confirm')
    .getByRole('button', { name: /^放\s?弃$/ })
    .click();
  await expect(theirs).toContainText('已放弃');
  await expect(page.getByTestId(`housing-refuse-${project}-201`)).toHaveCount(0);
  await shot(page, 'housing-talent-refused');
});
