import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { seedCity } from '../seed/seed-city.js';
import { grantEntitlementFromApplication } from './entitlement.service.js';
import { allEntitlements } from './entitlement.repository.js';

let ctx: TestContext;
let talentId: string;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedCity(ctx, { talents: 5, employers: 2, seed: 3, referenceDate: '2026-07-01' });
  const r = (await ctx.db.execute(sql`select id from talents order by id limit 1`)) as unknown as { rows: { id: string }[] };
  talentId = r.rows[0]!.id;
});
afterAll(() => ctx.close());

describe('grantEntitlementFromApplication', () => {
  it('creates one entitlement per application, idempotently, with its end date and an audit entry', async () => {
    const applicationId = randomUUID();
    const input = {
      talentId,
      policyId: 'postdoc-stipend',
      applicationId,
      amountFen: 500_000,
      period: 'month' as const,
      months: 24,
      startDate: '2026-01-31',
      actor: null,
    };
    const first = await ctx.db.transaction((tx) => grantEntitlementFromApplication(ctx, tx, input));
    const again = await ctx.db.transaction((tx) => grantEntitlementFromApplication(ctx, tx, input));
    expect(again.id).toBe(first.id);
    const rows = (await allEntitlements(ctx.db)).filter((r) => r.policyId === 'postdoc-stipend');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      source: 'application',
      applicationId,
      amountFen: 500_000,
      months: 24,
      startDate: '2026-01-31',
      endDate: '2028-01-31',
      status: 'active',
    });
    const audit = (await ctx.db.execute(sql`select count(*)::int n from audit_log where action = 'entitlement.grant'`)) as unknown as { rows: { n: number }[] };
    expect(audit.rows[0]!.n).toBe(1);
  });

  it('rolls back with the caller and rejects bad input', async () => {
    await expect(
      ctx.db.transaction((tx) =>
        grantEntitlementFromApplication(ctx, tx, {
          talentId,
          policyId: 'x',
          applicationId: randomUUID(),
          amountFen: -1,
          period: 'once',
          months: 1,
          startDate: '2026-13-01',
          actor: null,
        }),
      ),
    ).rejects.toMatchObject({ status: 400, code: 'BOLE_VALIDATION' });
    await expect(
      ctx.db.transaction(async (tx) => {
        await grantEntitlementFromApplication(ctx, tx, {
          talentId,
          policyId: 'settle-allowance',
          applicationId: randomUUID(),
          amountFen: 15_000_000,
          period: 'once',
          months: 1,
          startDate: '2026-07-01',
          actor: null,
        });
        throw new Error('caller failed');
      }),
    ).rejects.toThrow('caller failed');
    expect((await allEntitlements(ctx.db)).some((r) => r.policyId === 'settle-allowance')).toBe(false);
  });
});
