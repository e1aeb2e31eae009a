/**
 * The talent's tier (人才分类认定), decided by the policy engine with the classification table
 * of the policy pack in force — never by a table written here. Null when no pack is in force
 * or the profile cannot be evaluated.
 */
import { evaluate, parseProfile } from '@bole/engine';
import { TIERS, type TalentProfileInput, type Tier } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { policyRegistryOf } from '../policies/policy-registry.js';

/** The employer attributes the engine reads (`employer.chain`, …). */
export interface EmployerFacts {
  chain: string;
  kind: string;
  district: string;
  flags: string[];
}

/** The engine's profile input (the policy pack's field names) for a profile about to be saved. */
export function engineProfileInput(
  talentId: string,
  input: TalentProfileInput,
  idNumber: string | null,
  employer: EmployerFacts | null,
): Record<string, unknown> {
  const { name: _name, district: _district, idNumber: _given, ...fields } = input;
  return { ...fields, id: talentId, idNumber, employer: input.employerId === null ? null : employer };
}

/** Classifies with the pack in force at `at`; null when none is in force or the input does not parse. */
export async function classifyTalent(ctx: AppContext, profileInput: Record<string, unknown>, at: string): Promise<Tier | null> {
  const resolved = await policyRegistryOf(ctx).packAt(at);
  if (!resolved) return null;
  const parsed = parseProfile(profileInput, at);
  if (!parsed.ok) return null;
  const tier = evaluate(resolved.pack, parsed.profile, at, { trace: false }).tier;
  return (TIERS as readonly string[]).includes(tier ?? '') ? (tier as Tier) : null;
}
