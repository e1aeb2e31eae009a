/**
 * What-if simulation: evaluates the population under the current pack and under a reform,
 * re-running only the reformed policies (and re-resolving their exclusive groups), and
 * reports per policy who gains, loses or changes amount, and the annual budget delta in fen,
 * broken down by the city's vocabularies: its districts and industry chains (the pack's).
 */
import { annualFen } from '../benefit.js';
import { parseIsoDate } from '../dates.js';
import { cachedKernelColumns, resolveGroups, reusableScratch, runPolicy, type PolicyOutcome } from '../population/evaluate-population.js';
import type { Population } from '../population/population.js';
import type { Pack } from '../pack/types.js';
import { NO_ENUM, type CityVocabulary } from '../schema.js';
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
export type SimulationResult = { ok: true; at: string; affected: string[]; policies: PolicyImpact[]; totalDeltaFen: number } | { ok: false; errors: string[] };

const zero = (): ImpactCounts => ({ gain: 0, lose: 0, change: 0, deltaFen: 0 });

const GAIN = 1;
const LOSE = 2;
const CHANGE = 3;

function add(c: ImpactCounts, kind: number, delta: number): void {
  if (kind === GAIN) c.gain++;
  else if (kind === LOSE) c.lose++;
  else if (kind === CHANGE) c.change++;
  c.deltaFen += delta;
}

/** Display names of an enum's codes (255 → 'none'), looked up once. */
function namesOf(values: readonly string[]): string[] {
  const names = new Array<string>(256).fill('undefined');
  for (let i = 0; i < values.length && i < 255; i++) names[i] = values[i]!;
  names[NO_ENUM] = 'none';
  return names;
}

/** Compares the granted rows of two outcomes of one policy (merge join over sorted rows). */
function compare(base: PolicyOutcome, next: PolicyOutcome, district: Uint8Array, chain: Uint8Array, vocabulary: CityVocabulary): PolicyImpact {
  const impact: PolicyImpact = { policy: base.policy, ...zero(), baselineAnnualFen: 0, reformAnnualFen: 0, byDistrict: {}, byChain: {} };
  const dNames = namesOf(vocabulary.district);
  const cNames = namesOf(vocabulary.chain);
  // Per-code counters, turned into the keyed records (in first-seen order) at the end.
  const dCounts: (ImpactCounts | undefined)[] = new Array(256);
  const cCounts: (ImpactCounts | undefined)[] = new Array(256);
  const dOrder: number[] = [];
  const cOrder: number[] = [];
  const br = base.rows;
  const nr = next.rows;
  const bn = br.length;
  const nn = nr.length;
  let baseline = 0;
  let reformed = 0;
  let a = 0;
  let b = 0;
  while (a < bn || b < nn) {
    const ra = a < bn ? br[a]! : Infinity;
    const rb = b < nn ? nr[b]! : Infinity;
    const row = ra < rb ? ra : rb;
    const ka = ra === row ? a++ : -1;
    const kb = rb === row ? b++ : -1;
    const was = ka >= 0 && base.granted[ka] === 1;
    const now = kb >= 0 && next.granted[kb] === 1;
    const before = was ? annualFen(base.period, base.amountFen[ka]!, base.months[ka]!) : 0;
    const after = now ? annualFen(next.period, next.amountFen[kb]!, next.months[kb]!) : 0;
    baseline += before;
    reformed += after;
    const kind = !was && now ? GAIN : was && !now ? LOSE : was && now && base.valueFen[ka] !== next.valueFen[kb] ? CHANGE : 0;
    const delta = after - before;
    if (kind === 0 && delta === 0) continue;
    add(impact, kind, delta);
    const d = district[row]!;
    let dc = dCounts[d];
    if (dc === undefined) {
      dc = dCounts[d] = zero();
      dOrder.push(d);
    }
    add(dc, kind, delta);
    const c = chain[row]!;
    let cc = cCounts[c];
    if (cc === undefined) {
      cc = cCounts[c] = zero();
      cOrder.push(c);
    }
    add(cc, kind, delta);
  }
  impact.baselineAnnualFen = baseline;
  impact.reformAnnualFen = reformed;
  for (const d of dOrder) mergeInto(impact.byDistrict, dNames[d]!, dCounts[d]!);
  for (const c of cOrder) mergeInto(impact.byChain, cNames[c]!, cCounts[c]!);
  return impact;
}

/** Adds `c` under `key` (codes beyond the vocabulary all read 'none', as before). */
function mergeInto(map: Record<string, ImpactCounts>, key: string, c: ImpactCounts): void {
  const have = map[key];
  if (have === undefined) map[key] = c;
  else {
    have.gain += c.gain;
    have.lose += c.lose;
    have.change += c.change;
    have.deltaFen += c.deltaFen;
  }
}

/** The baseline of one (pack, population, date): derived columns and resolved outcomes. */
interface Baseline {
  readonly atDay: number;
  readonly cols: readonly ArrayLike<number>[];
  readonly outcomes: readonly PolicyOutcome[];
}

/**
 * Baselines cached per pack and population (both immutable), for the most recent date: a
 * series of reforms of one pack over one population re-evaluates only the reformed policies.
 * Outcomes are never mutated (group resolution replaces them), so sharing them is safe.
 */
const baselines = new WeakMap<Pack, WeakMap<Population, Baseline>>();

function baselineOf(pack: Pack, pop: Population, atDay: number): Baseline {
  let byPop = baselines.get(pack);
  if (byPop === undefined) {
    byPop = new WeakMap();
    baselines.set(pack, byPop);
  }
  const hit = byPop.get(pop);
  if (hit !== undefined && hit.atDay === atDay) return hit;
  const { cols } = cachedKernelColumns(pack, pop, atDay);
  const s = reusableScratch(pop);
  const outcomes = pack.policies.map((p) => runPolicy(p, cols, pop.size, atDay, s));
  resolveGroups(pack.groups, outcomes, pop.size);
  const b: Baseline = { atDay, cols, outcomes };
  byPop.set(pop, b);
  return b;
}

/** Simulates `reform` over `pop` at `at` (YYYY-MM-DD). */
export function simulate(pack: Pack, reform: Reform, pop: Population, at: string): SimulationResult {
  const atDay = parseIsoDate(at);
  if (atDay === null) return { ok: false, errors: [`invalid evaluation date: ${at}`] };
  const applied = applyReform(pack, reform);
  if (!applied.ok) return applied;
  const { cols, outcomes: baseline } = baselineOf(pack, pop, atDay);
  const s = reusableScratch(pop);
  const affected = new Set(applied.affected);
  const touchedGroups = pack.groups.filter((g) => g.members.some((m) => affected.has(m)));
  const touched = new Set([...applied.affected, ...touchedGroups.flatMap((g) => g.members)]);
  const next = applied.pack.policies.map((p, i) => (affected.has(p.id) ? runPolicy(p, cols, pop.size, atDay, s) : baseline[i]!));
  resolveGroups(touchedGroups, next, pop.size);
  const district = pop.column('employer.district') as Uint8Array;
  const chain = pop.column('employer.chain') as Uint8Array;
  const policies = pack.policies.flatMap((p, i) => (touched.has(p.id) ? [compare(baseline[i]!, next[i]!, district, chain, pack.schema.vocabulary)] : []));
  const totalDeltaFen = policies.reduce((t, x) => t + x.deltaFen, 0);
  return { ok: true, at, affected: applied.affected, policies, totalDeltaFen };
}
