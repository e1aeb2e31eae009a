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

/**
 * Scratch buffers reused across evaluations of the same population (evaluation is synchronous
 * and every outcome copies what it keeps, so sharing them is safe); freed with the population.
 */
const scratchOf = new WeakMap<Population, Scratch>();

/** Scratch buffers for the rows of `pop`, reused across calls. */
export function reusableScratch(pop: Population): Scratch {
  let s = scratchOf.get(pop);
  if (s === undefined || s.idx.length < pop.size) {
    s = newScratch(pop.size);
    scratchOf.set(pop, s);
  }
  return s;
}

/** Age column at `at` (largest k with birth + k years <= at, Feb 29 clamped). */
export function ageColumn(pop: Population, atDay: number): Int32Array {
  const [ay, am, ad] = civilFromDays(atDay);
  let atMd = am * 32 + ad;
  // Feb 29 birthdays count as Feb 28 in non-leap years: md 2*32+29 > atMd iff 2*32+28 > atMd,
  // except when atMd is exactly Feb 28; so only then shift the threshold by one.
  const feb29Clamp = daysInMonth(ay, 2) === 28;
  const n = pop.size;
  const out = new Int32Array(n);
  const by = pop.birthYear;
  const bmd = pop.birthMonthDay;
  if (feb29Clamp && atMd === 2 * 32 + 28) atMd = 2 * 32 + 29;
  for (let i = 0; i < n; i++) out[i] = ay - by[i]! - (bmd[i]! > atMd ? 1 : 0);
  return out;
}

/** The columns a kernel reads: profile columns plus the derived `age` and `tier`. */
export function kernelColumns(pack: Pack, pop: Population, atDay: number): { cols: ArrayLike<number>[]; tier: Uint8Array } {
  const cols: ArrayLike<number>[] = pop.columns.slice();
  cols[SLOT.get('at')!] = EMPTY_I32;
  cols[SLOT.get('age')!] = ageColumn(pop, atDay);
  const tier = new Uint8Array(pop.size);
  cols[SLOT.get('tier')!] = tier;
  pack.classification.kernel(cols, pop.size, atDay, tier);
  return { cols, tier };
}

const EMPTY_I32 = new Int32Array(0);

/** Derived columns of one population at one date under one classification table. */
interface Derived {
  readonly atDay: number;
  readonly classification: Pack['classification'];
  readonly cols: ArrayLike<number>[];
  readonly tier: Uint8Array;
}

/**
 * The derived columns (age, tier) of the most recent date, per population (immutable), freed
 * with it. Never handed out for writing: `evaluatePopulation` returns a copy of the tiers.
 */
const derivedOf = new WeakMap<Population, Derived>();

/** `kernelColumns`, cached per population for its most recent date and classification (read-only). */
export function cachedKernelColumns(pack: Pack, pop: Population, atDay: number): { cols: readonly ArrayLike<number>[]; tier: Uint8Array } {
  const hit = derivedOf.get(pop);
  if (hit !== undefined && hit.atDay === atDay && hit.classification === pack.classification) return hit;
  const { cols, tier } = kernelColumns(pack, pop, atDay);
  const d: Derived = { atDay, classification: pack.classification, cols, tier };
  derivedOf.set(pop, d);
  return d;
}

/**
 * Copies the first `count` kernel results into one outcome. The six arrays of the outcome are
 * views on a single buffer (one allocation instead of six).
 */
function outcomeOf(p: CompiledPolicy, count: number, s: Scratch): PolicyOutcome {
  const period = p.doc.benefit.period;
  const buf = new ArrayBuffer(count * 26);
  const amountFen = new Float64Array(buf, 0, count);
  const valueFen = new Float64Array(buf, count * 8, count);
  const rows = new Int32Array(buf, count * 16, count);
  const months = new Int32Array(buf, count * 20, count);
  const granted = new Uint8Array(buf, count * 24, count);
  const winner = new Uint8Array(buf, count * 25, count);
  if (count > 0) {
    amountFen.set(s.amt.subarray(0, count));
    rows.set(s.idx.subarray(0, count));
    months.set(s.mon.subarray(0, count));
    if (period === 'once') valueFen.set(amountFen);
    else if (period === 'month') for (let k = 0; k < count; k++) valueFen[k] = amountFen[k]! * months[k]!;
    else for (let k = 0; k < count; k++) valueFen[k] = amountFen[k]! * Math.ceil(months[k]! / 12);
    granted.fill(1);
    winner.fill(255);
  }
  return { policy: p.id, period, rows, amountFen, months, valueFen, granted, winner, group: null };
}

/** Runs one policy's kernel (an empty outcome outside its window). */
export function runPolicy(p: CompiledPolicy, cols: readonly ArrayLike<number>[], n: number, atDay: number, s: Scratch): PolicyOutcome {
  const inWindow = atDay >= p.windowFrom && (p.windowTo === null || atDay <= p.windowTo);
  const count = inWindow ? p.kernel(cols, n, atDay, resolveParams(p, atDay), s.idx, s.amt, s.mon) : 0;
  return outcomeOf(p, count, s);
}

