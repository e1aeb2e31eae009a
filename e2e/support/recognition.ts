/**
 * Talents with a granted tier, made the way the city makes them — through the real API: each
 * registers with a profile and uploads the evidence, requests recognition, 人社局 approves
 * (confirming the employment), 人才办 approves, the public notice runs out (the server's clock is
 * moved past its end) and the office's sweep grants the tier. A spec using this resets the clock
 * with `setServerClock(null)` after each test.
 */
import { expect, type Page } from '@playwright/test';
import { DEMO, originHeaders, registerTalentWithProfileApi, setServerClock, signIn, uploadEvidenceApi } from './fixtures';

/** A talent to recognise: name and profile (as for registerTalentWithProfileApi). */
export interface TalentToRecognise {
  name: string;
  profile: Record<string, unknown>;
}

/** A recognised talent: how to sign in as them and who they are. */
export interface RecognisedTalent {
  name: string;
  mobile: string;
  talentId: string;
  idNumber: string;
}

async function postOk(page: Page, baseURL: string | undefined, url: string, data: object = {}) {
  const res = await page.request.post(url, { data, headers: originHeaders(baseURL) });
  expect(res.status(), await res.text()).toBeLessThan(300);
  return res.json();
}

/**
 * Registers the talents and carries each one's recognition through to the grant; the page ends
 * signed in as the office. Returns the talents and the server's moved clock (ISO instant, 10:00
 * in the city on the day after the last notice ends), from which a test keeps counting time.
 */
export async function recogniseTalentsApi(
  page: Page,
  baseURL: string | undefined,
  talents: TalentToRecognise[],
): Promise<{ talents: RecognisedTalent[]; serverNow: string }> {
  const made: (RecognisedTalent & { recognitionId: string })[] = [];
  for (const t of talents) {
    const reg = await registerTalentWithProfileApi(page.request, baseURL, t.name, t.profile);
    for (const kind of ['degree_certificate', 'employment_contract', 'social_insurance_record']) await uploadEvidenceApi(page.request, baseURL, kind, t.name);
    const { id } = await postOk(page, baseURL, '/api/v1/recognitions');
    await postOk(page, baseURL, `/api/v1/recognitions/${id}/submit`);
    made.push({ name: t.name, ...reg, recognitionId: id as string });
  }
  await signIn(page, baseURL, DEMO.reviewer);
  for (const t of made) {
    const months = Number(talents.find((x) => x.name === t.name)!.profile.socialInsuranceMonths ?? 0);
    await postOk(page, baseURL, `/api/v1/recognitions/${t.recognitionId}/hr-decision`, {
      decision: 'approve',
      employmentVerified: true,
      socialInsuranceMonthsVerified: months,
    });
  }
  await signIn(page, baseURL, DEMO.officer);
  let lastNoticeEnd = '';
  for (const t of made) {
    const approved = await postOk(page, baseURL, `/api/v1/recognitions/${t.recognitionId}/office-decision`, { decision: 'approve' });
    if (approved.noticeEndsOn > lastNoticeEnd) lastNoticeEnd = approved.noticeEndsOn as string;
  }
  const after = new Date(`${lastNoticeEnd}T00:00:00Z`);
  after.setUTCDate(after.getUTCDate() + 1);
  const serverNow = `${after.toISOString().slice(0, 10)}T02:00:00.000Z`;
  await setServerClock(serverNow);
  await signIn(page, baseURL, DEMO.officer);
  const swept = await postOk(page, baseURL, '/api/v1/recognitions/finalize');
  for (const t of made) expect(swept.granted).toContain(t.recognitionId);
  return { talents: made.map(({ recognitionId: _, ...t }) => t), serverNow };
}

/**
 * The office imports a department's file confirming facts of talents (by ID number), e.g. 不动产登记
 * (`bdc`) confirming they own no home in the city; the page ends signed in as the office.
 */
export async function confirmDepartmentFactsApi(
  page: Page,
  baseURL: string | undefined,
  department: string,
  rows: { idNumber: string; facts: Record<string, string | number> }[],
): Promise<void> {
  const columns = Object.keys(rows[0]!.facts);
  const csv = [['idNumber', ...columns].join(','), ...rows.map((r) => [r.idNumber, ...columns.map((c) => String(r.facts[c]))].join(','))].join('\n');
  await signIn(page, baseURL, DEMO.officer);
  const res = await page.request.post(`/api/v1/department-facts/imports?department=${department}`, {
    headers: originHeaders(baseURL),
    multipart: { file: { name: `${department}-facts.csv`, mimeType: 'text/csv', buffer: Buffer.from(`${csv}\n`) } },
  });
  expect(res.status(), await res.text()).toBe(201);
}
