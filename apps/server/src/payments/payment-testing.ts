/** Helpers for the ledger's integration tests: a swept city and the lines the rules expect. Not used by production code. */
import { sql } from 'drizzle-orm';
import type { AppContext } from '../platform/context.js';
import { seedPolicyPack } from '../policies/policy.service.js';
import { seedCity } from '../seed/seed-city.js';
import { sweepAndConfirm } from '../benefits/sweep-testing.js';
import { allEntitlements } from '../benefits/entitlement.repository.js';
import { paysIn, type BenefitPeriod } from '../benefits/entitlement-period.js';
import { policyFacts } from './payment.service.js';

/**
 * Publishes the pack, seeds `talents` talents and sweeps at `at` (previewed by one officer,
 * confirmed by another). Every talent has a payout account unless `payoutAccountPercent` says
 * fewer (the ledger tests of accounts use that).
 */
export async function sweptCity(ctx: AppContext, talents: number, at = '2026-07-01', payoutAccountPercent = 100): Promise<void> {
  await seedPolicyPack(ctx);
  await seedCity(ctx, { talents, employers: Math.max(5, Math.round(talents / 20)), seed: 21, referenceDate: at, payoutAccountPercent });
  await sweepAndConfirm(ctx, at, { chunkSize: 2_000 });
}

/** The (entitlement, amount) pairs that should pay in `period`, from the pure period rule. */
export async function expectedLines(ctx: AppContext, period: string): Promise<Map<string, number>> {
  const facts = await policyFacts(ctx, `${period}-01`);
  const cash = new Set(facts.cash);
  const out = new Map<string, number>();
  for (const e of await allEntitlements(ctx.db)) {
    if (!cash.has(e.policyId) || e.amountFen <= 0) continue;
    if (paysIn({ period: e.period as BenefitPeriod, months: e.months, startDate: e.startDate, endedOn: e.endedOn }, period)) out.set(e.id, e.amountFen);
  }
  return out;
}

/** Every line as entitlement|period|amount|status. */
export async function ledger(ctx: AppContext): Promise<{ entitlement_id: string; period: string; amount_fen: number; status: string; policy_id: string }[]> {
  const r = (await ctx.db.execute(
    sql`select entitlement_id, period, amount_fen::float8 as amount_fen, status, policy_id from payment_lines order by entitlement_id, period`,
  )) as unknown as { rows: { entitlement_id: string; period: string; amount_fen: number; status: string; policy_id: string }[] };
  return r.rows;
}
