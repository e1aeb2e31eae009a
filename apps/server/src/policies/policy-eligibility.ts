/**
 * Who may take part — in a housing round, an event, … : a policy of the pack, evaluated by the
 * engine on the talent's verified facts and the tier recognition granted (never on declarations),
 * at a date.
 */
import { evaluate, failedConditionText, parseProfile } from '@bole/engine';
import type { Bilingual, Tier } from '@bole/contracts';
import { citySchema } from '../city/city-file.js';
import { readConfirmedInputs } from './calculator-confirmed.js';
import { policyRegistryOf } from './policy-registry.js';
import { VERIFIED_PARSE, verifiedInputOf } from './profile-input.js';
import type { AppContext } from '../platform/context.js';

/** The engine's answer for one talent. */
export interface PolicyEligibility {
  eligible: boolean;
  tier: Tier | null;
  /** The policy's title, and the conditions not met. */
  policy: Bilingual;
  unmet: Bilingual[];
}

/** Whether the pack in force at `at` has the policy; its title when it does. */
export async function policyTitleAt(ctx: AppContext, policyId: string, at: string): Promise<Bilingual | null> {
  const resolved = await policyRegistryOf(ctx).packAt(at);
  const policy = resolved?.pack.policies.find((p) => p.id === policyId);
  return policy ? policy.doc.title : null;
}

/** Evaluates the policy for a talent on verified facts at `at`. */
export async function policyEligibility(ctx: AppContext, policyId: string, talentId: string, at: string): Promise<PolicyEligibility> {
  const resolved = await policyRegistryOf(ctx).packAt(at);
  const policy = resolved?.pack.policies.find((p) => p.id === policyId);
  const title = policy?.doc.title ?? { zh: policyId, en: policyId };
  const { row } = await readConfirmedInputs(ctx, talentId, at);
  const tier = (row?.grantedTier ?? null) as Tier | null;
  const noFacts = { eligible: false, tier, policy: title, unmet: [{ zh: '尚无经核实的档案信息', en: 'no verified facts on file yet' }] };
  if (!resolved || !policy || !row || row.birthDate === null) return noFacts;
  const parsed = parseProfile(verifiedInputOf(row), at, citySchema(ctx.city), VERIFIED_PARSE);
  if (!parsed.ok) return noFacts;
  const ev = evaluate(resolved.pack, parsed.profile, at, { trace: true, tier });
  const result = ev.results.find((r) => r.policy === policyId);
  if (!result) return noFacts;
  const unmet = result.trace.filter((c) => !c.pass).map((c) => c.label ?? failedConditionText(c) ?? { zh: c.expr, en: c.expr });
  return { eligible: result.eligible, tier, policy: title, unmet };
}