/**
 * Applies 就高不重复 to the outcomes of each group's members (replacing them, never mutating);
 * ties go to the first listed. A k-way merge over the members' sorted `rows`: only eligible
 * rows are visited, no population-sized arrays.
 */
export function resolveGroups(groups: readonly ExclusiveGroup[], outcomes: PolicyOutcome[], n: number): void {
  void n;
  for (const g of groups) {
    const ms: number[] = [];
    const ois: number[] = [];
    for (let m = 0; m < g.members.length; m++) {
      const id = g.members[m]!;
      const oi = outcomes.findIndex((o) => o.policy === id);
      if (oi >= 0) {
        ms.push(m);
        ois.push(oi);
      }
    }
    const k = ois.length;
    const src = ois.map((oi) => outcomes[oi]!);
    // One buffer for the whole group: each member's `granted` then `winner` (255 = none).
    let total = 0;
    for (const o of src) total += 2 * o.rows.length;
    const buf = new ArrayBuffer(total);
    const granted: Uint8Array[] = [];
    const winner: Uint8Array[] = [];
    let off = 0;
    for (const o of src) {
      const len = o.rows.length;
      granted.push(new Uint8Array(buf, off, len));
      winner.push(new Uint8Array(buf, off + len, len).fill(255));
      off += 2 * len;
    }
    const pos = new Int32Array(k);
    if (k === 2) {
      // The common case: two members, a plain merge join.
      const a = src[0]!;
      const b = src[1]!;
      const ma = ms[0]!;
      const mb = ms[1]!;
      const ra = a.rows;
      const rb = b.rows;
      const va = a.valueFen;
      const vb = b.valueFen;
      const ga = granted[0]!;
      const gb = granted[1]!;
      const wa = winner[0]!;
      const wb = winner[1]!;
      const na = ra.length;
      const nb = rb.length;
      let i = 0;
      let j = 0;
      while (i < na && j < nb) {
        const x = ra[i]!;
        const y = rb[j]!;
        if (x < y) {
          if (va[i]! > -Infinity) ga[i] = 1;
          i++;
        } else if (y < x) {
          if (vb[j]! > -Infinity) gb[j] = 1;
          j++;
        } else {
          const a0 = va[i]!;
          const b0 = vb[j]!;
          const w = b0 > a0 && b0 > -Infinity ? mb : a0 > -Infinity ? ma : b0 > -Infinity ? mb : 255;
          if (w === ma) {
            ga[i] = 1;
            wb[j] = ma;
          } else if (w === mb) {
            gb[j] = 1;
            wa[i] = mb;
          }
          i++;
          j++;
        }
      }
      for (; i < na; i++) if (va[i]! > -Infinity) ga[i] = 1;
      for (; j < nb; j++) if (vb[j]! > -Infinity) gb[j] = 1;
    } else if (k > 0) {
      for (;;) {
        let row = 2147483647;
        let any = false;
        for (let q = 0; q < k; q++) {
          const p = pos[q]!;
          const rs = src[q]!.rows;
          if (p < rs.length && rs[p]! <= row) {
            row = rs[p]!;
            any = true;
          }
        }
        if (!any) break;
        let best = -Infinity;
        let w = 255;
        for (let q = 0; q < k; q++) {
          const p = pos[q]!;
          const o = src[q]!;
          if (p < o.rows.length && o.rows[p] === row && o.valueFen[p]! > best) {
            best = o.valueFen[p]!;
            w = ms[q]!;
          }
        }
        for (let q = 0; q < k; q++) {
          const p = pos[q]!;
          const o = src[q]!;
          if (p < o.rows.length && o.rows[p] === row) {
            if (w === ms[q]) granted[q]![p] = 1;
            else winner[q]![p] = w;
            pos[q] = p + 1;
          }
        }
      }
    }
    for (let q = 0; q < k; q++) outcomes[ois[q]!] = { ...src[q]!, granted: granted[q]!, winner: winner[q]!, group: g };
  }
}

/** Evaluates every policy for every row of `pop` at `at` (YYYY-MM-DD). */
export function evaluatePopulation(pack: Pack, pop: Population, at: string): PopulationEvaluation {
  const atDay = parseIsoDate(at);
  if (atDay === null) throw new RangeError(`invalid evaluation date: ${at}`);
  const { cols, tier } = cachedKernelColumns(pack, pop, atDay);
  const s = reusableScratch(pop);
  const outcomes = pack.policies.map((p) => runPolicy(p, cols, pop.size, atDay, s));
  resolveGroups(pack.groups, outcomes, pop.size);
  return { at, size: pop.size, tier: tier.slice(), outcomes };
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
