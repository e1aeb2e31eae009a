/**
 * 长株潭 on one machine: `npm run region` (scripts/region.mjs) starts 株洲, 长沙 and 湘潭 as three
 * real server processes on their own databases, data keys and city data. The test starts and
 * stops the launcher itself (ports 5420–5423) and talks to the instances over HTTP only.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { chooseOption, DEMO, DEMO_PASSWORD, shot, TEST_PASSWORD, validIdNumber } from './support/fixtures';
import { CHANGSHA, startRegion, XIANGTAN, ZHUZHOU, type Region } from './support/region';
import { recogniseTalent, registerAt, signedIn, type Person, type RecognisedTalent } from './support/region-recognition';

let region: Region;
/** A doctor recognised in 株洲 who moves on to 长沙; their code travels in the steps below. */
const MOVER: Person = { name: '株洲认定人', idNumber: validIdNumber('1988-05-12', 'male') };
let zhuzhouTalent: RecognisedTalent;
/** The mover's talent id at 长沙, where they registered after moving. */
let moverAtChangsha: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  // Three first starts (株洲 seeds its demo city) on a small machine.
  test.setTimeout(420_000);
  region = await startRegion({ refreshSeconds: 5, timeoutMs: 400_000 });
});
test.afterAll(async () => {
  await region?.stop();
});

/** Signs a request context in at an instance (its own Origin, as the server checks on writes). */
async function signInAt(request: APIRequestContext, baseUrl: string, login: string, password = DEMO_PASSWORD) {
  const res = await request.post(`${baseUrl}/api/v1/auth/login`, { data: { login, password }, headers: { Origin: baseUrl } });
  expect(res.status(), await res.text()).toBe(200);
}

