/**
 * Work done each time an instance starts, before it serves: the policy pack in `policies/` is
 * loaded as version 1 when no policy is stored yet, a talent-code signing key exists, and on the
 * very first start the demo city and one demo login per role are seeded (unless
 * BOLE_SEED_DEMO=false) and classified into tiers. Returns lines for the start-up banner (the
 * demo logins); later starts find the `demo_seeded` marker and seed nothing.
 */
import type { AppContext } from './platform/context.js';
import { businessDate } from './platform/clock.js';
import { seedPolicyPack } from './policies/policy.service.js';
import { ensureSigningKey } from './talent-code/signing-key.service.js';
import { seedDemo } from './seed/demo-city.js';
import { recomputeTalentTiers } from './talents/talent-tier.js';

/** Runs start-up tasks; returns banner lines (empty when there was nothing to announce). */
export async function onFirstStart(ctx: AppContext): Promise<string[]> {
  await seedPolicyPack(ctx);
  await ensureSigningKey(ctx);
  if (!ctx.config.seedDemo) return [];
  const banner = await seedDemo(ctx);
  if (banner.length > 0) await recomputeTalentTiers(ctx, businessDate(ctx.clock.now()));
  return banner;
}
