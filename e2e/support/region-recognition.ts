/**
 * A recognised talent at one instance of the region, through its API only: a new talent asks
 * for recognition with evidence, 人社 and 人才办 approve, the (one working day) public notice
 * ends — every instance's clock moves past it together, so the region agrees on the day — and
 * the office's sweep grants the tier and signs the talent code.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type APIRequestContext, type APIResponse, type PlaywrightWorkerArgs } from '@playwright/test';
import type { CityInfo, Evidence, FinalizeSweepResult, Recognition } from '@bole/contracts';
import { DEMO_PASSWORD, TEST_PASSWORD, uniqueMobile } from './fixtures';
import type { Region } from './region';

type Playwright = PlaywrightWorkerArgs['playwright'];

const PDF = (tag: string) => ({
  name: `${tag}.pdf`,
  mimeType: 'application/pdf',
  buffer: Buffer.from(`%PDF-1.4\n% ${tag}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`),
});

/** A person as every city's profile holds them (the ID number matches them across cities). */
export interface Person {
  name: string;
  idNumber: string;
}

/** The profile of a doctor with three years of insurance, in the instance's first district. */
function doctorProfile(person: Person, district: string) {
  return {
    name: person.name,
    gender: 'male',
    idNumber: person.idNumber,
    birthDate: '1988-05-12',
    highestDegree: 'doctorate',
    graduationDate: '2016-06-30',
    socialInsuranceMonths: 36,
    district,
  };
}

/** Registers `person` at an instance (signed in afterwards) with the doctor's profile; returns the session and talent id. */
export async function registerAt(
  playwright: Playwright,
  baseUrl: string,
  person: Person,
): Promise<{ api: APIRequestContext; mobile: string; talentId: string }> {
  const mobile = uniqueMobile();
  const api = await playwright.request.newContext({ baseURL: baseUrl, extraHTTPHeaders: { Origin: baseUrl } });
  await ok(await api.post('/api/v1/auth/register/talent', { data: { mobile, name: person.name, password: TEST_PASSWORD } }), 201);
  const city = await ok<CityInfo>(await api.get('/api/v1/city'));
  const saved = await ok<{ id: string }>(await api.put('/api/v1/talents/me', { data: doctorProfile(person, city.districts[0]!.code) }));
  return { api, mobile, talentId: saved.id };
}

/** A recognised talent: how to sign in, the case and the signed talent code. */
export interface RecognisedTalent {
  talentId: string;
  mobile: string;
  recognitionId: string;
  tier: string;
  code: string;
}

/** A request context signed in at `baseUrl` (writes carry its Origin). */
export async function signedIn(playwright: Playwright, baseUrl: string, login: string, password = DEMO_PASSWORD): Promise<APIRequestContext> {
  const api = await playwright.request.newContext({ baseURL: baseUrl, extraHTTPHeaders: { Origin: baseUrl } });
  const res = await api.post('/api/v1/auth/login', { data: { login, password } });
  expect(res.status(), await res.text()).toBe(200);
  return api;
}

/** The body of an answer that must have `status`. */
async function ok<T>(res: APIResponse, status = 200): Promise<T> {
  expect(res.status(), `${res.url()}: ${await res.text()}`).toBe(status);
  return (await res.json()) as T;
}

/** Moves every running instance's clock to `iso` (their BOLE_CLOCK_OFFSET_FILE), so the region shares one date. */
export async function setRegionClock(region: Region, iso: string): Promise<void> {
  const offset = String(Date.parse(iso) - Date.now());
  for (const city of ['zhuzhou', 'changsha', 'xiangtan']) writeFileSync(join(region.dir, city, 'clock-offset'), offset);
  await new Promise((r) => setTimeout(r, 300));
}

/** Registers `person` (a doctor) at `adminCode`'s instance and takes them through recognition to a talent code. */
export async function recogniseTalent(playwright: Playwright, region: Region, adminCode: string, person: Person): Promise<RecognisedTalent> {
  const base = region.baseUrl[adminCode]!;
  const { api: talent, mobile, talentId } = await registerAt(playwright, base, person);
  const rec = await ok<Recognition>(await talent.post('/api/v1/recognitions', { data: {} }), 201);
  for (const kind of rec.missingEvidence) {
    const file = await ok<Evidence>(await talent.post(`/api/v1/evidence?kind=${kind}`, { multipart: { file: PDF(`${kind}-${mobile}`) } }), 201);
    await ok(await talent.post(`/api/v1/recognitions/${rec.id}/evidence`, { data: { evidenceId: file.id } }));
  }
  await ok(await talent.post(`/api/v1/recognitions/${rec.id}/submit`, { data: {} }));

  const reviewer = await signedIn(playwright, base, 'reviewer');
  await ok(
    await reviewer.post(`/api/v1/recognitions/${rec.id}/hr-decision`, {
      data: { decision: 'approve', employmentVerified: true, socialInsuranceMonthsVerified: rec.socialInsuranceMonths ?? 0 },
    }),
  );
  const officer = await signedIn(playwright, base, 'officer');
  await ok(await officer.put('/api/v1/recognitions/settings', { data: { noticeWorkingDays: 1, validityYears: 3 } }));
  await ok(await officer.post(`/api/v1/recognitions/${rec.id}/office-decision`, { data: { decision: 'approve' } }));
  const onNotice = await ok<Recognition>(await officer.get(`/api/v1/recognitions/${rec.id}`));

  // The notice ends; sessions idle out over the days that pass, so everyone signs in again.
  const after = new Date(`${onNotice.noticeEndsOn}T00:00:00Z`);
  after.setUTCDate(after.getUTCDate() + 1);
  await setRegionClock(region, `${after.toISOString().slice(0, 10)}T02:00:00Z`);
  const office = await signedIn(playwright, base, 'officer');
  const sweep = await ok<FinalizeSweepResult>(await office.post('/api/v1/recognitions/finalize', { data: {} }));
  expect(sweep.granted).toContain(rec.id);
  const again = await signedIn(playwright, base, mobile, TEST_PASSWORD);
  const { code } = await ok<{ code: string }>(await again.get('/api/v1/talent-code/me'));
  for (const c of [talent, reviewer, officer, office, again]) await c.dispose();
  return { talentId, mobile, recognitionId: rec.id, tier: onNotice.proposedTier, code };
}
