/**
 * The in-memory matching index, pure: an inverted index skill → talents (growable Int32Array
 * lists plus one bitset per skill), the talents' ranks in typed arrays, and each talent's skills
 * with their levels. A posting's candidates come from its most selective required skill (that
 * skill's list and its related skills' lists); the other gates are bit tests. Scores are
 * `scoreMatch`'s, so the top-K equals a full scan and the SQL query. Kept current one talent at
 * a time (`upsert`, `remove`), never rebuilt per change.
 */
import {
  POINTS,
  rankBefore,
  rarityWeight,
  scoreMatch,
  type ScoreBreakdown,
  type ScoredPosting,
  type ScoredTalent,
  type SkillHolding,
} from './match-scoring.js';

/** A talent to index: the scored fields and the skills held (skill index → level 1–5). */
export interface IndexedTalent extends ScoredTalent {
  skills: ReadonlyArray<{ skill: number; level: number }>;
}

/** One ranked talent. */
export interface RankedTalent {
  id: string;
  score: ScoreBreakdown;
}

class IntList {
  items = new Int32Array(8);
  length = 0;
  push(v: number): void {
    if (this.length === this.items.length) {
      const next = new Int32Array(this.items.length * 2);
      next.set(this.items);
      this.items = next;
    }
    this.items[this.length++] = v;
  }
  /** Removes one `v` by swapping the last item into its place (order does not matter). */
  remove(v: number): void {
    for (let i = 0; i < this.length; i++) {
      if (this.items[i] === v) {
        this.items[i] = this.items[--this.length]!;
        return;
      }
    }
  }
}

/** The index over the discoverable talents, `skillCount` skills numbered 0…skillCount−1. */
export class MatchIndex {
  private readonly lists: IntList[];
  private bits: Uint32Array[];
  private capacity: number;
  private ids: string[] = [];
  private slotOf = new Map<string, number>();
  private free: number[] = [];
  private degree: Int8Array;
  private title: Int8Array;
  private skillLevel: Int8Array;
  private years: Uint8Array;
  private availability: Uint8Array;
  private districts: (string | null)[] = [];
  private districtIx: Int16Array;
  private readonly districtCode = new Map<string, number>();
  /** Per slot, its skills and levels, packed `skill << 3 | level`. */
  private held: (Int32Array | null)[] = [];
  private live = 0;
  private stamp: Uint32Array;
  private round = 0;

  constructor(
    readonly skillCount: number,
    private readonly related: ReadonlyArray<readonly number[]>,
    expectedTalents = 1024,
  ) {
    this.capacity = Math.max(32, expectedTalents);
    this.lists = Array.from({ length: skillCount }, () => new IntList());
    this.bits = Array.from({ length: skillCount }, () => new Uint32Array(this.capacity >>> 5 || 1));
    this.degree = new Int8Array(this.capacity);
    this.title = new Int8Array(this.capacity);
    this.skillLevel = new Int8Array(this.capacity);
    this.years = new Uint8Array(this.capacity);
    this.availability = new Uint8Array(this.capacity);
    this.stamp = new Uint32Array(this.capacity);
    this.districtIx = new Int16Array(this.capacity);
  }

  /** Number of talents indexed. */
  get size(): number {
    return this.live;
  }

  /** The related skills of `skill`. */
  relatedOf(skill: number): readonly number[] | undefined {
    return this.related[skill];
  }

  /** How many indexed talents hold `skill`. */
  documentFrequency(skill: number): number {
    return this.lists[skill]!.length;
  }

  private grow(): void {
    const cap = this.capacity * 2;
    const widen = <T extends Int8Array | Uint8Array | Uint32Array>(a: T, C: new (n: number) => T): T => {
      const b = new C(cap);
      b.set(a);
      return b;
    };
    this.degree = widen(this.degree, Int8Array);
    this.title = widen(this.title, Int8Array);
    this.skillLevel = widen(this.skillLevel, Int8Array);
    this.years = widen(this.years, Uint8Array);
    this.availability = widen(this.availability, Uint8Array);
    this.stamp = widen(this.stamp, Uint32Array);
    const districtIx = new Int16Array(cap);
    districtIx.set(this.districtIx);
    this.districtIx = districtIx;
    this.bits = this.bits.map((b) => {
      const n = new Uint32Array(cap >>> 5);
      n.set(b);
      return n;
    });
    this.capacity = cap;
  }