test.describe('the 长株潭 region on one machine', () => {
  test('three instances, each serving its own city with its own demo talent', async ({ playwright }) => {
    const expected = { [ZHUZHOU]: '株洲市', [CHANGSHA]: '长沙市', [XIANGTAN]: '湘潭市' };
    for (const [adminCode, name] of Object.entries(expected)) {
      const base = region.baseUrl[adminCode]!;
      const api = await playwright.request.newContext();
      const city = await (await api.get(`${base}/api/v1/city`)).json();
      expect(city.adminCode).toBe(adminCode);
      expect(city.name.zh).toBe(name);
      await signInAt(api, base, DEMO.talent);
      const me = await (await api.get(`${base}/api/v1/auth/me`)).json();
      expect(me.role).toBe('talent');
      await api.dispose();
    }
    // 长沙's districts are its own: no 株洲 district reaches it.
    const changsha = await (await fetch(`${region.baseUrl[CHANGSHA]}/api/v1/city`)).json();
    expect(changsha.districts.map((d: { adminCode: string }) => d.adminCode.slice(0, 4))).toEqual(Array(9).fill('4301'));
  });

  test('长沙’s demo talent sees 长沙’s own profile and footer', async ({ browser }) => {
    const base = region.baseUrl[CHANGSHA]!;
    const context = await browser.newContext({ baseURL: base, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', reducedMotion: 'reduce' });
    const page = await context.newPage();
    await signInAt(page.request, base, DEMO.talent);
    await page.goto('/profile');
    await expect(page.getByRole('heading', { name: '我的档案' })).toBeVisible();
    await expect(page.getByLabel('姓名')).toHaveValue('长沙演示人才');
    await expect(page.getByTestId('operator-line')).toContainText('长沙市人才工作领导小组办公室');
    await shot(page, 'region-changsha-profile');
    await context.close();
  });

  test('each instance holds the committee’s signed trust list naming the three members', async () => {
    const versions = new Set<number>();
    for (const adminCode of [ZHUZHOU, CHANGSHA, XIANGTAN]) {
      const view = await (await fetch(`${region.baseUrl[adminCode]}/api/v1/region/trust-list`)).json();
      expect(view.enabled).toBe(true);
      expect(view.selfAdminCode).toBe(adminCode);
      expect(view.list.members.map((m: { adminCode: string }) => m.adminCode).sort()).toEqual([CHANGSHA, ZHUZHOU, XIANGTAN]);
      // Each member is listed with the key its own instance publishes.
      const member = view.list.members.find((m: { adminCode: string }) => m.adminCode === adminCode);
      const published = await (await fetch(`${region.baseUrl[adminCode]}/.well-known/jwks.json`)).json();
      expect(member.keys.map((k: { kid: string }) => k.kid)).toEqual(published.keys.map((k: { kid: string }) => k.kid));
      versions.add(view.list.version);
    }
    expect(versions.size).toBe(1);
  });

  test('a 株洲 talent recognised in 株洲 holds a talent code 株洲 verifies', async ({ playwright }) => {
    zhuzhouTalent = await recogniseTalent(playwright, region, ZHUZHOU, MOVER);
    const res = await fetch(`${region.baseUrl[ZHUZHOU]}/api/v1/talent-code/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: zhuzhouTalent.code }),
    });
    const verdict = await res.json();
    expect(verdict.status).toBe('valid');
    expect(verdict.claims.tier).toBe(zhuzhouTalent.tier);
  });

  test('a 株洲 talent’s code is verified at 长沙 and at 湘潭 against the trust list', async ({ playwright }) => {
    for (const adminCode of [CHANGSHA, XIANGTAN]) {
      const { api, talentId } = await registerAt(playwright, region.baseUrl[adminCode]!, MOVER);
      if (adminCode === CHANGSHA) moverAtChangsha = talentId;
      const res = await api.post('/api/v1/mutual-recognitions/preview', { data: { credential: zhuzhouTalent.code } });
      expect(res.status(), await res.text()).toBe(200);
      const preview = await res.json();
      expect(preview.source.adminCode).toBe(ZHUZHOU);
      expect(preview.source.tier).toBe(zhuzhouTalent.tier);
      expect(preview.localTier).toBe(zhuzhouTalent.tier);
      await api.dispose();
    }
  });

  test('a facts request is refused without consent and answered with it; both message logs agree', async ({ playwright }) => {
    const changshaOfficer = await signedIn(playwright, region.baseUrl[CHANGSHA]!, 'officer');
    const ask = () =>
      changshaOfficer.post('/api/v1/region/fact-requests', {
        data: { talentId: moverAtChangsha, from: ZHUZHOU, facts: ['socialInsuranceMonths'], purpose: 'talent_services' },
      });
    const refused = await ask();
    expect(refused.status(), await refused.text()).toBe(200);
    expect(await refused.json()).toMatchObject({ outcome: 'refused', reason: 'no_consent' });

    // The talent, at 株洲, lets 长沙 have their insurance months.
    const talent = await signedIn(playwright, region.baseUrl[ZHUZHOU]!, zhuzhouTalent.mobile, TEST_PASSWORD);
    const until = `${new Date().getUTCFullYear() + 1}-06-30`;
    const consent = await talent.post('/api/v1/me/consents', {
      data: { recipient: CHANGSHA, facts: ['socialInsuranceMonths'], purpose: 'talent_services', until },
    });
    expect(consent.status(), await consent.text()).toBe(201);
    const answered = await ask();
    expect(answered.status(), await answered.text()).toBe(200);
    expect(await answered.json()).toMatchObject({ outcome: 'answered', facts: { socialInsuranceMonths: 36 } });

    // Both sides logged the same signed messages: same ids, same digests.
    const zhuzhouOfficer = await signedIn(playwright, region.baseUrl[ZHUZHOU]!, 'officer');
    type Entry = { direction: string; jti: string; digest: string; kind: string };
    const atChangsha = (await (await changshaOfficer.get(`/api/v1/region/message-log?peer=${ZHUZHOU}`)).json()).items as Entry[];
    const atZhuzhou = (await (await zhuzhouOfficer.get(`/api/v1/region/message-log?peer=${CHANGSHA}`)).json()).items as Entry[];
    const seen = (entries: Entry[]) => entries.map((e) => `${e.kind} ${e.jti} ${e.digest}`).sort();
    expect(atChangsha.filter((e) => e.kind.startsWith('facts.')).length).toBeGreaterThanOrEqual(4);
    expect(seen(atChangsha)).toEqual(seen(atZhuzhou));
    for (const c of [changshaOfficer, zhuzhouOfficer, talent]) await c.dispose();
  });

  test('the offices ask and see the message log on screen; shared facts name the city they hold in', async ({ page }) => {
    const changsha = region.baseUrl[CHANGSHA]!;
    await signInAt(page.request, changsha, 'officer');
    await page.goto(`${changsha}/office/region-exchange`);
    await expect(page.getByRole('heading', { name: '区域信息互通' })).toBeVisible();
    await page.getByTestId('fact-request-talent').fill(moverAtChangsha);
    await chooseOption(page, '查询城市', '株洲市');
    // Months paid in 株洲, not "本市" (which at 长沙 would mean 长沙).
    await page.getByTestId('fact-request-facts').getByText('在株洲市缴纳社保月数').click();
    await chooseOption(page, '用途', '人才服务');
    await page.getByTestId('fact-request-send').click();
    await expect(page.getByTestId('fact-request-outcome')).toContainText('对方已答复');
    await expect(page.getByTestId('fact-request-outcome')).toContainText('在株洲市缴纳社保月数：36');
    const log = page.getByTestId('message-log');
    await expect(log).toContainText('信息查询答复');
    await expect(log).toContainText('株洲市');
    await page.getByTestId('message-log-verify').click();
    await expect(page.getByTestId('message-log-verification')).toContainText('签名和摘要无误');
    await shot(page, 'region-exchange-changsha');

    // 株洲 logged the same request as received, and the talent's consent there names 株洲's months.
    const zhuzhou = region.baseUrl[ZHUZHOU]!;
    await signInAt(page.request, zhuzhou, 'officer');
    await page.goto(`${zhuzhou}/office/region-exchange`);
    await expect(page.getByTestId('message-log')).toContainText('收到');
    await expect(page.getByTestId('message-log')).toContainText('长沙市');
    await shot(page, 'region-exchange-zhuzhou');
    await signInAt(page.request, zhuzhou, zhuzhouTalent.mobile, TEST_PASSWORD);
    await page.goto(`${zhuzhou}/me/consents`);
    await expect(page.getByText('在株洲市缴纳社保月数').first()).toBeVisible();
    await shot(page, 'region-consents-zhuzhou');
  });

  test('a 长沙 recognition is mutually recognised in 株洲, and 长沙 sees it used', async ({ playwright }) => {
    const person: Person = { name: '长沙认定人', idNumber: validIdNumber('1988-05-12', 'male') };
    const changshaTalent = await recogniseTalent(playwright, region, CHANGSHA, person);
    const { api } = await registerAt(playwright, region.baseUrl[ZHUZHOU]!, person);
    const res = await api.post('/api/v1/mutual-recognitions', { data: { credential: changshaTalent.code, consentToNotifySource: true } });
    expect(res.status(), await res.text()).toBe(201);
    const mutual = await res.json();
    expect(mutual.source.adminCode).toBe(CHANGSHA);
    expect(mutual.localTier).toBe(changshaTalent.tier);
    const officer = await signedIn(playwright, region.baseUrl[CHANGSHA]!, 'officer');
    await expect
      .poll(async () => JSON.stringify(await (await officer.get('/api/v1/mutual-recognitions/used-elsewhere')).json()), { timeout: 30_000 })
      .toContain(ZHUZHOU);
    for (const c of [api, officer]) await c.dispose();
  });

  test('a partner instance stopped changes nothing for the others', async ({ playwright }) => {
    await region.stopInstance(XIANGTAN);
    for (const adminCode of [ZHUZHOU, CHANGSHA]) {
      const api = await playwright.request.newContext();
      const health = await api.get(`${region.baseUrl[adminCode]}/api/health`);
      expect(health.status()).toBe(200);
      await signInAt(api, region.baseUrl[adminCode]!, DEMO.talent);
      // The last good trust list stays in force, 湘潭 still on it.
      const view = await (await api.get(`${region.baseUrl[adminCode]}/api/v1/region/trust-list`)).json();
      expect(view.list.members.map((m: { adminCode: string }) => m.adminCode)).toContain(XIANGTAN);
      await api.dispose();
    }
    // 长沙 still verifies 株洲's codes.
    const { api } = await registerAt(playwright, region.baseUrl[CHANGSHA]!, { name: '长沙查验人', idNumber: validIdNumber('1988-05-12', 'male') });
    const res = await api.post('/api/v1/mutual-recognitions/preview', { data: { credential: zhuzhouTalent.code } });
    expect(res.status(), await res.text()).toBe(200);
    expect((await res.json()).source.adminCode).toBe(ZHUZHOU);
    await api.dispose();
  });

  test('a code revoked in 株洲 is refused in 长沙 once its status list refreshes', async ({ playwright }) => {
    const zhuzhou = region.baseUrl[ZHUZHOU]!;
    const verdict = await (
      await fetch(`${zhuzhou}/api/v1/talent-code/verify`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: zhuzhouTalent.code }),
      })
    ).json();
    const officer = await signedIn(playwright, zhuzhou, 'officer');
    const revoke = await officer.post(`/api/v1/talent-code/${encodeURIComponent(verdict.claims.jti)}/revoke`, { data: { reason: '认定依据失效，撤销人才码' } });
    expect(revoke.status(), await revoke.text()).toBe(200);
    const { api } = await registerAt(playwright, region.baseUrl[CHANGSHA]!, { name: '长沙核验员', idNumber: validIdNumber('1988-05-12', 'male') });
    // Within the refresh period (5 s here) plus a fetch, 长沙 refuses it as revoked at the source.
    await expect
      .poll(async () => (await (await api.post('/api/v1/mutual-recognitions/preview', { data: { credential: zhuzhouTalent.code } })).json()).code, {
        timeout: 30_000,
      })
      .toBe('BOLE_MUTUAL_SOURCE_REVOKED');
    for (const c of [api, officer]) await c.dispose();
  });
});
