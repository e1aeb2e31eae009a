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

/** The columns a kernel reads with the tier column given by the caller (no classification). */
function givenTierColumns(pop: Population, atDay: number, tiers: Uint8Array): { cols: ArrayLike<number>[]; tier: Uint8Array } {
  if (tiers.length !== pop.size) throw new RangeError(`tiers: ${tiers.length} given for ${pop.size} rows`);
  const cols: ArrayLike<number>[] = pop.columns.slice();
  cols[SLOT.get('at')!] = EMPTY_I32;
  cols[SLOT.get('age')!] = ageColumn(pop, atDay);
  cols[SLOT.get('tier')!] = tiers;
  return { cols, tier: tiers };
}

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

/** A group's members that have an outcome: their index in `group.members` and their outcome's index. */
interface PresentMembers {
  readonly memberIndex: number[];
  readonly outcomeIndex: number[];
}

function presentMembers(group: ExclusiveGroup, outcomes: readonly PolicyOutcome[]): PresentMembers {
  const memberIndex: number[] = [];
  const outcomeIndex: number[] = [];
  group.members.forEach((id, m) => {
    const oi = outcomes.findIndex((o) => o.policy === id);
    if (oi >= 0) {
      memberIndex.push(m);
      outcomeIndex.push(oi);
    }
  });
  return { memberIndex, outcomeIndex };
}

/** Each member's `granted` (0) and `winner` (255 = none) columns, views on one buffer for the whole group. */
function groupColumns(members: readonly PolicyOutcome[]): { granted: Uint8Array[]; winner: Uint8Array[] } {
  let total = 0;
  for (const o of members) total += 2 * o.rows.length;
  const buf = new ArrayBuffer(total);
  const granted: Uint8Array[] = [];
  const winner: Uint8Array[] = [];
  let offset = 0;
  for (const o of members) {
    const len = o.rows.length;
    granted.push(new Uint8Array(buf, offset, len));
    winner.push(new Uint8Array(buf, offset + len, len).fill(255));
    offset += 2 * len;
  }
  return { granted, winner };
}

/** One member's side of a two-way merge: its outcome, its index in the group and its result columns. */
interface Side {
  readonly outcome: PolicyOutcome;
  readonly member: number;
  readonly granted: Uint8Array;
  readonly winner: Uint8Array;
}

/** The common case, two members: a plain merge join over their sorted rows; ties go to the first. */
function resolvePair(first: Side, second: Side): void {
  const rowsA = first.outcome.rows;
  const rowsB = second.outcome.rows;
  const valueA = first.outcome.valueFen;
  const valueB = second.outcome.valueFen;
  let i = 0;
  let j = 0;
  while (i < rowsA.length && j < rowsB.length) {
    const rowA = rowsA[i]!;
    const rowB = rowsB[j]!;
    if (rowA < rowB) {
      if (valueA[i]! > -Infinity) first.granted[i] = 1;
      i++;
    } else if (rowB < rowA) {
      if (valueB[j]! > -Infinity) second.granted[j] = 1;
      j++;
    } else {
      const a = valueA[i]!;
      const b = valueB[j]!;
      const winner = b > a && b > -Infinity ? second.member : a > -Infinity ? first.member : b > -Infinity ? second.member : 255;
      if (winner === first.member) {
        first.granted[i] = 1;
        second.winner[j] = first.member;
      } else if (winner === second.member) {
        second.granted[j] = 1;
        first.winner[i] = second.member;
      }
      i++;
      j++;
    }
  }
  for (; i < rowsA.length; i++) if (valueA[i]! > -Infinity) first.granted[i] = 1;
  for (; j < rowsB.length; j++) if (valueB[j]! > -Infinity) second.granted[j] = 1;
}

/** Any number of members: a k-way merge, row by row, the highest value wins (ties to the first listed). */
function resolveMany(sides: readonly Side[]): void {
  const k = sides.length;
  const pos = new Int32Array(k);
  for (;;) {
    let row = 2147483647;
    let any = false;
    for (let q = 0; q < k; q++) {
      const p = pos[q]!;
      const rows = sides[q]!.outcome.rows;
      if (p < rows.length && rows[p]! <= row) {
        row = rows[p]!;
        any = true;
      }
    }
    if (!any) return;
    let best = -Infinity;
    let winner = 255;
    for (let q = 0; q < k; q++) {
      const p = pos[q]!;
      const o = sides[q]!.outcome;
      if (p < o.rows.length && o.rows[p] === row && o.valueFen[p]! > best) {
        best = o.valueFen[p]!;
        winner = sides[q]!.member;
      }
    }
    for (let q = 0; q < k; q++) {
      const p = pos[q]!;
      const side = sides[q]!;
      if (p < side.outcome.rows.length && side.outcome.rows[p] === row) {
        if (winner === side.member) side.granted[p] = 1;
        else side.winner[p] = winner;
        pos[q] = p + 1;
      }
    }
  }
}

/**
 * Applies 就高不重复 to the outcomes of each group's members (replacing them, never mutating);
 * ties go to the first listed. A merge over the members' sorted `rows`: only eligible rows are
 * visited, no population-sized arrays.
 */
export function resolveGroups(groups: readonly ExclusiveGroup[], outcomes: PolicyOutcome[], n: number): void {
  void n;
  for (const group of groups) {
    const { memberIndex, outcomeIndex } = presentMembers(group, outcomes);
    const members = outcomeIndex.map((oi) => outcomes[oi]!);
    const { granted, winner } = groupColumns(members);
    const sides: Side[] = members.map((outcome, q) => ({ outcome, member: memberIndex[q]!, granted: granted[q]!, winner: winner[q]! }));
    if (sides.length === 2) resolvePair(sides[0]!, sides[1]!);
    else if (sides.length > 0) resolveMany(sides);
    sides.forEach((side, q) => (outcomes[outcomeIndex[q]!] = { ...side.outcome, granted: side.granted, winner: side.winner, group }));
  }
}

/** Options of a population evaluation. */
export interface PopulationOptions {
  /**
   * The tier of each row as the policies read it (codes from `tierCode`; NO_ENUM = no tier), when
   * the caller knows them (tiers granted by recognition). Absent: the pack's classification decides.
   */
  readonly tiers?: Uint8Array;
}

/** Evaluates every policy for every row of `pop` at `at` (YYYY-MM-DD). */
export function evaluatePopulation(pack: Pack, pop: Population, at: string, options: PopulationOptions = {}): PopulationEvaluation {
  const atDay = parseIsoDate(at);
  if (atDay === null) throw new RangeError(`invalid evaluation date: ${at}`);
  const { cols, tier } = options.tiers === undefined ? cachedKernelColumns(pack, pop, atDay) : givenTierColumns(pop, atDay, options.tiers);
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
