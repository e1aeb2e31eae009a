/**
 * The calculator tells a stored talent the truth both ways: what their verified facts and the
 * tier recognition granted give now (what moves without an application), and, per benefit their
 * declarations would give, the facts still to confirm — who confirms each and on what evidence.
 */
import { evaluate, parseProfile } from '@bole/engine';
import {
  FACT_CONFIRMERS,
  type BenefitOutcome,
  type TalentFacts,
  type CalculatorResult,
  type FactToConfirm,
  type Tier,
  type VerifiedFactField,
} from '@bole/contracts';
import { citySchema, type City } from '../city/city-file.js';
import { talentFactsOf, verifiableFactsOf } from '../facts/fact.service.js';
import type { AppContext } from '../platform/context.js';
import type { ResolvedPack } from './policy-registry.js';
import { VERIFIED_PARSE, verifiedInputOf } from './profile-input.js';
import { findVerifiedProfileRow, type VerifiedProfileRow } from './profile-source.repository.js';

/** The department whose data delivers a fact in this city (the employer stands for `employerCreditCode`), or null. */
function deliveringDepartment(city: City, field: VerifiedFactField): string | null {
  const name = field === 'employerId' ? 'employerCreditCode' : field;
  for (const [department, fields] of city.factSuppliers) if ((fields as readonly string[]).includes(name)) return department;
  return null;
}

/** What the confirmed view reads of a stored talent: their facts as the sweep sees them at a date, and each fact's status. */
export interface ConfirmedInputs {
  row: VerifiedProfileRow | undefined;
  facts: TalentFacts;
}

/** Reads a stored talent's confirmed-view inputs at `at` (both reads sent together); 404 for an unknown talent. */
export async function readConfirmedInputs(ctx: AppContext, talentId: string, at: string): Promise<ConfirmedInputs> {
  const [row, facts] = await Promise.all([findVerifiedProfileRow(ctx.db, talentId, at), talentFactsOf(ctx, talentId)]);
  return { row, facts };
}

/** Adds the confirmed view and each benefit's facts to confirm to a stored talent's answer, from inputs read at `result.at`. */
export function withConfirmedView(ctx: AppContext, inputs: ConfirmedInputs, resolved: ResolvedPack, result: CalculatorResult): CalculatorResult {
  const at = result.at;
  const { row } = inputs;
  const policies = new Map(resolved.pack.policies.map((p) => [p.id, p]));
  let confirmed: NonNullable<CalculatorResult['confirmed']> = { tier: (row?.grantedTier ?? null) as Tier | null, granted: [], totalValueFen: 0 };
  const parsed = row && row.birthDate !== null ? parseProfile(verifiedInputOf(row), at, citySchema(ctx.city), VERIFIED_PARSE) : null;
  if (parsed?.ok) {
    const ev = evaluate(resolved.pack, parsed.profile, at, { trace: false, tier: row!.grantedTier ?? null });
    const granted = ev.results.filter((r) => r.granted);
    const own = granted.filter((r) => policies.get(r.policy)?.doc.benefit.payee !== 'employer');
    confirmed = { ...confirmed, granted: granted.map((r) => r.policy), totalValueFen: own.reduce((s, r) => s + r.valueFen, 0) };
  }
  const status = new Map(inputs.facts.facts.map((f) => [f.field, f.status]));
  const toConfirm = (o: BenefitOutcome): BenefitOutcome => {
    const policy = policies.get(o.policy);
    const fields = policy ? verifiableFactsOf(policy) : [];
    const open = fields.flatMap((field): FactToConfirm[] => {
      const s = status.get(field) ?? 'declared';
      const who = FACT_CONFIRMERS[field];
      // Facts Bole keeps itself (a talent apartment tenancy) are not the talent's to get confirmed.
      if (s === 'verified' || who.by === 'system') return [];
      return [{ field, status: s, by: who.by, department: deliveringDepartment(ctx.city, field), evidence: [...who.evidence] }];
    });
    return { ...o, toConfirm: open };
  };
  return { ...result, granted: result.granted.map(toConfirm), displaced: result.displaced.map(toConfirm), confirmed };
}
