/**
 * Shared helpers of the browser tests: demo accounts, generators of valid Chinese
 * identifiers, sign-in through the real API, and screenshots for review.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { expectAccessible } from './accessibility';
import { CREDIT_CODE_CHARSET, makeCreditCode } from '@bole/contracts';
import { idNumberCheckChar } from '../../apps/web/src/shared/lib/id-number';

/** Password of every demo account seeded on first start. */
export const DEMO_PASSWORD = 'Bole@2026';

/** Demo accounts seeded on first start. */
export const DEMO = {
  talent: '13800000001',
  employer: '91430200MA4L12345F',
  reviewer: 'reviewer',
  officer: 'officer',
  officer2: 'officer2',
  concierge: 'concierge',
  auditor: 'auditor',
  admin: 'admin',
} as const;

/** Password used for accounts the tests register. */
export const TEST_PASSWORD = 'Test1234a';

// Identifiers drawn by this worker: a sequence starting from the clock's seconds, with the worker's
// index in front, so neither another worker nor an earlier run against the same server (which
// registered fewer accounts than seconds have passed since) can draw the same one. No randomness.
const worker = Number(process.env.TEST_WORKER_INDEX ?? 0) % 10;
let sequence = Math.floor(Date.now() / 1000) % 10_000_000;
function nextSequence(): number {
  sequence = (sequence + 1) % 10_000_000;
  return sequence;
}

/** A mainland mobile number nobody else in this run, or an earlier run on the same server, uses. */
export function uniqueMobile(): string {
  return `139${worker}${String(nextSequence()).padStart(7, '0')}`;
}

/** A short unique suffix for names. */
export function uniqueTag(): string {
  return `${worker}${nextSequence().toString(36)}`;
}

/** A valid unified social credit code (GB 32100) in the demo city's division 430200, never drawn twice. */
export function validCreditCode(): string {
  return makeCreditCode('430200', worker * 10_000_000 + nextSequence());
}

/** Breaks a valid code's check character. */
export function withWrongCheckChar(code: string): string {
  const last = code[code.length - 1];
  const wrong = CREDIT_CODE_CHARSET.split('').find((c) => c !== last)!;
  return code.slice(0, -1) + wrong;
}

const idSequenceBase = (sequence * 7 + worker * 50) % 500;
let idSequence = 0;

