import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { quarterBounds, quarterOf, shortageCatalogue, starsFor, type DemandPosting } from './shortage.js';
import { readShortageMethod } from './shortage-file.js';

const method = readShortageMethod(join(import.meta.dirname, '../../../../cities/zhuzhou'))!;
const posting = (over: Partial<DemandPosting> = {}): DemandPosting => ({
  requiredSkills: ['rail.traction.01'],
  headcount: 4,
  minDegree: 3,
  minYears: 5,
  salaryMin: 12_000,
  salaryMax: 20_000,
  daysToFill: 75,
  qualified: 1,
  ...over,
});

describe('the shortage catalogue', () => {
  it('gives stars by thresholds', () => {
    expect(starsFor(0.1, method.demandSupply)).toBe(1);
    expect(starsFor(1, method.demandSupply)).toBe(4);
    expect(starsFor(9, method.demandSupply)).toBe(5);
  });

  it('rates a skill scarce on every dimension with five stars', () => {
    const [entry] = shortageCatalogue(
      [posting({ headcount: 10, minDegree: 4, minYears: 10, daysToFill: 120, qualified: 0, salaryMin: 20_000, salaryMax: 30_000 })],
      () => 2,
      method,
    );
    expect(entry).toMatchObject({ skill: 'rail.traction.01', openings: 10, supply: 2, qualifiedPerOpening: 0, stars: 5 });
    expect(Object.values(entry!.dimensions)).toEqual([5, 5, 5, 5, 5]);
  });

  it('caps a skill with one qualified applicant or more per opening at two stars (the gate)', () => {
    const scarceOtherwise = posting({ headcount: 10, minDegree: 4, minYears: 10, daysToFill: 120, qualified: 10, salaryMin: 20_000, salaryMax: 30_000 });
    const [entry] = shortageCatalogue([scarceOtherwise], () => 2, method);
    expect(entry!.qualifiedPerOpening).toBe(1);
    expect(entry!.stars).toBe(2);
  });

  it('lists one entry per required skill, scarcest first, summing openings over postings', () => {
    const entries = shortageCatalogue(
      [posting({ requiredSkills: ['a.b.01', 'a.b.02'], headcount: 2, qualified: 0 }), posting({ requiredSkills: ['a.b.02'], headcount: 3, qualified: 30 })],
      (s) => (s === 'a.b.01' ? 1 : 100),
      method,
    );
    expect(entries.map((e) => [e.skill, e.openings])).toEqual([
      ['a.b.01', 2],
      ['a.b.02', 5],
    ]);
    expect(entries[0]!.stars).toBeGreaterThan(entries[1]!.stars);
  });

  it('names quarters and their bounds', () => {
    expect(quarterOf('2026-07-15')).toBe('2026-Q3');
    expect(quarterBounds('2026-Q1')).toEqual({ from: '2026-01-01', until: '2026-04-01', previous: '2025-Q4' });
    expect(quarterBounds('2026-Q4')).toEqual({ from: '2026-10-01', until: '2027-01-01', previous: '2026-Q3' });
  });
});
