import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { createTestAccount } from '../auth/testing.js';
import { recordVerifiedFacts } from '../facts/fact.service.js';
import { seedPolicyPack } from '../policies/policy.service.js';
import { seedCity } from '../seed/seed-city.js';
import { allEntitlements } from './entitlement.repository.js';
import { endDateOf, type BenefitPeriod } from './entitlement-period.js';
import { sweepAndConfirm } from './sweep-testing.js';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestContext({ now: '2026-07-15T02:00:00Z' });
  await seedPolicyPack(ctx);
  await seedCity(ctx, { talents: 300, employers: 20, seed: 7, referenceDate: '2026-06-30' });
});
afterAll(async () => {
  await ctx.close();
});

const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;

describe('a confirmed sweep writes from its preview', () => {
  it('tells each account of a granted talent once per kind, naming every policy in id order', async () => {
    // Accounts for the first talents (the seed gives none); one of them disabled.
    const talents = rowsOf<{ id: string }>(await ctx.db.execute(sql`select id from talents order by id limit 30`));
    const accounts = [];
    for (const t of talents) accounts.push({ talentId: t.id, account: await createTestAccount(ctx, 'talent', { talentId: t.id }) });
    await ctx.db.execute(sql`update users set disabled = true where id = ${accounts[0]!.account.id}`);

    const { job } = await sweepAndConfirm(ctx, '2026-06-30', { chunkSize: 25 });
    expect(job.status).toBe('done');

    const all = await allEntitlements(ctx.db);
    const notes = rowsOf<{ recipient_user_id: string; kind: string; payload: { at: string; policies: string[]; sweepId: string }; delivered_at: unknown }>(
      await ctx.db.execute(sql`select recipient_user_id, kind, payload, delivered_at from notifications where kind in ('benefit.granted', 'benefit.notice')`),
    );
    let both = 0;
    for (const { talentId, account } of accounts) {
      const mine = notes.filter((n) => n.recipient_user_id === account.id);
      const expected = (source: string) =>
        all
          .filter((e) => e.talentId === talentId && e.source === source)
          .map((e) => e.policyId)
          .sort();
      const told = (kind: string) => mine.filter((n) => n.kind === kind).map((n) => n.payload);
      if (account.id === accounts[0]!.account.id) {
        expect(mine).toEqual([]);
        continue;
      }
      for (const [kind, source] of [
        ['benefit.granted', 'auto'],
        ['benefit.notice', 'notify'],
      ] as const) {
        const policies = expected(source);
        expect(told(kind)).toEqual(policies.length ? [{ at: '2026-06-30', policies, sweepId: job.id }] : []);
      }
      if (expected('auto').length && expected('notify').length) both++;
      for (const n of mine) expect(n.delivered_at).not.toBeNull();
    }
    expect(both).toBeGreaterThan(0);
  });

  it('re-activates an ended entitlement granted again, with the new start and the end date of its terms', async () => {
    const [e] = (await allEntitlements(ctx.db)).filter((x) => x.policyId === 'rent-subsidy' && x.status === 'active');
    expect(e).toBeDefined();
    const home = (owns: boolean) =>
      ctx.db.transaction((tx) =>
        recordVerifiedFacts(
          ctx,
          tx,
          e!.talentId,
          { ownsHomeInCity: owns, firstHomePurchaseDate: owns ? '2026-06-20' : null },
          { source: 'department', department: 'bdc' },
        ),
      );
    await home(true);
    await sweepAndConfirm(ctx, '2026-07-01', { chunkSize: 40 });
    expect((await allEntitlements(ctx.db)).find((x) => x.id === e!.id)).toMatchObject({ status: 'ended', endedOn: '2026-07-01' });

    await home(false);
    const { job } = await sweepAndConfirm(ctx, '2026-07-10', { chunkSize: 40 });
    const again = (await allEntitlements(ctx.db)).find((x) => x.id === e!.id)!;
    expect(again).toMatchObject({ status: 'active', endedOn: null, startDate: '2026-07-10', sweepId: job.id });
    expect(again.endDate).toBe(endDateOf('2026-07-10', again.period as BenefitPeriod, again.months));
  });
});
