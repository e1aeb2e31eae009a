/** The granted benefits of one person: what `bole eval` prints for a profile. */
import type { Period } from './benefit.js';
import { evaluate } from './evaluate.js';
import type { Pack } from './pack/types.js';
import type { Profile } from './profile.js';

/** One granted benefit. */
export interface GrantedBenefit {
  readonly policy: string;
  readonly amountFen: number;
  readonly period: Period;
  readonly months: number;
  readonly valueFen: number;
}

/** A person's tier and granted benefits (eligible, in window, not displaced), sorted by policy id. */
export interface Grant {
  readonly id: string | number;
  readonly tier: string | null;
  readonly benefits: readonly GrantedBenefit[];
}

/** Evaluates without tracing and keeps only what is granted at `at`. */
export function granted(pack: Pack, profile: Profile, at: string): Grant {
  const ev = evaluate(pack, profile, at, { trace: false });
  const benefits = ev.results
    .filter((r) => r.granted)
    .map((r) => ({ policy: r.policy, amountFen: r.amountFen, period: r.period, months: r.months, valueFen: r.valueFen }))
    .sort((a, b) => (a.policy < b.policy ? -1 : a.policy > b.policy ? 1 : 0));
  return { id: profile.id, tier: ev.tier, benefits };
}