/** A valid ID number (GB 11643) from 天元区 for a birth date and gender. */
export function validIdNumber(birthDate: string, gender: 'male' | 'female' = 'male'): string {
  // The order code's last digit is odd for men. Numbers drawn by one test worker differ (500 per
  // birth date and gender), so a test never collides with an earlier one on the same server.
  const seq = ((idSequenceBase + idSequence++) % 500) * 2 + (gender === 'male' ? 1 : 0);
  const first17 = `430211${birthDate.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

/** Origin header for API calls made outside the page (the server checks it on writes). */
export function originHeaders(baseURL: string | undefined): Record<string, string> {
  return baseURL ? { Origin: baseURL } : {};
}

/**
 * Moves the server's clock to `iso` (null: back to the wall clock) through the offset file the
 * test server reads (BOLE_CLOCK_OFFSET_FILE, refused in production), then waits for it to apply.
 */
export async function setServerClock(iso: string | null): Promise<void> {
  const dir = process.env.BOLE_E2E_DATA_DIR;
  if (!dir) throw new Error('BOLE_E2E_DATA_DIR is not set');
  writeFileSync(join(dir, 'clock-offset'), iso === null ? '0' : String(Date.parse(iso) - Date.now()));
  await new Promise((r) => setTimeout(r, 300));
}

/** Signs the page's browser context in through the API (shares the context's cookies). */
export async function signIn(page: Page, baseURL: string | undefined, login: string, password = DEMO_PASSWORD): Promise<void> {
  const res = await page.request.post('/api/v1/auth/login', { data: { login, password }, headers: originHeaders(baseURL) });
  expect(res.status(), await res.text()).toBe(200);
}

/** Registers a talent through the API in the given request context (signed in afterwards). */
export async function registerTalentApi(request: APIRequestContext, baseURL: string | undefined, name: string, mobile = uniqueMobile()) {
  const res = await request.post('/api/v1/auth/register/talent', {
    data: { mobile, name, password: TEST_PASSWORD },
    headers: originHeaders(baseURL),
  });
  expect(res.status(), await res.text()).toBe(201);
  return { mobile };
}

/** The date `offsetDays` from today in the demo city (Asia/Shanghai), as YYYY-MM-DD. */
export function shanghaiDate(offsetDays = 0): string {
  return new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Registers a talent through the API (signed in afterwards, as with registerTalentApi) and saves
 * a profile with a fresh ID number, employed by the first employer of the city; `profile` adds
 * or overrides fields. A test that changes a talent's state uses one of these, never the demo
 * talent, so it can run any number of times against the same server.
 */
export async function registerTalentWithProfileApi(
  request: APIRequestContext,
  baseURL: string | undefined,
  name: string,
  profile: Record<string, unknown>,
): Promise<{ mobile: string; talentId: string; idNumber: string }> {
  const { mobile } = await registerTalentApi(request, baseURL, name);
  const employers = (await (await request.get('/api/v1/employers/options?q=')).json()) as { id: string }[];
  expect(employers.length).toBeGreaterThan(0);
  const birthDate = String(profile.birthDate ?? '1990-05-12');
  const gender = profile.gender === 'female' ? 'female' : 'male';
  const idNumber = validIdNumber(birthDate, gender);
  const put = await request.put('/api/v1/talents/me', {
    headers: originHeaders(baseURL),
    data: { name, gender, idNumber, birthDate, district: '天元区', employerId: employers[0]!.id, ...profile },
  });
  expect(put.status(), await put.text()).toBe(200);
  return { mobile, talentId: (await put.json()).id as string, idNumber };
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** Uploads a small PDF of evidence of `kind` for the signed-in account (distinct per `tag`); returns its id. */
export async function uploadEvidenceApi(request: APIRequestContext, baseURL: string | undefined, kind: string, tag: string): Promise<string> {
  const res = await request.post(`/api/v1/evidence?kind=${kind}`, {
    headers: originHeaders(baseURL),
    multipart: { file: { name: `${kind}-${tag}.pdf`, mimeType: 'application/pdf', buffer: Buffer.concat([PDF, Buffer.from(`${kind}${tag}`)]) } },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).id as string;
}

/**
 * Saves a screenshot for human review under test-results/screenshots, after checking the screen
 * with axe-core: any serious or critical WCAG 2.1 AA violation fails the test (see accessibility.ts).
 */
export async function shot(page: Page, name: string): Promise<void> {
  await expectAccessible(page, name);
  mkdirSync('test-results/screenshots', { recursive: true });
  // Full page, with the sticky save bar put back in the flow so it does not float mid-image.
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true, style: '.save-bar { position: static !important; }' });
}

/** Picks an option of an antd Select found by its form label. */
export async function chooseOption(page: Page, label: string | RegExp, option: string, search?: string): Promise<void> {
  const input = page.getByLabel(label, { exact: typeof label === 'string' });
  const select = page.locator('.ant-select').filter({ has: input });
  // Open it mid-screen, as a person would: near the bottom edge the list opens off-screen and
  // scrolling to reach an option moves the list under the pointer.
  await input.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await input.click();
  if (search !== undefined) await input.fill(search);
  // The list is placed (and flipped above the field near the page's end) before it leaves its
  // appear state; the browser asks for reduced motion, so that takes a frame, not an animation.
  const list = page.locator('.ant-select-dropdown:visible:not([class*="-appear"])');
  await list.getByTitle(option, { exact: true }).first().click();
  await expect(select).toContainText(option);
}

/** Types a date into an antd DatePicker found by its label and confirms it. */
export async function fillDate(page: Page, label: string, date: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

/** Waits for the "saved" toast with the given text (earlier toasts may still be fading out). */
export async function expectSaved(page: Page, text: string): Promise<void> {
  await expect(page.locator('.saved-message').filter({ hasText: text }).last()).toBeVisible();
}

/** Signs out with the header's 退出登录 button and waits for the sign-in page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('logout').click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByTestId('signed-out')).toBeVisible();
}

/**
 * Registers (and signs in) a doctor who joined the demo employer — an above-scale enterprise —
 * `arrivedDaysAgo` days ago with `socialInsuranceMonths` of insurance: tier D, so 企业引才奖励 is
 * earned, and from 6 months of insurance on the settling-in allowance too.
 */
export async function registerDoctorAtDemoEmployerApi(
  page: Page,
  baseURL: string | undefined,
  name: string,
  arrivedDaysAgo: number,
  socialInsuranceMonths: number,
): Promise<void> {
  await signIn(page, baseURL, DEMO.talent); // the employer picker is for signed-in users
  const res = await page.request.get(`/api/v1/employers/options?q=${encodeURIComponent('株洲伯乐轨道')}`);
  const [demoEmployer] = (await res.json()) as { id: string }[];
  await registerTalentWithProfileApi(page.request, baseURL, name, {
    birthDate: '1992-03-10',
    highestDegree: 'doctorate',
    graduationDate: shanghaiDate(-400),
    schoolTier: 'double_first_class',
    employerId: demoEmployer!.id,
    arrivalDate: shanghaiDate(-arrivedDaysAgo),
    socialInsuranceMonths,
    hukouInCity: false,
  });
}

async function postOk(page: Page, baseURL: string | undefined, url: string, data: object = {}) {
  const res = await page.request.post(url, { data, headers: originHeaders(baseURL) });
  expect(res.status(), await res.text()).toBeLessThan(300);
  return res.json();
}

/** A doctor from a 双一流 university, in the city since 2018 with 60 months of social insurance: recognised as tier D. */
export const CITY_DOCTOR = {
  highestDegree: 'doctorate',
  graduationDate: '2016-06-30',
  schoolTier: 'double_first_class',
  arrivalDate: '2018-08-01',
  socialInsuranceMonths: 60,
} as const;

/**
 * A talent holding a talent code, through the API: a doctor with a profile and evidence requests
 * recognition, 人社局 and 人才办 approve, and the office grants it after the notice — the
 * server's clock is moved to the day after (reset it with `setServerClock(null)` after the test).
 * Ends signed in as the talent.
 */
export async function recognisedTalentApi(page: Page, baseURL: string | undefined, name: string): Promise<{ mobile: string }> {
  const { mobile } = await registerTalentWithProfileApi(page.request, baseURL, name, CITY_DOCTOR);
  for (const kind of ['degree_certificate', 'employment_contract', 'social_insurance_record']) await uploadEvidenceApi(page.request, baseURL, kind, name);
  const { id } = await postOk(page, baseURL, '/api/v1/recognitions');
  await postOk(page, baseURL, `/api/v1/recognitions/${id}/submit`);
  await signIn(page, baseURL, DEMO.reviewer);
  await postOk(page, baseURL, `/api/v1/recognitions/${id}/hr-decision`, { decision: 'approve', employmentVerified: true, socialInsuranceMonthsVerified: 60 });
  await signIn(page, baseURL, DEMO.officer);
  const approved = await postOk(page, baseURL, `/api/v1/recognitions/${id}/office-decision`, { decision: 'approve' });
  const after = new Date(`${approved.noticeEndsOn as string}T00:00:00Z`);
  after.setUTCDate(after.getUTCDate() + 1);
  await setServerClock(`${after.toISOString().slice(0, 10)}T02:00:00Z`);
  await signIn(page, baseURL, DEMO.officer);
  await postOk(page, baseURL, '/api/v1/recognitions/finalize');
  await signIn(page, baseURL, mobile, TEST_PASSWORD);
  return { mobile };
}
