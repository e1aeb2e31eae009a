/**
 * The in-memory matching index, pure: an inverted index skill → talents (growable Int32Array
 * lists plus one bitset per skill), the talents' ranks in typed arrays, and each talent's skills
 * with their levels. A posting's candidates come from its most selective required skill (that
 * skill's list and its related skills' lists); the other gates are bit tests. Scores are
 * `scoreMatch`'s, so the top-K equals a full scan and the SQL query. Kept current one talent at
 * a time (`upsert`, `remove`), never rebuilt per change.
 */
import { POINTS, rarityWeight, scoreMatch, type ScoreBreakdown, type ScoredPosting, type ScoredTalent, type SkillHolding } from './match-scoring.js';
import { IntList, offer, TopK } from './match-lists.js';

/** A talent to index: the scored fields and the skills held (skill index → level 1–5). */
export interface IndexedTalent extends ScoredTalent {
  skills: ReadonlyArray<{ skill: number; level: number }>;
}

/** One ranked talent. */
export interface RankedTalent {
  id: string;
  score: ScoreBreakdown;
}

/** The highest skill level (1–5). */
const MAX_LEVEL = 5;
/** Buckets of a skill's holders: every value `potentialAt` can take (0 … 12 + 20 + 10). */
const POTENTIALS = POINTS.perDegreeStep * POINTS.maxDegreeSteps + POINTS.perExtraYear * POINTS.maxExtraYears + Math.max(...POINTS.availability) + 1;

