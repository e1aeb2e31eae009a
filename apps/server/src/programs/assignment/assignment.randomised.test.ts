import { describe, expect, it } from 'vitest';
import { solveRandomisedAssignment } from './assignment.randomised.js';
import type { AssignmentProblem, AssignmentResult } from './assignment.types.js';

const fourReviewers: AssignmentProblem = {
  applications: [{ id: 'a', fields: ['ai', 'robotics'] }],
  reviewers: [
    { id: 'best', fields: ['ai', 'robotics'] },
    { id: 'good', fields: ['ai'] },
    { id: 'fair', fields: ['robotics'] },
    { id: 'other', fields: ['robotics'] },
  ],
  reviewersPerApplication: 2,
  maxLoad: 1,
  excluded: [],
};

const reviewersOf = (result: AssignmentResult | { feasible: false }) => {
  if (!result.feasible) throw new Error('expected an assignment');
  return result.assignments[0]!.reviewerIds;
};

describe('randomised assignment', () => {
  it('keeps every reviewer at or under the probability cap, and the best one no longer certain', async () => {
    const counts = new Map<string, number>();
    const draws = 200;
    for (let seed = 1; seed <= draws; seed++) {
      const ids = reviewersOf(await solveRandomisedAssignment(fourReviewers, { maxProbability: 0.5, seed }));
      expect(new Set(ids).size).toBe(2);
      for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const id of ['best', 'good', 'fair', 'other']) {
      expect((counts.get(id) ?? 0) / draws).toBeGreaterThan(0.38);
      expect((counts.get(id) ?? 0) / draws).toBeLessThan(0.62);
    }
  });

  it('draws the same assignment from the same seed', async () => {
    const problem: AssignmentProblem = {
      applications: Array.from({ length: 12 }, (_, i) => ({ id: `a${i}`, fields: ['bio'] })),
      reviewers: Array.from({ length: 9 }, (_, i) => ({ id: `r${i}`, fields: ['bio'] })),
      reviewersPerApplication: 3,
      maxLoad: 5,
      excluded: [{ applicationId: 'a0', reviewerId: 'r0' }],
    };
    const first = await solveRandomisedAssignment(problem, { maxProbability: 0.4, seed: 42 });
    const again = await solveRandomisedAssignment(problem, { maxProbability: 0.4, seed: 42 });
    expect(first.feasible).toBe(true);
    if (!first.feasible || !again.feasible) return;
    expect(again.assignments).toEqual(first.assignments);
    const load = new Map<string, number>();
    for (const a of first.assignments) {
      expect(new Set(a.reviewerIds).size).toBe(3);
      for (const r of a.reviewerIds) load.set(r, (load.get(r) ?? 0) + 1);
    }
    expect(first.assignments[0]!.reviewerIds).not.toContain('r0');
    expect(Math.max(...load.values())).toBeLessThanOrEqual(5);
  });

  it('says when the cap is too low for k reviewers per application', async () => {
    const result = await solveRandomisedAssignment(fourReviewers, { maxProbability: 0.4, seed: 1 });
    expect(result).toMatchObject({ feasible: false, capTooLow: true, maxProbability: 0.4, applicationsTooFewReviewers: ['a'] });
  });
});
