import { createRng } from '@bole/contracts';
import { describe, expect, it } from 'vitest';
import { MatchIndex, type IndexedTalent } from './match-index.js';
import { rarityWeight, scoreMatch, type ScoredPosting } from './match-scoring.js';
import { generatedPosting, generatedRelations, generatedTalent } from './match-generated.js';

const DISTRICTS = ['天元区', '芦淞区', '荷塘区', '石峰区'];
const SKILLS = 60;

const levelMaps = new WeakMap<IndexedTalent, Map<number, number>>();
function levelsOf(t: IndexedTalent): Map<number, number> {
  if (!levelMaps.has(t)) levelMaps.set(t, new Map(t.skills.map((s) => [s.skill, s.level])));
  return levelMaps.get(t)!;
}

/** The reference: every talent scored with plain sets, sorted in full. */
function reference(talents: IndexedTalent[], p: ScoredPosting, related: number[][], k: number) {
  const df = new Map<number, number>();
  for (const t of talents) for (const s of t.skills) df.set(s.skill, (df.get(s.skill) ?? 0) + 1);
  const scored = talents.flatMap((t) => {
    const levels = levelsOf(t);
    const score = scoreMatch(
      p,
      t,
      { level: (s) => levels.get(s) ?? 0 },
      (s) => rarityWeight(df.get(s) ?? 0, talents.length),
      (s) => related[s],
    );
    return score ? [{ id: t.id, score }] : [];
  });
  scored.sort((a, b) => b.score.total - a.score.total || (a.id < b.id ? -1 : 1));
  return scored.slice(0, k);
}

describe('the matching index', () => {
  const rand = createRng(7).next;
  const related = generatedRelations(SKILLS);
  const talents = Array.from({ length: 2000 }, (_, n) => generatedTalent(rand, n, SKILLS, DISTRICTS, 2, 10));
  const index = new MatchIndex(SKILLS, related, 16);
  talents.forEach((t) => index.upsert(t));

  it('ranks exactly as a full scan with plain sets, over 150 generated postings', () => {
    let nonEmpty = 0;
    for (let i = 0; i < 150; i++) {
      const p = generatedPosting(rand, SKILLS, DISTRICTS);
      const expected = reference(talents, p, related, 20);
      if (expected.length > 0) nonEmpty++;
      expect(index.top(p, 20)).toEqual(expected);
      expect(index.scan(p, 20)).toEqual(expected);
    }
    expect(nonEmpty).toBeGreaterThan(100);
  });

  it('prunes by bounds without changing the answer: top 1, 5 and 20 equal the full scan on other random data', () => {
    const r = createRng(99).next;
    const people = Array.from({ length: 6000 }, (_, n) => generatedTalent(r, n, SKILLS, DISTRICTS, 3, 20));
    const big = new MatchIndex(SKILLS, related, 64);
    people.forEach((t) => big.upsert(t));
    for (let i = 0; i < 60; i++) {
      const p = generatedPosting(r, SKILLS, DISTRICTS);
      const exact = reference(people, p, related, 20);
      for (const k of [1, 5, 20]) expect(big.top(p, k)).toEqual(exact.slice(0, k));
    }
  });

  it('keeps ties exact: among equal scores the lowest ids win, whatever was pruned', () => {
    const twins = new MatchIndex(4, [[1], [0], [], []], 8);
    const same = { degree: 3, title: 1, skillLevel: 0, district: '天元区', years: 12, availability: 0 };
    for (let n = 60; n > 0; n--) twins.upsert({ ...same, id: `t${String(n).padStart(3, '0')}`, skills: [{ skill: 0, level: 5 }] });
    twins.upsert({
      ...same,
      id: 't999',
      years: 30,
      skills: [
        { skill: 0, level: 5 },
        { skill: 2, level: 1 },
      ],
    });
    const p: ScoredPosting = { required: [0], optional: [2], minDegree: 0, minTitle: 0, minSkillLevel: 0, minYears: 0, district: '天元区' };
    expect(twins.top(p, 5).map((r) => r.id)).toEqual(['t999', 't001', 't002', 't003', 't004']);
  });

  it('stays exact as talents change, leave and come back (no rebuild)', () => {
    const current = new Map(talents.map((t) => [t.id, t]));
    for (let i = 0; i < 300; i++) {
      const n = Math.floor(rand() * 2300);
      const t = generatedTalent(rand, n, SKILLS, DISTRICTS, 2, 10);
      if (rand() < 0.2) {
        index.remove(t.id);
        current.delete(t.id);
      } else {
        index.upsert(t);
        current.set(t.id, t);
      }
    }
    expect(index.size).toBe(current.size);
    for (let i = 0; i < 50; i++) {
      const p = generatedPosting(rand, SKILLS, DISTRICTS);
      expect(index.top(p, 20)).toEqual(reference([...current.values()], p, related, 20));
    }
  });

  it('gates: a required skill covered neither directly nor by a related skill excludes the talent', () => {
    const small = new MatchIndex(8, [[1], [0], [], [], [], [], [], []]);
    const base = { degree: 2, title: 1, skillLevel: 0, district: '天元区', years: 5, availability: 0 };
    small.upsert({
      ...base,
      id: 'a',
      skills: [
        { skill: 0, level: 4 },
        { skill: 2, level: 1 },
      ],
    });
    small.upsert({
      ...base,
      id: 'b',
      skills: [
        { skill: 1, level: 5 },
        { skill: 2, level: 1 },
      ],
    });
    small.upsert({ ...base, id: 'c', skills: [{ skill: 2, level: 5 }] });
    small.upsert({ ...base, id: 'd', degree: 1, skills: [{ skill: 0, level: 5 }] });
    const p: ScoredPosting = { required: [0], optional: [2], minDegree: 2, minTitle: 0, minSkillLevel: 0, minYears: 3, district: '天元区' };
    const ranked = small.top(p, 10);
    expect(ranked.map((r) => r.id)).toEqual(['a', 'b']);
    expect(ranked[0]!.score).toMatchObject({ required: 10 * rarityWeight(2, 4), level: 12, location: 10, availability: 10, experience: 4, degree: 0 });
    expect(ranked[1]!.score).toMatchObject({ required: 0, related: 5 * rarityWeight(2, 4), level: 0 });
  });
});
