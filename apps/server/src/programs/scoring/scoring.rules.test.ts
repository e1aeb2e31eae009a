import { describe, expect, it } from 'vitest';
import { checkScores, summarise, trimmedMean, weightedTotal, type Criterion, type ScoreSheet } from './scoring.rules.js';

const criteria: Criterion[] = [
  { id: 'innovation', weight: 40, min: 0, max: 10 },
  { id: 'feasibility', weight: 30, min: 0, max: 10 },
  { id: 'team', weight: 30, min: 1, max: 5 },
];
const sheet = (applicationId: string, reviewerId: string, innovation: number, feasibility: number, team: number): ScoreSheet => ({
  applicationId,
  reviewerId,
  scores: { innovation, feasibility, team },
});

describe('score checks', () => {
  it('names each criterion that is missing, outside its scale or unknown', () => {
    expect(checkScores(criteria, { innovation: 11, team: 0, style: 3 })).toEqual([
      { field: 'scores.style', problem: 'unknown_criterion' },
      { field: 'scores.innovation', problem: 'outside_scale' },
      { field: 'scores.feasibility', problem: 'missing' },
      { field: 'scores.team', problem: 'outside_scale' },
    ]);
    expect(checkScores(criteria, { innovation: 10, feasibility: 0, team: 5 })).toEqual([]);
  });

  it('weighs criteria on a 0–100 scale', () => {
    expect(weightedTotal(criteria, { innovation: 10, feasibility: 0, team: 5 })).toBeCloseTo(70);
    expect(weightedTotal(criteria, { innovation: 5, feasibility: 5, team: 3 })).toBeCloseTo(50);
  });
});

describe('the office score sheet', () => {
  it('drops the highest and the lowest of 5 pitch judges, not of 3 written reviewers', () => {
    expect(trimmedMean([90, 10, 70, 72, 74], 5)).toBeCloseTo(72);
    expect(trimmedMean([90, 10, 70], 5)).toBeCloseTo(170 / 3);
  });

  it('puts z-scores beside raw totals so a strict reviewer does not sink the applications it scored', () => {
    // "strict" scores everything 20 points lower than "lenient"; z-scores make them agree.
    const sheets = [sheet('a1', 'strict', 6, 6, 3), sheet('a2', 'strict', 4, 4, 2), sheet('a3', 'lenient', 10, 10, 5), sheet('a4', 'lenient', 8, 8, 4)];
    const lines = summarise(criteria, sheets, { trimFrom: 5, disagreementAbove: 30, rankBy: 'meanZ' });
    const byId = new Map(lines.map((l) => [l.applicationId, l]));
    expect(byId.get('a1')!.sheets[0]!.z).toBeCloseTo(1);
    expect(byId.get('a3')!.sheets[0]!.z).toBeCloseTo(1);
    expect(byId.get('a1')!.mean).toBeLessThan(byId.get('a4')!.mean);
    expect(byId.get('a1')!.rank).toBe(1);
    expect(byId.get('a3')!.rank).toBe(1);
    expect(byId.get('a2')!.rank).toBe(3);
  });

  it('flags applications whose reviewers disagree beyond the threshold', () => {
    const sheets = [sheet('a1', 'r1', 9, 9, 5), sheet('a1', 'r2', 2, 2, 1), sheet('a2', 'r1', 7, 7, 4), sheet('a2', 'r2', 6, 7, 4)];
    const lines = summarise(criteria, sheets, { trimFrom: 5, disagreementAbove: 30, rankBy: 'trimmedMean' });
    expect(lines.map((l) => [l.applicationId, l.disagreement])).toEqual([
      ['a2', false],
      ['a1', true],
    ]);
    expect(lines[1]!.spread).toBeGreaterThan(30);
  });

  it('has no z-score for a reviewer who scored one application', () => {
    const lines = summarise(criteria, [sheet('a1', 'once', 5, 5, 3)], { trimFrom: 5, disagreementAbove: 30, rankBy: 'meanZ' });
    expect(lines[0]!.sheets[0]!.z).toBeNull();
    expect(lines[0]!.meanZ).toBeNull();
  });
});
