import { describe, expect, it } from 'vitest';
import { solveAssignment } from './assignment.solver.js';
import type { AssignmentProblem, AssignmentResult } from './assignment.types.js';

const reviewers = (n: number, fields: string[], prefix = 'r') => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, fields }));
const applications = (n: number, fields: string[], prefix = 'a') => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, fields }));

function assigned(result: AssignmentResult): Map<string, readonly string[]> {
  if (!result.feasible) throw new Error('expected an assignment');
  return new Map(result.assignments.map((a) => [a.applicationId, a.reviewerIds]));
}

describe('reviewer assignment', () => {
  it('gives every application exactly k distinct reviewers, none excluded, no reviewer over its load', async () => {
    const problem: AssignmentProblem = {
      applications: applications(20, ['ai']),
      reviewers: [...reviewers(8, ['ai']), { id: 'busy', fields: ['ai'], maxLoad: 1 }],
      reviewersPerApplication: 3,
      maxLoad: 8,
      excluded: [
        { applicationId: 'a0', reviewerId: 'r0' },
        { applicationId: 'a0', reviewerId: 'r1' },
        { applicationId: 'a5', reviewerId: 'r2' },
      ],
    };
    const byApplication = assigned(await solveAssignment(problem));
    const load = new Map<string, number>();
    for (const [applicationId, ids] of byApplication) {
      expect(new Set(ids).size).toBe(3);
      for (const id of ids) load.set(id, (load.get(id) ?? 0) + 1);
      for (const pair of problem.excluded.filter((p) => p.applicationId === applicationId)) {
        expect(ids).not.toContain(pair.reviewerId);
      }
    }
    expect(byApplication.size).toBe(20);
    expect(Math.max(...[...load].filter(([id]) => id !== 'busy').map(([, n]) => n))).toBeLessThanOrEqual(8);
    expect(load.get('busy') ?? 0).toBeLessThanOrEqual(1);
  });

  it('maximises field match where a greedy first-come order would not', async () => {
    // a0 fits both experts, a1 only the specialist: a greedy pass in order gives the
    // specialist to a0; the optimum gives the specialist to a1.
    const problem: AssignmentProblem = {
      applications: [
        { id: 'a0', fields: ['ai', 'robotics'] },
        { id: 'a1', fields: ['robotics', 'ai'] },
      ],
      reviewers: [
        { id: 'specialist', fields: ['robotics', 'ai'] },
        { id: 'generalist', fields: ['ai'] },
      ],
      reviewersPerApplication: 1,
      maxLoad: 1,
      excluded: [],
    };
    const result = await solveAssignment(problem);
    expect(assigned(result).get('a1')).toEqual(['specialist']);
    expect(assigned(result).get('a0')).toEqual(['generalist']);
    expect(result.feasible && result.totalMatch).toBeCloseTo(1 + 2 / 3);
  });

  it('names the field, the need, the capacity and both remedies when a field is short of reviewers', async () => {
    // The example: 12 applications in 航空动力 need 36 reviews; 9 reviewers × 3 = 27.
    const problem: AssignmentProblem = {
      applications: [...applications(12, ['航空动力']), ...applications(10, ['ai'], 'b')],
      reviewers: [...reviewers(9, ['航空动力']), ...reviewers(6, ['ai'], 's')],
      reviewersPerApplication: 3,
      maxLoad: 3,
      excluded: [],
    };
    // ai: 10 applications × 3 = 30 reviews from 6 × 3 = 18 is short too; give them room.
    const roomy = { ...problem, reviewers: [...reviewers(9, ['航空动力']), ...reviewers(6, ['ai'], 's').map((r) => ({ ...r, maxLoad: 10 }))] };
    const result = await solveAssignment(roomy);
    expect(result.feasible).toBe(false);
    if (result.feasible) return;
    expect(result.diagnosis).toMatchObject({
      missingReviews: 9,
      applications: 12,
      neededReviews: 36,
      eligibleReviewers: 9,
      availableReviews: 27,
      raiseLoadTo: 4,
      addReviewers: 3,
      byField: [{ field: '航空动力', applications: 12, neededReviews: 36, eligibleReviewers: 9, availableReviews: 27 }],
      thinApplications: [],
    });
  });

  it('names an application that has fewer reviewers without conflict than k, where no load raise helps', async () => {
    const problem: AssignmentProblem = {
      applications: applications(4, ['bio']),
      reviewers: reviewers(4, ['bio']),
      reviewersPerApplication: 3,
      maxLoad: 10,
      excluded: [
        { applicationId: 'a2', reviewerId: 'r0' },
        { applicationId: 'a2', reviewerId: 'r1' },
      ],
    };
    const result = await solveAssignment(problem);
    expect(result.feasible).toBe(false);
    if (result.feasible) return;
    expect(result.diagnosis.missingReviews).toBe(1);
    expect(result.diagnosis.raiseLoadTo).toBeNull();
    expect(result.diagnosis.addReviewers).toBe(1);
    expect(result.diagnosis.thinApplications).toEqual([{ applicationId: 'a2', field: 'bio', eligibleReviewers: 2, neededReviewers: 3 }]);
  });

  it('finds the optimum over all pairs, not only the pairs it started from', async () => {
    // 30 applications, 12 reviewers with varied fields: the generated-column result must equal
    // the result of giving the solver every pair at once.
    const fields = ['a', 'b', 'c', 'd'];
    const problem: AssignmentProblem = {
      applications: Array.from({ length: 30 }, (_, i) => ({ id: `x${i}`, fields: [fields[i % 4]!, fields[(i * 3 + 1) % 4]!] })),
      reviewers: Array.from({ length: 12 }, (_, i) => ({ id: `y${i}`, fields: [fields[i % 4]!, fields[(i + 2) % 4]!] })),
      reviewersPerApplication: 3,
      maxLoad: 8,
      excluded: [{ applicationId: 'x1', reviewerId: 'y1' }],
      requireFieldMatch: false,
    };
    const generated = await solveAssignment(problem);
    const full = await solveAssignment(problem, { allPairsAtOnce: true });
    expect(generated.feasible && full.feasible).toBe(true);
    if (!generated.feasible || !full.feasible) return;
    expect(generated.totalMatch).toBeCloseTo(full.totalMatch, 9);
  });
});
