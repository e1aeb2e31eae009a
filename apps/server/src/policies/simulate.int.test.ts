import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import { buildApp } from '../app.js';
import { auditLog } from '../audit/audit.table.js';
import { createTestAccount, signIn } from '../auth/testing.js';
import { employers } from '../employers/employer.table.js';
import { talents } from '../talents/talent.table.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { seedPolicyPack } from './policy.service.js';

interface Counts {
  gainers: number;
  losers: number;
  changed: number;
  budgetDeltaFen: number;
}

describe('what-if simulation', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  let officer: { cookie: string };
  let talent: { cookie: string };
  let tianyuan: string;

  const simulate = (payload: unknown, who = officer) =>
    app.inject({ method: 'POST', url: '/api/v1/policies/simulate', payload: payload as object, headers: who });
  const raiseD = (yuan: number) => ({ at: '2026-07-15', changes: [{ policy: 'settle-allowance', param: 'amount', key: 'D', value: yuan }] });
  const addDoctor = async (employerId: string, name: string) =>
    ctx.db.insert(talents).values({
      name,
      birthDate: '1990-03-10',
      highestDegree: 'doctorate',
      graduationDate: '2024-06-30',
      employerId,
      arrivalDate: '2025-09-01',
      socialInsuranceMonths: 10,
      ownsHomeInCity: true,
    });

  beforeAll(async () => {
    ctx = await createTestContext({ now: '2026-07-15T02:00:00Z' });
    app = await buildApp({ ctx, logger: false });
    await seedPolicyPack(ctx);
    const [a, b] = await ctx.db
      .insert(employers)
      .values([
        { creditCode: '91430200MA4L000001', name: '株洲轨道甲', district: '天元区', chain: 'rail', kind: 'enterprise', flags: ['high_tech'] },
        { creditCode: '91430200MA4L000002', name: '攸县电子乙', district: '攸县', chain: 'electronics', kind: 'enterprise', flags: [] },
      ])
      .returning({ id: employers.id });
    tianyuan = a!.id;
    await addDoctor(a!.id, '博士一');
    await addDoctor(a!.id, '博士二');
    await addDoctor(b!.id, '博士三');
    await ctx.db
      .insert(talents)
      .values([
        { name: '硕士', birthDate: '1996-01-01', highestDegree: 'master', employerId: b!.id, arrivalDate: '2025-01-01', socialInsuranceMonths: 3 },
        { name: '未填写' },
      ]);
    const officerAccount = await createTestAccount(ctx, 'officer');
    const [t] = await ctx.db.select({ id: talents.id }).from(talents).where(eq(talents.name, '硕士'));
    const talentAccount = await createTestAccount(ctx, 'talent', { talentId: t!.id });
    officer = await signIn(app, officerAccount);
    talent = await signIn(app, talentAccount);
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it('raising an amount makes gainers and costs more; the counts add up', async () => {
    const res = await simulate(raiseD(200_000));
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ at: '2026-07-15', population: 4 });
    const settle = body.policies.find((p: { policy: string }) => p.policy === 'settle-allowance');
    expect(settle).toMatchObject({ gainers: 3, losers: 0, changed: 3, grantedBefore: 3, grantedAfter: 3, budgetDeltaFen: 3 * 5_000_000 });
    expect(settle.title.zh).toBe('高层次人才安家补贴');
    expect(body.total).toEqual({ gainers: 3, losers: 0, changed: 3, budgetDeltaFen: 15_000_000 });
    const sum = (list: Counts[]) =>
      list.reduce(
        (s, c) => ({
          gainers: s.gainers + c.gainers,
          losers: s.losers + c.losers,
          changed: s.changed + c.changed,
          budgetDeltaFen: s.budgetDeltaFen + c.budgetDeltaFen,
        }),
        { gainers: 0, losers: 0, changed: 0, budgetDeltaFen: 0 },
      );
    expect(sum(body.byDistrict)).toEqual(body.total);
    expect(sum(body.byChain)).toEqual(body.total);
    expect(body.byDistrict).toEqual([
      { key: '天元区', gainers: 2, losers: 0, changed: 2, budgetDeltaFen: 10_000_000 },
      { key: '攸县', gainers: 1, losers: 0, changed: 1, budgetDeltaFen: 5_000_000 },
    ]);
    expect(body.policies.reduce((s: number, p: Counts) => s + p.budgetDeltaFen, 0)).toBe(body.total.budgetDeltaFen);
  });

  it('cutting it below the living allowance makes losers, moves people across the exclusive group, and saves money', async () => {
    const res = await simulate(raiseD(50_000));
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const settle = body.policies.find((p: { policy: string }) => p.policy === 'settle-allowance');
    const living = body.policies.find((p: { policy: string }) => p.policy === 'graduate-living-allowance');
    // 1,500 × 36 = 54,000 now beats 50,000: 就高不重复 hands the three doctors the living allowance.
    expect(settle).toMatchObject({ losers: 3, gainers: 0, grantedAfter: 0, budgetDeltaFen: -3 * 15_000_000 });
    expect(living).toMatchObject({ gainers: 3, losers: 0, budgetDeltaFen: 3 * 1_500 * 100 * 12 });
    expect(body.total.budgetDeltaFen).toBe(-3 * 15_000_000 + 3 * 1_800_000);
    expect(body.total.budgetDeltaFen).toBeLessThan(0);
    expect(body.total).toMatchObject({ losers: 3, gainers: 0, changed: 3 });
    for (const p of body.policies as Counts[]) expect(p.gainers + p.losers).toBeLessThanOrEqual(p.changed);
  });

  it('keeps the population fresh: a new talent is in the next simulation', async () => {
    await addDoctor(tianyuan, '博士四');
    const body = (await simulate(raiseD(200_000))).json();
    expect(body.population).toBe(5);
    expect(body.total.gainers).toBe(4);
    const loads = await ctx.db.select().from(auditLog).where(eq(auditLog.action, 'policy.population.load'));
    expect(loads.length).toBe(2);
    await simulate(raiseD(200_000));
    expect((await ctx.db.select().from(auditLog).where(eq(auditLog.action, 'policy.population.load'))).length).toBe(2);
  });

  it('names the change at fault', async () => {
    const cases: [unknown, string][] = [
      [{ changes: [{ policy: 'no-such', param: 'amount', value: 1 }] }, 'changes.0.policy'],
      [{ changes: [{ policy: 'settle-allowance', param: 'amounts', key: 'D', value: 1 }] }, 'changes.0.param'],
      [{ changes: [{ policy: 'settle-allowance', param: 'amount', value: 1 }] }, 'changes.0.key'],
      [{ changes: [{ policy: 'settle-allowance', param: 'amount', key: 'Z', value: 1 }] }, 'changes.0.key'],
      [{ changes: [{ policy: 'settle-allowance', param: 'amount', key: 'D', value: -5 }] }, 'changes.0.value'],
      [{ changes: [] }, 'changes'],
      [{ at: '2026-02-30', changes: [{ policy: 'settle-allowance', param: 'amount', key: 'D', value: 1 }] }, 'at'],
    ];
    for (const [payload, field] of cases) {
      const res = await simulate(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });

  it('lists the parameters a reform can change with their current values', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/policies/parameters?at=2026-07-15', headers: officer });
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items).toContainEqual(
      expect.objectContaining({
        policy: 'settle-allowance',
        param: 'amount',
        unit: 'yuan',
        key: 'tier',
        current: { A: 2_000_000, B: 1_000_000, C: 500_000, D: 150_000 },
      }),
    );
    const living = items.find((p: { policy: string; param: string }) => p.policy === 'graduate-living-allowance' && p.param === 'amount');
    expect(living.current.bachelor).toBe(600);
  });

  it('a talent can neither simulate nor publish (real sign-in)', async () => {
    expect((await simulate(raiseD(1), talent)).statusCode).toBe(403);
    const publish = await app.inject({
      method: 'POST',
      url: '/api/v1/policies/settle-allowance/versions/1/publish',
      payload: { effectiveFrom: '2026-09-01' },
      headers: talent,
    });
    expect(publish.statusCode).toBe(403);
    const create = await app.inject({ method: 'POST', url: '/api/v1/policies/settle-allowance/versions', payload: { yaml: 'id: x' }, headers: talent });
    expect(create.statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/v1/policies', headers: talent })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: '/api/v1/policies/simulate', payload: raiseD(1) })).statusCode).toBe(401);
    const own = await app.inject({ method: 'POST', url: '/api/v1/calculator', payload: {}, headers: talent });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json().tier).toBe('E');
  });
});
