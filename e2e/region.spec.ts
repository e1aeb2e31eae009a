/**
 * 长株潭 on one machine: `npm run region` (scripts/region.mjs) starts 株洲, 长沙 and 湘潭 as three
 * real server processes on their own databases, data keys and city data. The test starts and
 * stops the launcher itself (ports 5420–5423) and talks to the instances over HTTP only.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, shot } from './support/fixtures';
import { CHANGSHA, startRegion, XIANGTAN, ZHUZHOU, type Region } from './support/region';
import { recogniseTalent, type RecognisedTalent } from './support/region-recognition';

let region: Region;
/** 株洲's recognised talent, whose code travels in the steps below. */
let zhuzhouTalent: RecognisedTalent;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  // Three first starts (株洲 seeds its demo city) on a small machine.
  test.setTimeout(300_000);
  region = await startRegion({ refreshSeconds: 5, timeoutMs: 280_000 });
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
    zhuzhouTalent = await recogniseTalent(playwright, region, ZHUZHOU, '株洲认定人');
    const res = await fetch(`${region.baseUrl[ZHUZHOU]}/api/v1/talent-code/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: zhuzhouTalent.code }),
    });
    const verdict = await res.json();
    expect(verdict.status).toBe('valid');
    expect(verdict.claims.tier).toBe(zhuzhouTalent.tier);
  });

  test('a partner instance stopped changes nothing for the others', async ({ playwright }) => {
    await region.stopInstance(XIANGTAN);
    for (const adminCode of [ZHUZHOU, CHANGSHA]) {
      const api = await playwright.request.newContext();
      const health = await api.get(`${region.baseUrl[adminCode]}/api/health`);
      expect(health.status()).toBe(200);
      await signInAt(api, region.baseUrl[adminCode]!, DEMO.talent);
      await api.dispose();
    }
  });
});
