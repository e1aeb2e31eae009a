/**
 * Helpers for recognition and evidence integration tests: a multipart body, tiny valid files,
 * and a talent with a complete profile signed in through the real routes. Not used by
 * production code.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { makeIdNumber } from '../identity/id-number.js';
import { sessionCookieOf } from '../auth/testing.js';

/** Smallest files that pass the content checks. */
export const FILES = {
  pdf: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
  png: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(32)]),
  exe: Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00'), Buffer.alloc(64)]),
};

/** A multipart/form-data body with one file in field `file`. */
export function multipart(fileName: string, contentType: string, content: Buffer) {
  const boundary = `----bole${randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, boundary };
}

/**
 * Uploads a small distinct PDF (its bytes end with `tag` and the kind) as evidence of `kind`
 * for the signed-in `cookie`; returns the evidence id and fails loudly on anything but 201.
 */
export async function uploadEvidence(app: FastifyInstance, cookie: string, kind: string, tag = ''): Promise<string> {
  const m = multipart(`${kind}.pdf`, 'application/pdf', Buffer.concat([FILES.pdf, Buffer.from(`${tag}${kind}`)]));
  const res = await app.inject({ method: 'POST', url: `/api/v1/evidence?kind=${kind}`, headers: { cookie, ...m.headers }, payload: m.payload });
  if (res.statusCode !== 201) throw new Error(`upload ${kind}: ${res.statusCode} ${res.body}`);
  return (res.json() as { id: string }).id;
}

let seq = 0;

/** Registers a talent through the API and saves a complete profile; returns cookie and ids. */
export async function registerTalentWithProfile(app: FastifyInstance, employerId: string | null, over: Record<string, unknown> = {}, name = '李小明') {
  seq++;
  const mobile = `1371${String(process.pid % 1000).padStart(3, '0')}${String(seq).padStart(4, '0')}`;
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/register/talent', payload: { mobile, password: 'Passw0rd-1', name } });
  if (res.statusCode !== 201) throw new Error(`register: ${res.statusCode} ${res.body}`);
  const cookie = `bole_session=${sessionCookieOf(res)}`;
  const birth = `199${seq % 10}-03-07`;
  const put = await app.inject({
    method: 'PUT',
    url: '/api/v1/talents/me',
    headers: { cookie },
    payload: {
      name,
      gender: 'male',
      idNumber: makeIdNumber('430203', birth, 20 + seq, 'male'),
      birthDate: birth,
      district: '天元区',
      highestDegree: 'master',
      graduationDate: '2020-06-30',
      schoolTier: 'double_first_class',
      employerId,
      arrivalDate: '2020-08-01',
      socialInsuranceMonths: 70,
      ...over,
    },
  });
  if (put.statusCode !== 200) throw new Error(`profile: ${put.statusCode} ${put.body}`);
  return { cookie, talentId: res.json().talentId as string, userId: res.json().id as string, mobile };
}

/**
 * Uploads the files a recognition needs (degree, employment contract, social-insurance record),
 * requests and submits it as the talent, and has 人社局 (verifying `monthsVerified` months) and the
 * talent office approve it: the case id, now in public notice. Cookies of the three are given.
 */
export async function approvedRecognition(
  app: FastifyInstance,
  cookies: { talent: string; hr: string; office: string },
  monthsVerified: number,
): Promise<string> {
  const as = async (cookie: string, url: string, payload?: object) => {
    const res = await app.inject({ method: 'POST', url, headers: { cookie }, ...(payload ? { payload } : {}) });
    if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return res.json() as { id: string };
  };
  for (const kind of ['degree_certificate', 'employment_contract', 'social_insurance_record']) {
    await uploadEvidence(app, cookies.talent, kind, cookies.talent);
  }
  const { id } = await as(cookies.talent, '/api/v1/recognitions', {});
  await as(cookies.talent, `/api/v1/recognitions/${id}/submit`);
  await as(cookies.hr, `/api/v1/recognitions/${id}/hr-decision`, {
    decision: 'approve',
    employmentVerified: true,
    socialInsuranceMonthsVerified: monthsVerified,
  });
  await as(cookies.office, `/api/v1/recognitions/${id}/office-decision`, { decision: 'approve' });
  return id;
}
