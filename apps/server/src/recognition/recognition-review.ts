/**
 * What a recognition's decision rests on, for staff: the talent's facts with their status now
 * (declared, verified, contradicted) and the engine's classification trace — each row it tried
 * at the request date, with the facts that row reads — as the application decision page shows
 * a policy's conditions.
 */
import { conditionOutcome, evaluate, factsReadByTierRow, parseProfile } from '@bole/engine';
import type { ConditionOutcome, Recognition, RecognitionDetail, TalentFact } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { citySchema, cityValueNames } from '../city/city-file.js';
import { talentFactsOf, verifiableFieldsOf } from '../facts/fact.service.js';
import { policyRegistryOf } from '../policies/policy-registry.js';
import { storedProfileInput } from '../policies/calculator.service.js';

/**
 * The classification rows tried for the talent's stored profile at `at`, each with the facts it
 * reads; empty when the profile cannot be classified now (incomplete, invalid, no pack in force).
 */
async function classificationTrace(ctx: AppContext, talentId: string, at: string, facts: readonly TalentFact[]): Promise<ConditionOutcome[]> {
  const input = await storedProfileInput(ctx, talentId).catch(() => null);
  const resolved = input ? await policyRegistryOf(ctx).packAt(at) : null;
  if (!input || !resolved) return [];
  const parsed = parseProfile(input, at, citySchema(ctx.city));
  if (!parsed.ok) return [];
  const ev = evaluate(resolved.pack, parsed.profile, at);
  const reads = factsReadByTierRow(resolved.pack.classification);
  const status = new Map(facts.map((f) => [f.field, f.status]));
  const names = cityValueNames(ctx.city);
  return ev.classification.trace.map((c) => ({
    ...conditionOutcome(c, names),
    facts: verifiableFieldsOf(reads.get(c.expr) ?? []).map((field) => ({ field, status: status.get(field) ?? 'declared' })),
  }));
}

/** The case with the talent's facts and the classification trace at its request date. */
export async function withReviewContext(ctx: AppContext, r: Recognition): Promise<RecognitionDetail> {
  const facts = (await talentFactsOf(ctx, r.talentId)).facts;
  return { ...r, facts, trace: await classificationTrace(ctx, r.talentId, r.requestDate, facts) };
}
