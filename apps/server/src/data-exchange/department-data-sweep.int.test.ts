/**
 * 数据共享 feeds the 免申即享 sweep: a talent who declared social insurance gets nothing from
 * the declaration; once 人社局's file confirms the months, the next sweep grants the auto policy
 * that needed them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { asc } from 'drizzle-orm';
import { makeIdNumber } from '@bole/contracts';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { buildApp } from '../app.js';
import { createTestAccount, sessionCookieOf, signIn } from '../auth/testing.js';
import { allEntitlements } from '../benefits/entitlement.repository.js';
import { sweepAndConfirm } from '../benefits/sweep-testing.js';
import { employers } from '../employers/employer.table.js';
import { recordVerifiedFacts } from '../facts/fact.service.js';
import { seedPolicyPack } from '../policies/policy.service.js';
import { seedCity } from '../seed/seed-city.js';

let ctx: TestContext;
let app: FastifyInstance;
let officer: { cookie: string };
let talentId: string;
let creditCode: string;
let employerId: string;
const idNumber = makeIdNumber('430203', '1999-04-07', 33, 'male');

beforeAll(async () => {
  ctx = await createTestContext({ now: '2026-07-15T02:00:00Z' });
  app = await buildApp({ ctx, logger: false });
  await seedPolicyPack(ctx);
  await seedCity(ctx, { talents: 10, employers: 3, seed: 7, referenceDate: '2026-06-30', verifiedFacts: false });
  officer = await signIn(app, await createTestAccount(ctx, 'officer'));
  const [e] = await ctx.db.select({ id: employers.id, code: employers.creditCode }).from(employers).orderBy(asc(employers.id)).limit(1);
  employerId = e!.id;
  creditCode = e!.code;
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

const granted = async () => (await allEntitlements(ctx.db)).filter((e) => e.talentId === talentId && e.status === 'active').map((e) => e.policyId);

function csvUpload(text: string, department = 'rsj') {
  const boundary = '----bole' + randomUUID();
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="rsj.csv"\r\nContent-Type: text/csv\r\n\r\n`),
    Buffer.from(text),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return app.inject({
    method: 'POST',
    url: `/api/v1/department-facts/imports?department=${department}`,
    payload,
    headers: { ...officer, 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

describe('a department’s data and the next sweep', () => {
  it('declared social insurance grants nothing; 人社局’s file confirming it makes the next sweep grant the graduate living allowance', async () => {
    const reg = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register/talent',
      payload: { mobile: '13912340077', password: 'Passw0rd-1', name: '王五' },
    });
    expect(reg.statusCode, reg.body).toBe(201);
    const put = await app.inject({
      method: 'PUT',
      url: '/api/v1/talents/me',
      headers: { cookie: `bole_session=${sessionCookieOf(reg)}` },
      payload: {
        name: '王五',
        gender: 'male',
        idNumber,
        birthDate: '1999-04-07',
        highestDegree: 'bachelor',
        graduationDate: '2025-06-30',
        employerId,
        arrivalDate: '2025-07-01',
        socialInsuranceMonths: 9,
      },
    });
    expect(put.statusCode, put.body).toBe(200);
    talentId = put.json().id;
    // The degree is confirmed by a reviewer and the employment by the employer; the months are only declared.
    const reviewer = await createTestAccount(ctx, 'reviewer');
    await ctx.db.transaction(async (tx) => {
      await recordVerifiedFacts(ctx, tx, talentId, { highestDegree: 'bachelor', graduationDate: '2025-06-30' }, { source: 'review', actorUserId: reviewer.id });
      await recordVerifiedFacts(ctx, tx, talentId, { employerId, arrivalDate: '2025-07-01' }, { source: 'employer' });
    });
    await sweepAndConfirm(ctx, '2026-07-15');
    expect(await granted()).not.toContain('graduate-living-allowance');

    const res = await csvUpload(`idNumber,socialInsuranceMonths,employerCreditCode\n${idNumber},9,${creditCode}\n`);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ rows: 1, changed: 1, contradicted: 0 });
    ctx.clock.set('2026-07-16T02:00:00Z'); // the next day's sweep
    await sweepAndConfirm(ctx, '2026-07-16');
    expect(await granted()).toContain('graduate-living-allowance');
  });

  it('"owns no home" holds only once 不动产登记 confirms it: a declared "no" is not enough for the rent subsidy', async () => {
    expect(await granted()).not.toContain('rent-subsidy');
    officer = await signIn(app, await createTestAccount(ctx, 'officer')); // a fresh session on the new day
    const res = await csvUpload(`idNumber,ownsHomeInCity\n${idNumber},false\n`, 'bdc');
    expect(res.statusCode, res.body).toBe(201);
    ctx.clock.set('2026-07-17T02:00:00Z');
    await sweepAndConfirm(ctx, '2026-07-17');
    expect(await granted()).toContain('rent-subsidy');
  });
});
