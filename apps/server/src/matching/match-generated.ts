/**
 * Generated talents and postings for the matching tests and the benchmark: a seeded random
 * source, skills drawn with a skewed popularity (a few common, many rare), related skills in
 * small groups. Deterministic for a seed.
 */
import type { IndexedTalent } from './match-index.js';
import type { ScoredPosting } from './match-scoring.js';

/** A small, fast seeded generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The talent id of number `n`, a UUID (so SQL orders it as the index does). */
export function generatedTalentId(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** Related skills: each skill with the others of its group of four (symmetric). */
export function generatedRelations(skillCount: number): number[][] {
  return Array.from({ length: skillCount }, (_, s) => {
    const base = s - (s % 4);
    return [base, base + 1, base + 2, base + 3].filter((r) => r !== s && r < skillCount);
  });
}

/** A skill drawn with skewed popularity: low numbers common, high numbers rare. */
function drawSkill(rand: () => number, skillCount: number): number {
  return Math.min(skillCount - 1, Math.floor(skillCount * rand() ** 2));
}

/** Talent number `n` with `minSkills`–`maxSkills` distinct skills. */
export function generatedTalent(rand: () => number, n: number, skillCount: number, districts: readonly string[], minSkills = 5, maxSkills = 30): IndexedTalent {
  const want = minSkills + Math.floor(rand() * (maxSkills - minSkills + 1));
  const chosen = new Set<number>();
  while (chosen.size < Math.min(want, skillCount)) chosen.add(drawSkill(rand, skillCount));
  return {
    id: generatedTalentId(n),
    degree: Math.floor(rand() * 5),
    title: Math.floor(rand() * 5),
    skillLevel: Math.floor(rand() * 6),
    district: districts[Math.floor(rand() * districts.length)]!,
    years: Math.floor(rand() * 25),
    availability: Math.floor(rand() * 3),
    skills: [...chosen].map((skill) => ({ skill, level: 1 + Math.floor(rand() * 5) })),
  };
}

/** A posting with 1–3 required and 0–4 optional skills and modest minimums. */
export function generatedPosting(rand: () => number, skillCount: number, districts: readonly string[]): ScoredPosting {
  const skills = new Set<number>();
  const nRequired = 1 + Math.floor(rand() * 3);
  const nOptional = Math.floor(rand() * 5);
  while (skills.size < nRequired + nOptional) skills.add(drawSkill(rand, skillCount));
  const all = [...skills];
  return {
    required: all.slice(0, nRequired),
    optional: all.slice(nRequired),
    minDegree: Math.floor(rand() * 3) - 1,
    minTitle: Math.floor(rand() * 2),
    minSkillLevel: rand() < 0.7 ? 0 : 1 + Math.floor(rand() * 2),
    minYears: Math.floor(rand() * 6),
    district: rand() < 0.8 ? districts[Math.floor(rand() * districts.length)]! : null,
  };
}
