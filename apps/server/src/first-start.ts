/**
 * Work done each time an instance starts, before it serves: the policy pack in `policies/` is
 * loaded as version 1 when no policy is stored yet, a talent-code signing key exists, and on the
 * very first start the demo city and one demo login per role are seeded (unless
 * BOLE_SEED_DEMO=false, and never with NODE_ENV=production) and classified into tiers. Returns lines for the start-up banner (the
 * demo logins); later starts find the `demo_seeded` marker and seed nothing.
 */
import type { AppContext } from './platform/context.js';
import { businessDate } from './platform/clock.js';
import { seedPolicyPack } from './policies/policy.service.js';
import { ensureSigningKey } from './talent-code/signing-key.service.js';
import { seedDemo } from './seed/demo-city.js';
import { recomputeTalentTiers } from './talents/talent-tier.js';
import { accountsOnPublishedPassword } from './auth/published-passwords.js';

/** Runs start-up tasks; returns banner lines (empty when there was nothing to announce). */
export async function onFirstStart(ctx: AppContext): Promise<string[]> {
  await seedPolicyPack(ctx);
  await ensureSigningKey(ctx);
  // The demo's logins share a password printed in the README: never on a production instance.
  if (!ctx.config.seedDemo || ctx.config.env === 'production') return [];
  const banner = await seedDemo(ctx);
  if (banner.length > 0) await recomputeTalentTiers(ctx, businessDate(ctx.clock.now()));
  return banner;
}

/**
 * Why a production instance must not serve, or null: accounts that still sign in with the demo
 * password published in the README (named by login, never with the password).
 */
export async function startupRefusal(ctx: AppContext): Promise<string | null> {
  if (ctx.config.env !== 'production') return null;
  const accounts = await accountsOnPublishedPassword(ctx);
  if (accounts.length === 0) return null;
  return [
    'Refusing to start with NODE_ENV=production: these accounts still sign in with the demo password published in the README:',
    `  ${accounts.join(', ')}`,
    'Give each a password of its own — `bole user reset-password --login <login>` prints a one-time password the person must change at',
    'the next sign-in — then start again.',
  ].join('\n');
}