/** The index over the discoverable talents, `skillCount` skills numbered 0…skillCount−1. */
export class MatchIndex {
  /** Per skill, its holders bucketed by `potentialOf` (a bound on their skill-free score parts). */
  private readonly lists: IntList[][];
  /** Per skill, how many talents hold it. */
  private readonly df: Int32Array;
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
    this.lists = Array.from({ length: skillCount }, () => Array.from({ length: POTENTIALS }, () => new IntList()));
    this.df = new Int32Array(skillCount);
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
    return this.df[skill]!;
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
    const potential = this.potentialAt(slot);
    t.skills.forEach((s, i) => {
      packed[i] = (s.skill << 3) | s.level;
      this.lists[s.skill]![potential]!.push(slot);
      this.df[s.skill]!++;
      this.bits[s.skill]![slot >>> 5]! |= 1 << (slot & 31);
    });
    this.held[slot] = packed;
    this.live++;
  }

  /** Takes a talent out (no longer discoverable); nothing when not indexed. */
  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    const potential = this.potentialAt(slot);
    for (const p of this.held[slot]!) {
      const skill = p >>> 3;
      this.lists[skill]![potential]!.remove(slot);
      this.df[skill]!--;
      this.bits[skill]![slot >>> 5]! &= ~(1 << (slot & 31));
    }
    this.held[slot] = null;
    this.slotOf.delete(id);
    this.free.push(slot);
    this.live--;
  }

  /**
   * A bound, whatever the posting, on the degree, experience and availability points of the talent
   * in `slot` (a posting's minimum degree is at least "unknown", −1, and its minimum years at least 0).
   */
  private potentialAt(slot: number): number {
    return (
      POINTS.perDegreeStep * Math.min(POINTS.maxDegreeSteps, this.degree[slot]! + 1) +
      POINTS.perExtraYear * Math.min(POINTS.maxExtraYears, this.years[slot]!) +
      (POINTS.availability[this.availability[slot]!] ?? 0)
    );
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
    const req = part(p.required);
    const opt = part(p.optional);
    let skillMax = 0;
    for (const x of req.weights) skillMax += POINTS.requiredDirect * x + POINTS.perLevel * MAX_LEVEL;
    for (const x of opt.weights) skillMax += POINTS.optionalDirect * x;
    return { req, opt, skillMax, district: p.district === null ? -1 : (this.districtCode.get(p.district) ?? -2), weights: w };
  }

  private levelAt(slot: number, skill: number): number {
    for (const packed of this.held[slot]!) if (packed >>> 3 === skill) return packed & 7;
    return 0;
  }

  private anyHeld(related: Int32Array, slot: number): boolean {
    for (let j = 0; j < related.length; j++) if (this.has(related[j]!, slot)) return true;
    return false;
  }

  /** The score's parts that do not depend on skills (degree, experience, district, availability) for the talent in `slot`. */
  private scalarAt(slot: number, p: ScoredPosting, district: number): number {
    let total = POINTS.perDegreeStep * Math.min(POINTS.maxDegreeSteps, this.degree[slot]! - p.minDegree);
    total += POINTS.perExtraYear * Math.min(POINTS.maxExtraYears, this.years[slot]! - p.minYears);
    if (district >= 0 && this.districtIx[slot] === district) total += POINTS.sameDistrict;
    return total + (POINTS.availability[this.availability[slot]!] ?? 0);
  }

  /**
   * The skill parts of `scoreMatch`'s total for the talent in `slot`, −1 when a required skill is
   * not covered. With `levels` false, every required skill held counts at the highest level: an
   * upper bound computed from bit tests alone.
   */
  private skillPointsAt(slot: number, q: CompiledPosting, levels: boolean): number {
    let total = 0;
    const { req, opt } = q;
    for (let i = 0; i < req.skills.length; i++) {
      const s = req.skills[i]!;
      if (this.has(s, slot)) total += POINTS.requiredDirect * req.weights[i]! + POINTS.perLevel * (levels ? this.levelAt(slot, s) : MAX_LEVEL);
      else if (this.anyHeld(req.related[i]!, slot)) total += POINTS.requiredRelated * req.weights[i]!;
      else return -1;
    }
    for (let i = 0; i < opt.skills.length; i++) {
      if (this.has(opt.skills[i]!, slot)) total += POINTS.optionalDirect * opt.weights[i]!;
      else if (this.anyHeld(opt.related[i]!, slot)) total += POINTS.optionalRelated * opt.weights[i]!;
    }
    return total;
  }

  /**
   * The best `k` talents for `p` (at least one required skill), best first. Candidates are the
   * talents covering the most selective required skill; the rest of the gates are bit and rank
   * tests. Pruned by bounds, exactly: once `k` are kept, a candidate is skipped when even its
   * best possible score (every skill of the posting held directly at the highest level, then the
   * skills it really holds at the highest level) cannot reach the `k`-th total; the rest are
   * scored in place, and the breakdown computed only for the `k` kept.
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
    // Holders of the seed skill and of its related skills, highest potential first: once even the
    // best score a bucket's talents could reach is below the k-th total, no later bucket can do better.
    // A talent first met on a related skill's list does not hold the seed skill itself (it would
    // have been met on the seed's bucket of the same potential): it can reach less.
    const seedWeight = q.weights.get(seed)!;
    const reach = q.skillMax + (q.district >= 0 ? POINTS.sameDistrict : 0);
    const relatedReach = reach - (POINTS.requiredDirect - POINTS.requiredRelated) * seedWeight - POINTS.perLevel * MAX_LEVEL;
    const lists = [seed, ...(this.related[seed] ?? [])].map((skill, n) => ({ buckets: this.lists[skill]!, reach: n === 0 ? reach : relatedReach }));
    for (let potential = POTENTIALS - 1; potential >= 0 && reach + potential >= kept.floor(); potential--) {
      for (const { buckets, reach: listReach } of lists) {
        if (listReach + potential < kept.floor()) continue;
        const { items, length } = buckets[potential]!;
        for (let i = 0; i < length; i++) {
          const slot = items[i]!;
          if (this.stamp[slot] === round) continue;
          this.stamp[slot] = round;
          if (this.degree[slot]! < minDegree || this.title[slot]! < minTitle || this.skillLevel[slot]! < minSkillLevel || this.years[slot]! < minYears)
            continue;
          const scalar = this.scalarAt(slot, p, q.district);
          const floor = kept.floor();
          if (q.skillMax + scalar < floor) continue;
          const bound = this.skillPointsAt(slot, q, false);
          if (bound < 0 || bound + scalar < floor) continue;
          kept.offer(this.skillPointsAt(slot, q, true) + scalar, slot);
        }
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
  /** The most the skill parts can give: every skill held directly, required ones at the highest level. */
  skillMax: number;
  /** The district's number, −1 when the posting names none, −2 when no talent is in it. */
  district: number;
  weights: Map<number, number>;
}
