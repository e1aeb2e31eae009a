/**
 * The shortage catalogue (紧缺人才目录), pure: a period's postings against the discoverable
 * talents give, per required skill, a 1–5 star index over five dimensions, with the gate that
 * ★3 and above need fewer than one qualified applicant per opening. The method is in
 * docs/shortage-catalogue.md; the thresholds are city data (`cities/<city>/shortage.yaml`).
 */

/** One posting of the period as the catalogue reads it. */
export interface DemandPosting {
  requiredSkills: readonly string[];
  headcount: number;
  /** Rank in DEGREES of the minimum degree, −1 when none. */
  minDegree: number;
  minYears: number;
  salaryMin: number;
  salaryMax: number;
  /** Days from posting to the first accepted contact, or to the period's end when none. */
  daysToFill: number;
  /** Discoverable talents holding every required skill and meeting the minimums. */
  qualified: number;
}

/** The thresholds of each dimension, ascending: a value at or above the i-th earns i + 2 stars (below the first: 1). */
export interface ShortageMethod {
  medianMonthlySalary: number;
  /** Openings per talent holding the skill. */
  demandSupply: readonly number[];
  /** Qualified applicants per opening, descending: fewer is scarcer. */
  applicantsPerOpening: readonly number[];
  /** Requirement points: degree steps above associate plus one per five years asked. */
  requirements: readonly number[];
  /** Mean days to fill. */
  daysToFill: readonly number[];
  /** Mid salary band over the city median. */
  salaryRatio: readonly number[];
}

/** The five dimensions, each 1–5 stars. */
export interface ShortageDimensions {
  demandSupply: number;
  applicantsPerOpening: number;
  requirements: number;
  daysToFill: number;
  salary: number;
}

/** A skill's row in the catalogue. */
export interface ShortageEntry {
  skill: string;
  openings: number;
  supply: number;
  qualifiedPerOpening: number;
  dimensions: ShortageDimensions;
  stars: number;
}

const ASSOCIATE = 1;

/** Stars for `value` against ascending thresholds: 1 below the first, one more per threshold reached, at most 5. */
export function starsFor(value: number, thresholds: readonly number[]): number {
  return Math.min(5, 1 + thresholds.filter((t) => value >= t).length);
}

/** Stars where less is scarcer (thresholds descending). */
function starsForFewer(value: number, thresholds: readonly number[]): number {
  return Math.min(5, 1 + thresholds.filter((t) => value < t).length);
}

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/**
 * The catalogue: one entry per skill some posting of the period requires, scarcest first (stars,
 * then fewer qualified applicants per opening, then code). `supply(skill)` counts discoverable
 * talents holding the skill.
 */
export function shortageCatalogue(postings: readonly DemandPosting[], supply: (skill: string) => number, method: ShortageMethod): ShortageEntry[] {
  const bySkill = new Map<string, DemandPosting[]>();
  for (const p of postings) for (const s of p.requiredSkills) bySkill.set(s, [...(bySkill.get(s) ?? []), p]);
  const entries = [...bySkill].map(([skill, ps]): ShortageEntry => {
    const openings = ps.reduce((n, p) => n + p.headcount, 0);
    const held = supply(skill);
    const qualifiedPerOpening = ps.reduce((n, p) => n + p.qualified, 0) / openings;
    const dimensions: ShortageDimensions = {
      demandSupply: starsFor(openings / Math.max(1, held), method.demandSupply),
      applicantsPerOpening: starsForFewer(qualifiedPerOpening, method.applicantsPerOpening),
      requirements: starsFor(mean(ps.map((p) => Math.max(0, p.minDegree - ASSOCIATE) + Math.floor(p.minYears / 5))), method.requirements),
      daysToFill: starsFor(mean(ps.map((p) => p.daysToFill)), method.daysToFill),
      salary: starsFor(mean(ps.map((p) => (p.salaryMin + p.salaryMax) / 2)) / method.medianMonthlySalary, method.salaryRatio),
    };
    const average = Math.round(mean(Object.values(dimensions)));
    // The gate: one qualified applicant or more per opening is no shortage above ★2.
    const stars = qualifiedPerOpening >= 1 ? Math.min(2, average) : average;
    return { skill, openings, supply: held, qualifiedPerOpening: Math.round(qualifiedPerOpening * 100) / 100, dimensions, stars };
  });
  return entries.sort((a, b) => b.stars - a.stars || a.qualifiedPerOpening - b.qualifiedPerOpening || (a.skill < b.skill ? -1 : 1));
}

/** The quarter `YYYY-Qn` holding a business date, and its first and last day. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The first day, the day after the last, and the previous quarter of `YYYY-Qn`. */
export function quarterBounds(period: string): { from: string; until: string; previous: string } {
  const year = Number(period.slice(0, 4));
  const q = Number(period.slice(6));
  const month = (m: number) => String(m).padStart(2, '0');
  const from = `${year}-${month(q * 3 - 2)}-01`;
  const until = q === 4 ? `${year + 1}-01-01` : `${year}-${month(q * 3 + 1)}-01`;
  const previous = q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
  return { from, until, previous };
}
