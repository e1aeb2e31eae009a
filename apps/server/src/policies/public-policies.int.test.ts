/**
 * Before signing in: anyone reads the policies in force (conditions in plain language, amounts
 * from the pack's parameters) and calculates for a profile of their own; nothing is stored, a
 * bad profile names the field, and both are rate-limited per address.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { buildApp } from '../app.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { queryRows } from '../db/rows.js';
import { seedPolicyPack } from './policy.service.js';

describe('public policy library and calculator', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  const DOCTOR = {
    id: 'visitor',
    birthDate: '1990-05-01',
    highestDegree: 'doctorate',
    employerId: 'e1',
    employer: { chain: 'rail', kind: 'enterprise', district: '天元区' },
    arrivalDate: '2026-01-01',
    socialInsuranceMonths: 7,
  };

  beforeAll(async () => {
    ctx = await createTestContext({ now: '2026-07-15T02:00:00Z' });
    app = await buildApp({ ctx, logger: false });
    await seedPolicyPack(ctx);
  }, 240_000);
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it('lists every policy in force with its conditions in plain language and its amounts, without signing in', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/public/policies' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.at).toBe('2026-07-15');
    const settle = body.items.find((p: { id: string }) => p.id === 'settle-allowance');
    expect(settle).toMatchObject({ title: { zh: '高层次人才安家补贴' }, period: 'once', payee: 'talent' });
    expect(settle.conditions).toContainEqual({ zh: '在本市缴纳社保满 6 个月', en: 'At least 6 months of social insurance' });
    expect(settle.amounts).toContainEqual({
      key: 'D',
      keyLabel: expect.objectContaining({ zh: expect.stringContaining('D') }),
      amountFen: 15_000_000,
      text: { zh: '150,000 元', en: '¥150,000' },
    });
    expect(body.items.length).toBeGreaterThanOrEqual(20);
  });

  it('calculates for an anonymous profile and stores nothing; a bad profile is a 400 naming the field', async () => {
    const count = async () =>
      (await queryRows<{ n: number }>(ctx.db, sql`select (select count(*) from talents)::int + (select count(*) from audit_log)::int n`))[0]!.n;
    const before = await count();
    const res = await app.inject({ method: 'POST', url: '/api/v1/public/calculator', payload: { profile: DOCTOR } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ tier: 'D', subject: { kind: 'profile' } });
    expect(res.json().granted.map((o: { policy: string }) => o.policy)).toContain('settle-allowance');
    expect(await count()).toBe(before);
    const bad = await app.inject({ method: 'POST', url: '/api/v1/public/calculator', payload: { profile: { ...DOCTOR, highestDegree: 'wizard' } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([expect.objectContaining({ field: 'profile.highestDegree' })]);
  });

  it('limits how often one address may calculate', async () => {
    let last = 0;
    for (let i = 0; i < 31; i++)
      last = (await app.inject({ method: 'POST', url: '/api/v1/public/calculator', remoteAddress: '203.0.113.9', payload: { profile: DOCTOR } })).statusCode;
    expect(last).toBe(429);
  });
});
