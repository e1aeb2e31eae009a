import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { createTestAccount, sessionCookieOf, signIn } from '../auth/testing.js';
import { makeIdNumber } from '../identity/id-number.js';
import { recordVerifiedFacts } from '../facts/fact.service.js';

describe('GET /api/v1/talents/me/facts: the signed-in talent sees the status of each fact', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  let cookie: string;
  let talentId: string;

  const myFacts = async () => {
    const res = await app.inject({ url: '/api/v1/talents/me/facts', headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { talentId: string; facts: { field: string }[] };
  };
  const fact = async (field: string) => (await myFacts()).facts.find((f) => f.field === field);
  const confirmByRsj = (months: number) =>
    ctx.db.transaction((tx) => recordVerifiedFacts(ctx, tx, talentId, { socialInsuranceMonths: months }, { source: 'department', department: 'rsj' }));

  beforeAll(async () => {
    ctx = await createTestContext({ now: '2026-07-15T02:00:00Z' });
    app = await buildApp({ ctx, logger: false });
    const reg = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register/talent',
      payload: { mobile: '13800009901', password: 'Passw0rd-1', name: '李四' },
    });
    expect(reg.statusCode, reg.body).toBe(201);
    cookie = `bole_session=${sessionCookieOf(reg)}`;
    talentId = reg.json().talentId;
    const put = await app.inject({
      method: 'PUT',
      url: '/api/v1/talents/me',
      headers: { cookie },
      payload: {
        name: '李四',
        gender: 'female',
        idNumber: makeIdNumber('430203', '1995-05-01', 22, 'female'),
        birthDate: '1995-05-01',
        district: '天元区',
        highestDegree: 'master',
        graduationDate: '2021-06-30',
        socialInsuranceMonths: 30,
      },
    });
    expect(put.statusCode, put.body).toBe(200);
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it('a declared fact shows as declared only', async () => {
    const facts = await myFacts();
    expect(facts.talentId).toBe(talentId);
    expect(await fact('socialInsuranceMonths')).toMatchObject({ status: 'declared', declared: 30, verified: null, confirmation: null });
  });

  it('after 人社局 confirms it, it shows verified with the source and the date', async () => {
    await confirmByRsj(30);
    expect(await fact('socialInsuranceMonths')).toMatchObject({
      status: 'verified',
      declared: 30,
      verified: 30,
      confirmation: { source: 'department', department: 'rsj', at: '2026-07-15T02:00:00.000Z' },
    });
    expect(await fact('highestDegree')).toMatchObject({ status: 'declared', declared: 'master', verified: null });
  });

  it('a declaration differing from the department value shows contradicted with both values', async () => {
    await confirmByRsj(24);
    expect(await fact('socialInsuranceMonths')).toMatchObject({ status: 'contradicted', declared: 30, verified: 24, confirmation: { source: 'department' } });
  });

  it('only a talent reads it: 401 anonymous, 403 for staff', async () => {
    expect((await app.inject({ url: '/api/v1/talents/me/facts' })).statusCode).toBe(401);
    const officer = await createTestAccount(ctx, 'officer');
    const { cookie: officerCookie } = await signIn(app, officer);
    expect((await app.inject({ url: '/api/v1/talents/me/facts', headers: { cookie: officerCookie } })).statusCode).toBe(403);
  });
});
