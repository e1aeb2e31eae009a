/**
 * Two server nodes on one PostgreSQL: two `buildApp` on two contexts opened on the same database
 * URL, firing the same batches at once (double clicks, retries, both nodes). No line twice, the
 * totals right, and a quota never overrun. (PGlite has one process: `*.pg.int.test.ts` files run only in the PostgreSQL project.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { buildApp } from '../app.js';
import { createTestAccount, signIn } from '../auth/testing.js';
import { openDatabase } from '../db/database.js';
import { createContext, type AppContext } from '../platform/context.js';
import { expectedLines, ledger, sweptCity } from './payment-testing.js';

describe('two app instances on one PostgreSQL', () => {
  let ctx: TestContext;
  let other: AppContext;
  let apps: FastifyInstance[];
  let officer: { cookie: string };
  /** The second officer, who approves the budget change `officer` proposes. */
  let checker: { cookie: string };

  beforeAll(async () => {
    ctx = await createTestContext({ now: '2026-07-15T02:00:00Z' });
    const database = await openDatabase({ url: ctx.config.databaseUrl, poolSize: 5 });
    other = createContext({ config: ctx.config, database, clock: ctx.clock, cipher: ctx.cipher });
    apps = [await buildApp({ ctx, logger: false }), await buildApp({ ctx: other, logger: false })];
    await sweptCity(ctx, 1_500);
    officer = await signIn(apps[0]!, await createTestAccount(ctx, 'officer'));
    checker = await signIn(apps[1]!, await createTestAccount(ctx, 'officer'));
  });
  afterAll(async () => {
    for (const a of apps) await a.close();
    await other.database.close();
    await ctx.close();
  });

  it('never writes a line twice and keeps the totals and the quota right', async () => {
    const quota = 5;
    const proposed = await apps[1]!.inject({
      method: 'POST',
      url: '/api/v1/budgets/2026/graduate-living-allowance/changes',
      payload: { annualFen: 10_000_000_000, quota, reason: '限定名额以测并发' },
      headers: officer,
    });
    expect(proposed.statusCode, proposed.body).toBe(201);
    const budgetSet = await apps[0]!.inject({ method: 'POST', url: `/api/v1/approvals/${proposed.json().id}/approve`, payload: {}, headers: checker });
    expect(budgetSet.statusCode, budgetSet.body).toBe(200);
    const periods = ['2026-07', '2026-08', '2026-09'];
    const requests = Array.from({ length: 24 }, (_, i) =>
      apps[i % 2]!.inject({ method: 'POST', url: '/api/v1/payment-batches', payload: { period: periods[i % 3] }, headers: officer }),
    );
    const responses = await Promise.all(requests);
    expect(responses.map((r) => r.statusCode)).toEqual(responses.map(() => 200));
    // One batch per month, whichever node answered.
    for (const p of periods) expect(new Set(responses.filter((r) => r.json().period === p).map((r) => r.json().id)).size).toBe(1);

    const lines = await ledger(ctx);
    const keys = lines.map((l) => `${l.entitlement_id}|${l.period}`);
    expect(new Set(keys).size).toBe(keys.length);
    let expectedTotal = 0;
    let expectedCount = 0;
    for (const p of periods) {
      const want = await expectedLines(ctx, p);
      const got = lines.filter((l) => l.period === p);
      expect(got).toHaveLength(want.size);
      for (const l of got) expect(want.get(l.entitlement_id)).toBe(l.amount_fen);
      expectedCount += want.size;
      expectedTotal += [...want.values()].reduce((a, b) => a + b, 0);
    }
    const [sum] = (
      (await ctx.db.execute(sql`select count(*)::int n, coalesce(sum(amount_fen), 0)::float8 fen from payment_lines`)) as unknown as {
        rows: { n: number; fen: number }[];
      }
    ).rows;
    expect(sum).toEqual({ n: expectedCount, fen: expectedTotal });
    // Each batch's reported totals add up; each of `added` was counted once across all responses.
    const added = responses.reduce((a, r) => a + r.json().added, 0);
    expect(added).toBe(expectedCount);

    const people = new Set(lines.filter((l) => l.policy_id === 'graduate-living-allowance' && l.status === 'approved').map((l) => l.entitlement_id));
    expect(people.size).toBe(quota);
    // The counted people are paid every month; nobody else is.
    const approved = lines.filter((l) => l.policy_id === 'graduate-living-allowance' && l.status === 'approved');
    for (const p of periods)
      expect(
        approved
          .filter((l) => l.period === p)
          .map((l) => l.entitlement_id)
          .sort(),
      ).toEqual([...people].sort());
  });
});
