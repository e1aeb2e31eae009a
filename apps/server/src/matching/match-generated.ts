/**
 * Generated talents and postings for the matching tests and the benchmark: a seeded random
 * source, skills drawn with a skewed popularity (a few common, many rare), related skills in
 * small groups. Deterministic for a seed.
 */
import type { IndexedTalent } from './match-index.js';
import type { ScoredPosting } from './match-scoring.js';

/** The talent id of number `n`, a UUID (so SQL orders it as the index does). */
export function generatedTalentId(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** Skills per sub-field and sub-fields per chain, as in the taxonomy (skill s is in sub-field ⌊s / 10⌋). */
export const GENERATED_FIELD = 10;
const FIELDS_PER_CHAIN = 4;

/** Related skills: each skill with the others of its group of five in its sub-field (symmetric). */
export function generatedRelations(skillCount: number): number[][] {
  return Array.from({ length: skillCount }, (_, s) => {
    const base = s - (s % 5);
    return [base, base + 1, base + 2, base + 3, base + 4].filter((r) => r !== s && r < skillCount);
  });
}

const pick = (rand: () => number, from: number, size: number, skillCount: number) => Math.min(skillCount - 1, from + Math.floor(rand() * size));

/**
 * A skill for someone at home in sub-field `field`: mostly of that sub-field, often of its chain,
 * sometimes any skill (low numbers more common).
 */
function drawSkill(rand: () => number, skillCount: number, field: number): number {
  const r = rand();
  if (r < 0.55) return pick(rand, field * GENERATED_FIELD, GENERATED_FIELD, skillCount);
  const chainSize = GENERATED_FIELD * FIELDS_PER_CHAIN;
  if (r < 0.85) return pick(rand, Math.floor((field * GENERATED_FIELD) / chainSize) * chainSize, chainSize, skillCount);
  return Math.min(skillCount - 1, Math.floor(skillCount * rand() ** 2));
}

const fieldCount = (skillCount: number) => Math.max(1, Math.floor(skillCount / GENERATED_FIELD));

/** Talent number `n` with `minSkills`–`maxSkills` distinct skills, centred on one sub-field. */
export function generatedTalent(rand: () => number, n: number, skillCount: number, districts: readonly string[], minSkills = 5, maxSkills = 30): IndexedTalent {
  const want = minSkills + Math.floor(rand() * (maxSkills - minSkills + 1));
  const field = Math.floor(rand() * fieldCount(skillCount));
  const chosen = new Set<number>();
  while (chosen.size < Math.min(want, skillCount)) chosen.add(drawSkill(rand, skillCount, field));
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

/** A posting of one sub-field: 1–3 required skills of it, 0–4 optional ones of its chain, modest minimums. */
export function generatedPosting(rand: () => number, skillCount: number, districts: readonly string[]): ScoredPosting {
  const field = Math.floor(rand() * fieldCount(skillCount));
  const nRequired = 1 + Math.floor(rand() * 3);
  const nOptional = Math.floor(rand() * 5);
  const required = new Set<number>();
  while (required.size < Math.min(nRequired, GENERATED_FIELD, skillCount)) required.add(pick(rand, field * GENERATED_FIELD, GENERATED_FIELD, skillCount));
  const optional = new Set<number>();
  for (let tries = 0; optional.size < nOptional && tries < 50; tries++) {
    const s = drawSkill(rand, skillCount, field);
    if (!required.has(s)) optional.add(s);
  }
  return {
    required: [...required],
    optional: [...optional],
    minDegree: Math.floor(rand() * 3) - 1,
    minTitle: Math.floor(rand() * 2),
    minSkillLevel: rand() < 0.7 ? 0 : 1 + Math.floor(rand() * 2),
    minYears: Math.floor(rand() * 6),
    district: rand() < 0.8 ? districts[Math.floor(rand() * districts.length)]! : null,
  };
}