  /** Adds a talent, or replaces what is indexed for it (a profile change). */
  upsert(t: IndexedTalent): void {
    this.remove(t.id);
    let slot = this.free.pop();
    if (slot === undefined) {
      slot = this.ids.length;
      if (slot >= this.capacity) this.grow();
    }
    this.ids[slot] = t.id;
    this.slotOf.set(t.id, slot);
    this.degree[slot] = t.degree;
    this.title[slot] = t.title;
    this.skillLevel[slot] = t.skillLevel;
    this.years[slot] = Math.min(255, t.years);
    this.availability[slot] = t.availability;
    this.districts[slot] = t.district;
    if (t.district !== null && !this.districtCode.has(t.district)) this.districtCode.set(t.district, this.districtCode.size);
    this.districtIx[slot] = t.district === null ? -1 : this.districtCode.get(t.district)!;
    const packed = new Int32Array(t.skills.length);
    t.skills.forEach((s, i) => {
      packed[i] = (s.skill << 3) | s.level;
      this.lists[s.skill]!.push(slot);
      this.bits[s.skill]![slot >>> 5]! |= 1 << (slot & 31);
    });
    this.held[slot] = packed;
    this.live++;
  }

  /** Takes a talent out (no longer discoverable); nothing when not indexed. */
  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    for (const p of this.held[slot]!) {
      const skill = p >>> 3;
      this.lists[skill]!.remove(slot);
      this.bits[skill]![slot >>> 5]! &= ~(1 << (slot & 31));
    }
    this.held[slot] = null;
    this.slotOf.delete(id);
    this.free.push(slot);
    this.live--;
  }

  private has(skill: number, slot: number): boolean {
    return (this.bits[skill]![slot >>> 5]! & (1 << (slot & 31))) !== 0;
  }

  private talentAt(slot: number): ScoredTalent {
    return {
      id: this.ids[slot]!,
      degree: this.degree[slot]!,
      title: this.title[slot]!,
      skillLevel: this.skillLevel[slot]!,
      district: this.districts[slot]!,
      years: this.years[slot]!,
      availability: this.availability[slot]!,
    };
  }

  private holdingAt(slot: number): SkillHolding {
    const packed = this.held[slot]!;
    return {
      level: (skill) => {
        if (!this.has(skill, slot)) return 0;
        for (const p of packed) if (p >>> 3 === skill) return p & 7;
        return 0;
      },
    };
  }

  /** The rarity weight of every skill of `p` (computed once per query). */
  weights(p: ScoredPosting): Map<number, number> {
    const w = new Map<number, number>();
    for (const s of [...p.required, ...p.optional]) {
      w.set(s, rarityWeight(this.documentFrequency(s), this.live));
      for (const r of this.related[s] ?? []) if (!w.has(r)) w.set(r, rarityWeight(this.documentFrequency(r), this.live));
    }
    return w;
  }

  /** The required skill whose cover (its list and its related skills' lists) is smallest. */
  private seedSkill(p: ScoredPosting): number {
    let best = p.required[0]!;
    let bestSize = Infinity;
    for (const s of p.required) {
      let size = this.documentFrequency(s);
      for (const r of this.related[s] ?? []) size += this.documentFrequency(r);
      if (size < bestSize) [best, bestSize] = [s, size];
    }
    return best;
  }

  /** The posting in typed arrays: skills, their weights and related skills, the district's number. */
  private compile(p: ScoredPosting): CompiledPosting {
    const w = this.weights(p);
    const part = (skills: readonly number[]) => ({
      skills: Int32Array.from(skills),
      weights: Int32Array.from(skills, (s) => w.get(s)!),
      related: skills.map((s) => Int32Array.from(this.related[s] ?? [])),
    });
    return { req: part(p.required), opt: part(p.optional), district: p.district === null ? -1 : (this.districtCode.get(p.district) ?? -2), weights: w };
  }

  private levelAt(slot: number, skill: number): number {
    for (const packed of this.held[slot]!) if (packed >>> 3 === skill) return packed & 7;
    return 0;
  }

  private anyHeld(related: Int32Array, slot: number): boolean {
    for (let j = 0; j < related.length; j++) if (this.has(related[j]!, slot)) return true;
    return false;
  }

  /** `scoreMatch`'s total for the talent in `slot` (its gates on ranks already passed), −1 when a required skill is not covered. */
  private totalAt(slot: number, p: ScoredPosting, q: CompiledPosting): number {
    let total = 0;
    const { req, opt } = q;
    for (let i = 0; i < req.skills.length; i++) {
      const s = req.skills[i]!;
      if (this.has(s, slot)) total += POINTS.requiredDirect * req.weights[i]! + POINTS.perLevel * this.levelAt(slot, s);
      else if (this.anyHeld(req.related[i]!, slot)) total += POINTS.requiredRelated * req.weights[i]!;
      else return -1;
    }
    for (let i = 0; i < opt.skills.length; i++) {
      if (this.has(opt.skills[i]!, slot)) total += POINTS.optionalDirect * opt.weights[i]!;
      else if (this.anyHeld(opt.related[i]!, slot)) total += POINTS.optionalRelated * opt.weights[i]!;
    }
    total += POINTS.perDegreeStep * Math.min(POINTS.maxDegreeSteps, this.degree[slot]! - p.minDegree);
    total += POINTS.perExtraYear * Math.min(POINTS.maxExtraYears, this.years[slot]! - p.minYears);
    if (q.district >= 0 && this.districtIx[slot] === q.district) total += POINTS.sameDistrict;
    return total + (POINTS.availability[this.availability[slot]!] ?? 0);
  }

  /**
   * The best `k` talents for `p` (at least one required skill), best first. Candidates are the
   * talents covering the most selective required skill; the rest of the gates are bit and rank
   * tests; totals are computed in place and the breakdown only for the `k` kept.
   */
  top(p: ScoredPosting, k: number): RankedTalent[] {
    if (p.required.length === 0) throw new Error('a posting needs a required skill');
    const q = this.compile(p);
    const seed = this.seedSkill(p);
    const kept = new TopK(k, this.ids);
    if (++this.round === 0xffffffff) {
      this.stamp.fill(0);
      this.round = 1;
    }
    const round = this.round;
    const { minDegree, minTitle, minSkillLevel, minYears } = p;
    for (const list of [this.lists[seed]!, ...(this.related[seed] ?? []).map((r) => this.lists[r]!)]) {
      const items = list.items;
      for (let i = 0; i < list.length; i++) {
        const slot = items[i]!;
        if (this.stamp[slot] === round) continue;
        this.stamp[slot] = round;
        if (this.degree[slot]! < minDegree || this.title[slot]! < minTitle || this.skillLevel[slot]! < minSkillLevel || this.years[slot]! < minYears) continue;
        const total = this.totalAt(slot, p, q);
        if (total >= 0) kept.offer(total, slot);
      }
    }
    const weight = (s: number) => q.weights.get(s)!;
    const related = (s: number) => this.related[s];
    return kept.slots().map((slot) => ({ id: this.ids[slot]!, score: scoreMatch(p, this.talentAt(slot), this.holdingAt(slot), weight, related)! }));
  }

  /** Every indexed talent scored for `p`, best first (the brute-force reference). */
  scan(p: ScoredPosting, k: number): RankedTalent[] {
    const w = this.weights(p);
    const best: RankedTalent[] = [];
    for (let slot = 0; slot < this.ids.length; slot++) {
      if (!this.held[slot]) continue;
      const score = scoreMatch(
        p,
        this.talentAt(slot),
        this.holdingAt(slot),
        (s) => w.get(s)!,
        (s) => this.related[s],
      );
      if (score) offer(best, k, { id: this.ids[slot]!, score });
    }
    return best;
  }
}

