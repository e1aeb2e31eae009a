import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { createTestAccount, registerTestEmployer, sessionCookies, type TestAccount } from '../auth/testing.js';
import { registerTalentWithProfile } from '../recognition/recognition-testing.js';
import { makeIdNumber } from '../identity/id-number.js';
import { recordVerifiedFacts } from '../facts/fact.service.js';
import { seedPolicyPack } from '../policies/policy.service.js';
import { testCall } from './program-testing.js';

const CALL = testCall('xiaohe-eligibility', '2026-03-31', {
  name: { zh: '小荷计划 2026', en: 'Xiaohe 2026' },
  eligibility: { policy: 'xiaohe-call', basicResearchPolicy: 'xiaohe-call-basic-research' },
});

describe('programs: a call’s eligibility is the city’s policy evaluated on verified facts', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  let officer: TestAccount;
  let employerId: string;
  let programId: string;
  let n = 0;
  const cookieOf = sessionCookies(
    () => app,
    () => ctx.clock.now(),
  );

  /** A talent born on `birthDate` whose degree and employer a department verified. */
  async function talent(birthDate: string, degree: 'master' | 'doctorate') {
    n++;
    const idNumber = makeIdNumber('430211', birthDate, (process.pid * 11 + n) % 500, 'female');
    const t = await registerTalentWithProfile(app, employerId, { birthDate, idNumber, gender: 'female', highestDegree: degree });
    await ctx.db.transaction((tx) =>
      recordVerifiedFacts(ctx, tx, t.talentId, { highestDegree: degree, employerId }, { source: 'department', department: 'rsj' }),
    );
    return t;
  }
  const apply = (cookie: string, over: object = {}) =>
    app.inject({
      method: 'POST',
      url: `/api/v1/programs/${programId}/applications`,
      headers: { cookie },
      payload: { title: '高温合金', fields: ['新材料'], ...over },
    });
  const count = async () =>
    (await app.inject({ method: 'GET', url: `/api/v1/programs/applications?programId=${programId}`, headers: { cookie: await cookieOf(officer) } })).json()
      .items.length;

  beforeAll(async () => {
    ctx = await createTestContext({ now: '2026-03-02T02:00:00Z' });
    app = await buildApp({ ctx, logger: false });
    await seedPolicyPack(ctx);
    officer = await createTestAccount(ctx, 'officer');
    employerId = (await registerTestEmployer(app, 861)).employerId;
    const res = await app.inject({ method: 'POST', url: '/api/v1/programs', headers: { cookie: await cookieOf(officer) }, payload: CALL });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().eligibility).toEqual(CALL.eligibility);
    programId = res.json().id;
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it('refuses a call naming a policy the city does not have', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/programs',
      headers: { cookie: await cookieOf(officer) },
      payload: { ...CALL, code: 'xiaohe-unknown', eligibility: { policy: 'no-such-policy' } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('eligibility.policy');
  });

  it('admits a 28-year-old at a city enterprise', async () => {
    const t = await talent('1998-01-10', 'master');
    expect((await apply(t.cookie)).statusCode).toBe(201);
  });

  it('refuses a 31-year-old master with a 422 naming the age condition in Chinese and English, nothing written', async () => {
    const before = await count();
    const t = await talent('1995-01-10', 'master');
    const res = await apply(t.cookie);
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('BOLE_CALL_NOT_ELIGIBLE');
    expect(res.json().errors[0].field).toBe('talentId');
    expect(res.json().detail).toContain('Aged 30 or under');
    expect(res.json().detailZh).toContain('不超过 30 周岁');
    // a basic-research project does not help a master: the doctorate condition is named
    const basic = await apply(t.cookie, { basicResearch: true });
    expect(basic.statusCode).toBe(422);
    expect(basic.json().detail).toContain('Holds a doctorate');
    expect(await count()).toBe(before);
  });

  it('admits a 31-year-old doctorate only for a basic-research project', async () => {
    const t = await talent('1995-01-10', 'doctorate');
    expect((await apply(t.cookie)).statusCode).toBe(422);
    const res = await apply(t.cookie, { basicResearch: true });
    expect(res.statusCode, res.body).toBe(201);
  });

  it('tells a talent before applying whether they may, with the conditions not met, for a plain and a basic-research project', async () => {
    const eligibility = async (cookie: string, id = programId) => app.inject({ method: 'GET', url: `/api/v1/programs/${id}/eligibility`, headers: { cookie } });
    const young = await talent('1998-01-10', 'master');
    expect((await eligibility(young.cookie)).json()).toEqual({ eligible: true, unmet: [], basicResearch: { eligible: true, unmet: [] } });
    const doctor = await talent('1995-01-10', 'doctorate');
    const answer = (await eligibility(doctor.cookie)).json();
    expect(answer.eligible).toBe(false);
    expect(answer.unmet.map((u: { en: string }) => u.en).join(' ')).toContain('Aged 30 or under');
    expect(answer.basicResearch).toEqual({ eligible: true, unmet: [] });
    expect((await eligibility(await cookieOf(officer))).statusCode).toBe(403);
    expect((await eligibility(doctor.cookie, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});
