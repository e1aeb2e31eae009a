/**
 * Whole-population evaluation with the compiled columnar kernels: derived columns (age, tier)
 * once per date, one fused loop per policy, then 就高不重复 per exclusive group.
 */
import type { Period } from '../benefit.js';
import { SLOT } from '../cel/values.js';
import { daysInMonth, civilFromDays, parseIsoDate } from '../dates.js';
import { resolveParams } from '../pack/params.js';
import type { CompiledPolicy, ExclusiveGroup, Pack } from '../pack/types.js';
import type { Population } from './population.js';

/** Eligible rows of one policy (ascending) with their amounts and group outcome. */
export interface PolicyOutcome {
  readonly policy: string;
  readonly period: Period;
  readonly rows: Int32Array;
  readonly amountFen: Float64Array;
  readonly months: Int32Array;
  readonly valueFen: Float64Array;
  /** 1 when granted, 0 when displaced in its exclusive group. */
  readonly granted: Uint8Array;
  /** For displaced rows, the index in `group.members` of the winner; 255 otherwise. */
  readonly winner: Uint8Array;
  readonly group: ExclusiveGroup | null;
}

/** The result of evaluating a population at one date. */
export interface PopulationEvaluation {
  readonly at: string;
  readonly size: number;
  /** Tier code per row (index into TIERS; 255 = no tier). */
  readonly tier: Uint8Array;
  /** One outcome per policy, in pack order (sorted by id). */
  readonly outcomes: readonly PolicyOutcome[];
}

/** Reusable buffers sized to the population. */
export interface Scratch {
  readonly idx: Int32Array;
  readonly amt: Float64Array;
  readonly mon: Int32Array;
}

/** Allocates scratch buffers for `n` rows. */
export function newScratch(n: number): Scratch {
  return { idx: new Int32Array(n), amt: new Float64Array(n), mon: new Int32Array(n) };
}

/** Age column at `at` (largest k with birth + k years <= at, Feb 29 clamped). */
export function ageColumn(pop: Population, atDay: number): Int32Array {
  const [ay, am, ad] = civilFromDays(atDay);
  const atMd = am * 32 + ad;
  const feb29Clamp = daysInMonth(ay, 2) === 28;
  const out = new Int32Array(pop.size);
  const by = pop.birthYear;
  const bmd = pop.birthMonthDay;
  for (let i = 0; i < pop.size; i++) {
    let md = bmd[i]!;
    if (feb29Clamp && md === 2 * 32 + 29) md = 2 * 32 + 28;
    out[i] = ay - by[i]! - (md > atMd ? 1 : 0);
  }
  return out;
}

/** The columns a kernel reads: profile columns plus the derived `age` and `tier`. */
export function kernelColumns(pack: Pack, pop: Population, atDay: number): { cols: ArrayLike<number>[]; tier: Uint8Array } {
  const cols: ArrayLike<number>[] = [...pop.columns];
  cols[SLOT.get('at')!] = new Int32Array(0);
  cols[SLOT.get('age')!] = ageColumn(pop, atDay);
  const tier = new Uint8Array(pop.size);
  cols[SLOT.get('tier')!] = tier;
  pack.classification.kernel(cols, pop.size, atDay, tier);
  return { cols, tier };
}

/** Runs one policy's kernel (an empty outcome outside its window). */
export function runPolicy(p: CompiledPolicy, cols: readonly ArrayLike<number>[], n: number, atDay: number, s: Scratch): PolicyOutcome {
  const inWindow = atDay >= p.windowFrom && (p.windowTo === null || atDay <= p.windowTo);
  const count = inWindow ? p.kernel(cols, n, atDay, resolveParams(p, atDay), s.idx, s.amt, s.mon) : 0;
  const period = p.doc.benefit.period;
  const amountFen = s.amt.slice(0, count);
  const months = s.mon.slice(0, count);
  const valueFen = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    const a = amountFen[k]!;
    valueFen[k] = period === 'once' ? a : period === 'month' ? a * months[k]! : a * Math.ceil(months[k]! / 12);
  }
  const granted = new Uint8Array(count).fill(1);
  return { policy: p.id, period, rows: s.idx.slice(0, count), amountFen, months, valueFen, granted, winner: new Uint8Array(count).fill(255), group: null };
}

/** Applies 就高不重复 to the outcomes of each group's members (in place); ties go to the first listed. */
export function resolveGroups(groups: readonly ExclusiveGroup[], outcomes: PolicyOutcome[], n: number): void {
  if (groups.length === 0) return;
  const best = new Float64Array(n);
  const win = new Uint8Array(n);
  for (const g of groups) {
    const members = g.members.map((id) => outcomes.findIndex((o) => o.policy === id));
    best.fill(-Infinity);
    win.fill(255);
    members.forEach((oi, m) => {
      const o = outcomes[oi];
      if (!o) return;
      for (let k = 0; k < o.rows.length; k++) {
        const i = o.rows[k]!;
        if (o.valueFen[k]! > best[i]!) {
          best[i] = o.valueFen[k]!;
          win[i] = m;
        }
      }
    });
    members.forEach((oi, m) => {
      const o = outcomes[oi];
      if (!o) return;
      const granted = new Uint8Array(o.rows.length);
      const winner = new Uint8Array(o.rows.length).fill(255);
      for (let k = 0; k < o.rows.length; k++) {
        const w = win[o.rows[k]!]!;
        granted[k] = w === m ? 1 : 0;
        if (w !== m) winner[k] = w;
      }
      outcomes[oi] = { ...o, granted, winner, group: g };
    });
  }
}

/** Evaluates every policy for every row of `pop` at `at` (YYYY-MM-DD). */
export function evaluatePopulation(pack: Pack, pop: Population, at: string): PopulationEvaluation {
  const atDay = parseIsoDate(at);
  if (atDay === null) throw new RangeError(`invalid evaluation date: ${at}`);
  const { cols, tier } = kernelColumns(pack, pop, atDay);
  const s = newScratch(pop.size);
  const outcomes = pack.policies.map((p) => runPolicy(p, cols, pop.size, atDay, s));
  resolveGroups(pack.groups, outcomes, pop.size);
  return { at, size: pop.size, tier, outcomes };
}

/** Finds row `i` in an outcome (binary search); -1 when the row is not eligible. */
export function findRow(o: PolicyOutcome, i: number): number {
  let lo = 0;
  let hi = o.rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = o.rows[mid]!;
    if (r === i) return mid;
    if (r < i) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