interface CompiledPart {
  skills: Int32Array;
  weights: Int32Array;
  related: Int32Array[];
}

interface CompiledPosting {
  req: CompiledPart;
  opt: CompiledPart;
  /** The district's number, −1 when the posting names none, −2 when no talent is in it. */
  district: number;
  weights: Map<number, number>;
}

/** The best `k` (total, slot) pairs seen, best first; ties by talent id. */
class TopK {
  private readonly totals: Int32Array;
  private readonly slotsKept: Int32Array;
  private n = 0;
  constructor(
    private readonly k: number,
    private readonly ids: readonly string[],
  ) {
    this.totals = new Int32Array(k);
    this.slotsKept = new Int32Array(k);
  }
  offer(total: number, slot: number): void {
    const { k, totals, slotsKept, ids } = this;
    if (this.n === k && !rankBefore(total, ids[slot]!, totals[k - 1]!, ids[slotsKept[k - 1]!]!)) return;
    let i = this.n < k ? this.n++ : k - 1;
    while (i > 0 && rankBefore(total, ids[slot]!, totals[i - 1]!, ids[slotsKept[i - 1]!]!)) {
      totals[i] = totals[i - 1]!;
      slotsKept[i] = slotsKept[i - 1]!;
      i--;
    }
    totals[i] = total;
    slotsKept[i] = slot;
  }
  slots(): number[] {
    return Array.from(this.slotsKept.subarray(0, this.n));
  }
}

/** Inserts `r` into `best` (sorted, at most `k` long) when it ranks high enough. */
export function offer(best: RankedTalent[], k: number, r: RankedTalent): void {
  const last = best[best.length - 1];
  if (best.length === k && last && !rankBefore(r.score.total, r.id, last.score.total, last.id)) return;
  let i = best.length;
  while (i > 0 && rankBefore(r.score.total, r.id, best[i - 1]!.score.total, best[i - 1]!.id)) i--;
  best.splice(i, 0, r);
  if (best.length > k) best.pop();
}
