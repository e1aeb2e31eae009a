/**
 * The matching score (人岗匹配), pure: no I/O. One posting against one talent gives gates (hard
 * requirements: pass or fail) and an integer score in eight parts. Integers on purpose: the
 * in-memory index and the SQL path (`match-sql.repository.ts`) compute the same numbers exactly, so their
 * rankings are equal, ties broken by talent id. The method is in docs/matching.md.
 */

/** A talent as the score sees it: ranks of the ordered vocabularies, and the skills held. */
export interface ScoredTalent {
  id: string;
  /** Rank in DEGREES, −1 when unknown. */
  degree: number;
  /** Rank in TITLES. */
  title: number;
  /** Rank in SKILL_LEVELS (职业技能等级). */
  skillLevel: number;
  /** District code, null when unknown. */
  district: string | null;
  /** Years of relevant experience. */
  years: number;
  /** Rank in AVAILABILITIES (0 = now). */
  availability: number;
}

/** A posting as the score sees it: skills by index, minimum ranks, district. */
export interface ScoredPosting {
  required: readonly number[];
  optional: readonly number[];
  minDegree: number;
  minTitle: number;
  minSkillLevel: number;
  minYears: number;
  district: string | null;
}

/** How a talent holds skills (by skill index): the index answers from bitsets, tests from sets. */
export interface SkillHolding {
  /** The talent's level (1–5) in `skill`, 0 when not held. */
  level(skill: number): number;
}

/** The parts of a score; `total` is their sum. */
export interface ScoreBreakdown {
  required: number;
  optional: number;
  related: number;
  level: number;
  degree: number;
  experience: number;
  location: number;
  availability: number;
  total: number;
}

/** Points per rarity weight unit: a required skill held, an optional one, partial credit through a related skill. */
export const POINTS = {
  requiredDirect: 10,
  requiredRelated: 5,
  optionalDirect: 5,
  optionalRelated: 2,
  perLevel: 3,
  perDegreeStep: 4,
  maxDegreeSteps: 3,
  perExtraYear: 2,
  maxExtraYears: 10,
  sameDistrict: 10,
  /** By availability rank: now, within a month, later. */
  availability: [10, 5, 0] as readonly number[],
} as const;

/** Bit length of a non-negative 32-bit integer (0 → 0, 1 → 1, 8 → 4). */
export function bitLength(n: number): number {
  return 32 - Math.clz32(n);
}

/**
 * The rarity weight of a skill held by `df` of `n` discoverable talents: 4 plus the bit length
 * of ⌊n / (df + 1)⌋ — one more point each time the skill is half as common. Integer arithmetic
 * only, so SQL gives the same value (`match-sql.repository.ts`).
 */
export function rarityWeight(df: number, n: number): number {
  return 4 + bitLength(Math.floor(n / (df + 1)));
}

/** The highest level among `related` skills the talent holds (0 when none). */
function relatedHeld(holding: SkillHolding, related: readonly number[] | undefined): boolean {
  if (!related) return false;
  for (const r of related) if (holding.level(r) > 0) return true;
  return false;
}

/** Whether the talent passes the posting's minimum degree, title, skill level and years. */
export function passesProfileGates(p: ScoredPosting, t: ScoredTalent): boolean {
  return t.degree >= p.minDegree && t.title >= p.minTitle && t.skillLevel >= p.minSkillLevel && t.years >= p.minYears;
}

/**
 * Scores `t` for `p`, or null when a gate fails: a minimum not met, or a required skill
 * covered neither directly nor through a related skill. `weight(skill)` is its rarity weight,
 * `related(skill)` its related skills.
 */
export function scoreMatch(
  p: ScoredPosting,
  t: ScoredTalent,
  holding: SkillHolding,
  weight: (skill: number) => number,
  related: (skill: number) => readonly number[] | undefined,
): ScoreBreakdown | null {
  if (!passesProfileGates(p, t)) return null;
  const b: ScoreBreakdown = { required: 0, optional: 0, related: 0, level: 0, degree: 0, experience: 0, location: 0, availability: 0, total: 0 };
  for (const s of p.required) {
    const level = holding.level(s);
    if (level > 0) {
      b.required += POINTS.requiredDirect * weight(s);
      b.level += POINTS.perLevel * level;
    } else if (relatedHeld(holding, related(s))) {
      b.related += POINTS.requiredRelated * weight(s);
    } else {
      return null;
    }
  }
  for (const s of p.optional) {
    if (holding.level(s) > 0) b.optional += POINTS.optionalDirect * weight(s);
    else if (relatedHeld(holding, related(s))) b.related += POINTS.optionalRelated * weight(s);
  }
  b.degree = POINTS.perDegreeStep * Math.min(POINTS.maxDegreeSteps, t.degree - p.minDegree);
  b.experience = POINTS.perExtraYear * Math.min(POINTS.maxExtraYears, t.years - p.minYears);
  b.location = p.district !== null && p.district === t.district ? POINTS.sameDistrict : 0;
  b.availability = POINTS.availability[t.availability] ?? 0;
  b.total = b.required + b.optional + b.related + b.level + b.degree + b.experience + b.location + b.availability;
  return b;
}

/** Ranking order: higher total first, then talent id ascending (as SQL's `order by score desc, id`). */
export function rankBefore(aTotal: number, aId: string, bTotal: number, bId: string): boolean {
  return aTotal > bTotal || (aTotal === bTotal && aId < bId);
}
