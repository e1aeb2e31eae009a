/**
 * What-if simulation: evaluates the population under the current pack and under a reform,
 * re-running only the reformed policies (and re-resolving their exclusive groups), and
 * reports per policy who gains, loses or changes amount, and the annual budget delta in fen,
 * broken down by district and industry chain.
 */
import { annualFen } from '../benefit.js';
import { parseIsoDate } from '../dates.js';
import { kernelColumns, newScratch, resolveGroups, runPolicy, type PolicyOutcome } from '../population/evaluate-population.js';
import type { Population } from '../population/population.js';
import type { Pack } from '../pack/types.js';
import { ENUMS, NO_ENUM } from '../schema.js';
import { applyReform, type Reform } from './apply.js';

/** Counts and budget delta for one slice of the population. */
export interface ImpactCounts {
  gain: number;
  lose: number;
  change: number;
  /** Annual cost under the reform minus the current annual cost, fen. */
  deltaFen: number;
}

/** The impact of a reform on one policy. */
export interface PolicyImpact extends ImpactCounts {
  readonly policy: string;
  baselineAnnualFen: number;
  reformAnnualFen: number;
  readonly byDistrict: Record<string, ImpactCounts>;
  readonly byChain: Record<string, ImpactCounts>;
}

/** The result of `simulate`. */
export type SimulationResult =
  | { ok: true; at: string; affected: string[]; policies: PolicyImpact[]; totalDeltaFen: number }
  | { ok: false; errors: string[] };

const zero = (): ImpactCounts => ({ gain: 0, lose: 0, change: 0, deltaFen: 0 });

function bump(map: Record<string, ImpactCounts>, key: string, f: (c: ImpactCounts) => void): void {
  f((map[key] ??= zero()));
}

/** Compares the granted rows of two outcomes of one policy (merge join over sorted rows). */
function compare(base: PolicyOutcome, next: PolicyOutcome, district: Uint8Array, chain: Uint8Array): PolicyImpact {
  const impact: PolicyImpact = { policy: base.policy, ...zero(), baselineAnnualFen: 0, reformAnnualFen: 0, byDistrict: {}, byChain: {} };
  const dName = (i: number): string => (district[i] === NO_ENUM ? 'none' : ENUMS.district!.values[district[i]!]!);
  const cName = (i: number): string => (chain[i] === NO_ENUM ? 'none' : ENUMS.chain!.values[chain[i]!]!);
  const annual = (o: PolicyOutcome, k: number): number => (k >= 0 && o.granted[k] === 1 ? annualFen(o.period, o.amountFen[k]!, o.months[k]!) : 0);
  let a = 0;
  let b = 0;
  while (a < base.rows.length || b < next.rows.length) {
    const ra = a < base.rows.length ? base.rows[a]! : Infinity;
    const rb = b < next.rows.length ? next.rows[b]! : Infinity;
    const row = Math.min(ra, rb);
    const ka = ra === row ? a++ : -1;
    const kb = rb === row ? b++ : -1;
    const was = ka >= 0 && base.granted[ka] === 1;
    const now = kb >= 0 && next.granted[kb] === 1;
    const before = annual(base, ka);
    const after = annual(next, kb);
    impact.baselineAnnualFen += before;
    impact.reformAnnualFen += after;
    const kind = !was && now ? 'gain' : was && !now ? 'lose' : was && now && base.valueFen[ka] !== next.valueFen[kb] ? 'change' : null;
    const delta = after - before;
    const apply = (c: ImpactCounts): void => {
      if (kind) c[kind]++;
      c.deltaFen += delta;
    };
    if (!kind && delta === 0) continue;
    apply(impact);
    bump(impact.byDistrict, dName(row), apply);
    bump(impact.byChain, cName(row), apply);
  }
  return impact;
}

/** Simulates `reform` over `pop` at `at` (YYYY-MM-DD). */
export function simulate(pack: Pack, reform: Reform, pop: Population, at: string): SimulationResult {
  const atDay = parseIsoDate(at);
  if (atDay === null) return { ok: false, errors: [`invalid evaluation date: ${at}`] };
  const applied = applyReform(pack, reform);
  if (!applied.ok) return applied;
  const { cols } = kernelColumns(pack, pop, atDay);
  const s = newScratch(pop.size);
  const baseline = pack.policies.map((p) => runPolicy(p, cols, pop.size, atDay, s));
  resolveGroups(pack.groups, baseline, pop.size);
  const touchedGroups = pack.groups.filter((g) => g.members.some((m) => applied.affected.includes(m)));
  const touched = new Set([...applied.affected, ...touchedGroups.flatMap((g) => g.members)]);
  const next = applied.pack.policies.map((p, i) => (applied.affected.includes(p.id) ? runPolicy(p, cols, pop.size, atDay, s) : baseline[i]!));
  resolveGroups(touchedGroups, next, pop.size);
  const district = pop.column('employer.district') as Uint8Array;
  const chain = pop.column('employer.chain') as Uint8Array;
  const policies = pack.policies.flatMap((p, i) => (touched.has(p.id) ? [compare(baseline[i]!, next[i]!, district, chain)] : []));
  const totalDeltaFen = policies.reduce((t, x) => t + x.deltaFen, 0);
  return { ok: true, at, affected: applied.affected, policies, totalDeltaFen };
}
