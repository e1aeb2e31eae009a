/**
 * The same server runs another city with its own data: an instance started with the 湘潭 demo
 * city (BOLE_CITY_DIR=cities/xiangtan-demo) serves its districts, chains and departments,
 * evaluates with its three-policy pack (calculator), simulates a reform broken down by its own
 * districts, and grants its auto policies in a sweep — and no 株洲 name or code appears.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { createTestAccount, signIn } from '../auth/testing.js';
import { employers } from '../employers/employer.table.js';
import { talents } from '../talents/talent.table.js';
import { recordVerifiedFacts } from '../facts/fact.service.js';
import { seedPolicyPack } from '../policies/policy.service.js';
import { allEntitlements } from '../benefits/entitlement.repository.js';
import { sweepAndConfirm } from '../benefits/sweep-testing.js';
import { repoPath } from '../platform/paths.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { loadCity } from './city-file.js';

const ZHUZHOU = loadCity(repoPath('cities', 'zhuzhou'));
/** Every name and code of the first city that must not show up in the second city's answers. */
const ZHUZHOU_WORDS = [
  '株洲',
  ...ZHUZHOU.districts.flatMap((d) => [d.code, d.name.en]),
  ...ZHUZHOU.chains.filter((c) => c.code !== 'other' && c.code !== 'auto').flatMap((c) => [`"${c.code}"`, c.name.zh]),
  ...ZHUZHOU.departments.flatMap((d) => [`"${d.code}"`, d.name.zh]),
];
const noZhuzhou = (body: string) => ZHUZHOU_WORDS.filter((w) => body.includes(w));

let ctx: TestContext;
let app: FastifyInstance;
let officer: { cookie: string };

beforeAll(async () => {
  ctx = await createTestContext({ now: '2026-07-15T02:00:00Z', env: { BOLE_CITY_DIR: repoPath('cities', 'xiangtan-demo') } });
  app = await buildApp({ ctx, logger: false });
  await seedPolicyPack(ctx);
  const [motors] = await ctx.db
    .insert(employers)
    .values({ creditCode: '91430300MA4L000001', name: '湘电演示有限公司', district: 'xiangxiang', chain: 'motors', kind: 'enterprise', flags: [] })
    .returning({ id: employers.id });
  const people = await ctx.db
    .insert(talents)
    .values([
      { name: '王硕', birthDate: '1995-01-01', highestDegree: 'master', employerId: motors!.id },
      { name: '李本', birthDate: '2000-01-01', highestDegree: 'bachelor', employerId: motors!.id },
    ])
    .returning({ id: talents.id, highestDegree: talents.highestDegree });
  // The sweep pays on verified facts: 湘潭's 人社 data confirms the employment, its housing
  // register that neither owns a home, a review the degree.
  await ctx.db.transaction(async (tx) => {
    for (const p of people) {
      await recordVerifiedFacts(ctx, tx, p.id, { employerId: motors!.id }, { source: 'department', department: 'hrss' });
      await recordVerifiedFacts(ctx, tx, p.id, { ownsHomeInCity: false }, { source: 'department', department: 'housing' });
      await recordVerifiedFacts(ctx, tx, p.id, { highestDegree: p.highestDegree as 'master' }, { source: 'review' });
    }
  });
  officer = await signIn(app, await createTestAccount(ctx, 'officer', { department: 'office' }));
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

describe('a second city (湘潭 demo)', () => {
  it('serves its own districts, chains and departments', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/city' });
    expect(res.statusCode).toBe(200);
    const city = res.json();
    expect(city.name.zh).toBe('湘潭市（演示）');
    expect(city.districts.map((d: { code: string }) => d.code)).toEqual(['yuhu', 'yuetang', 'xiangxiang']);
    expect(city.chains.map((c: { code: string }) => c.code)).toEqual(['motors', 'steel']);
    expect(city.departments.map((d: { code: string }) => d.code)).toEqual(['hrss', 'housing', 'office']);
    expect(noZhuzhou(res.body)).toEqual([]);
  });

  it('evaluates a profile with its pack in the calculator, naming its own districts', async () => {
    const profile = {
      id: 'p1',
      birthDate: '1995-01-01',
      highestDegree: 'master',
      employerId: 'e1',
      employer: { chain: 'motors', kind: 'enterprise', district: 'xiangxiang' },
    };
    const res = await app.inject({ method: 'POST', url: '/api/v1/calculator', payload: { at: '2026-03-01', profile }, headers: officer });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const granted = body.granted.map((b: { policy: string; amountFen: number }) => [b.policy, b.amountFen]).sort();
    expect(granted).toEqual([
      ['xt-county-rent', 80_000],
      ['xt-motors-bonus', 3_000_000],
    ]);
    expect(noZhuzhou(res.body)).toEqual([]);
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/v1/calculator',
      payload: { at: '2026-03-01', profile: { ...profile, employer: { ...profile.employer, district: '天元区' } } },
      headers: officer,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors.map((e: { field: string }) => e.field)).toEqual(['profile.employer.district']);
  });

  it('simulates a reform broken down by its districts and chains', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/policies/simulate',
      payload: { at: '2026-07-15', changes: [{ policy: 'xt-county-rent', param: 'amount', key: 'xiangxiang', value: 1000 }] },
      headers: officer,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.byDistrict.map((d: { key: string }) => d.key)).toEqual(['xiangxiang']);
    expect(body.byChain.map((c: { key: string }) => c.key)).toEqual(['motors']);
    expect(body.total.changed).toBe(2);
    expect(noZhuzhou(res.body)).toEqual([]);
  });

  it('grants its auto policies in the sweep', async () => {
    const { preview, job } = await sweepAndConfirm(ctx, '2026-07-15', { chunkSize: 10 });
    expect(preview).toMatchObject({ status: 'preview', processed: 2 });
    expect(job.status).toBe('done');
    const granted = (await allEntitlements(ctx.db)).map((e) => `${e.policyId}|${e.amountFen}`).sort();
    expect(granted).toEqual(['xt-county-rent|80000', 'xt-county-rent|80000', 'xt-motors-bonus|3000000']);
  });

  it('refuses the first city’s codes in its requests', async () => {
    const res = await app.inject({ method: 'GET', url: `/api/v1/talents?district=${encodeURIComponent('天元区')}`, headers: officer });
    expect(res.statusCode).toBe(400);
  });
});
