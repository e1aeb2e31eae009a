/**
 * Why no assignment exists, in the words an officer can act on.
 *
 * From a maximum assignment (the solver's optimum fills as many reviews as possible) the
 * applications still reachable from an unfilled one — through a reviewer without conflict, then
 * back through the applications that reviewer already has — form a blocking group: their
 * reviewers are all used up on them. By max-flow/min-cut the group needs exactly the missing
 * number of reviews more than its reviewers can give, so the figures below are exact, not estimates.
 */
import type { Candidates } from './assignment.candidates.js';
import { applicationOfPair } from './assignment.solver.js';
import type { AssignmentDiagnosis, AssignmentProblem, FieldShortfall, ThinApplication } from './assignment.types.js';

/** Diagnoses an optimum with unfilled reviews (`unfilled[a]` > 0 for some application a). */
export function diagnose(problem: AssignmentProblem, c: Candidates, chosen: readonly number[], unfilled: readonly number[]): AssignmentDiagnosis {
  const blocked = blockingApplications(c, chosen, unfilled);
  const needed = c.k * blocked.length;
  const missing = unfilled.reduce((sum, n) => sum + n, 0);
  const degree = eligibleDegree(c, blocked);
  const available = capacity(c, degree, 0);
  const thin = thinApplications(problem, c, blocked);
  const perNewReviewer = Math.max(1, Math.min(problem.maxLoad, blocked.length));
  const addForThin = Math.max(0, ...thin.map((t) => t.neededReviewers - t.eligibleReviewers));
  return {
    missingReviews: missing,
    applications: blocked.length,
    neededReviews: needed,
    eligibleReviewers: degree.size,
    availableReviews: available,
    raiseLoadTo: thin.length > 0 ? null : smallestLoad(c, degree, needed),
    addReviewers: Math.max(addForThin, Math.ceil(missing / perNewReviewer)),
    byField: byField(problem, c, blocked),
    thinApplications: thin,
  };
}

/** Applications reachable from the unfilled ones in the residual graph of the maximum assignment. */
function blockingApplications(c: Candidates, chosen: readonly number[], unfilled: readonly number[]): number[] {
  const isChosen = new Uint8Array(c.reviewerOf.length);
  const assignedTo: number[][] = Array.from({ length: c.reviewers }, () => []);
  for (const p of chosen) {
    isChosen[p] = 1;
    assignedTo[c.reviewerOf[p]!]!.push(applicationOfPair(c, p));
  }
  const seenApplication = new Uint8Array(c.applications);
  const seenReviewer = new Uint8Array(c.reviewers);
  const queue: number[] = [];
  unfilled.forEach((n, a) => {
    if (n > 0) {
      seenApplication[a] = 1;
      queue.push(a);
    }
  });
  for (let head = 0; head < queue.length; head++) {
    const a = queue[head]!;
    for (let p = c.start[a]!; p < c.start[a + 1]!; p++) {
      const r = c.reviewerOf[p]!;
      if (isChosen[p] || seenReviewer[r]) continue;
      seenReviewer[r] = 1;
      for (const next of assignedTo[r]!) {
        if (seenApplication[next]) continue;
        seenApplication[next] = 1;
        queue.push(next);
      }
    }
  }
  return queue.sort((x, y) => x - y);
}

/** For each reviewer eligible for some of `applications`: how many of them it could review. */
function eligibleDegree(c: Candidates, applications: readonly number[]): Map<number, number> {
  const degree = new Map<number, number>();
  for (const a of applications) {
    for (let p = c.start[a]!; p < c.start[a + 1]!; p++) {
      const r = c.reviewerOf[p]!;
      degree.set(r, (degree.get(r) ?? 0) + 1);
    }
  }
  return degree;
}

/** Reviews the reviewers in `degree` can give, each at its load raised to at least `load`. */
function capacity(c: Candidates, degree: ReadonlyMap<number, number>, load: number): number {
  let total = 0;
  for (const [r, d] of degree) total += Math.min(Math.max(c.load[r]!, load), d);
  return total;
}

function smallestLoad(c: Candidates, degree: ReadonlyMap<number, number>, needed: number): number | null {
  const most = Math.max(0, ...degree.values());
  for (let load = 1; load <= most; load++) {
    if (capacity(c, degree, load) >= needed) return load;
  }
  return null;
}

function thinApplications(problem: AssignmentProblem, c: Candidates, blocked: readonly number[]): ThinApplication[] {
  return blocked
    .filter((a) => c.start[a + 1]! - c.start[a]! < c.k)
    .map((a) => ({
      applicationId: problem.applications[a]!.id,
      field: primaryField(problem, a),
      eligibleReviewers: c.start[a + 1]! - c.start[a]!,
      neededReviewers: c.k,
    }));
}

function byField(problem: AssignmentProblem, c: Candidates, blocked: readonly number[]): FieldShortfall[] {
  const groups = new Map<string, number[]>();
  for (const a of blocked) {
    const field = primaryField(problem, a);
    groups.set(field, [...(groups.get(field) ?? []), a]);
  }
  return [...groups].map(([field, applications]) => {
    const degree = eligibleDegree(c, applications);
    return {
      field,
      applications: applications.length,
      neededReviews: c.k * applications.length,
      eligibleReviewers: degree.size,
      availableReviews: capacity(c, degree, 0),
    };
  });
}

function primaryField(problem: AssignmentProblem, a: number): string {
  return problem.applications[a]!.fields[0] ?? '';
}
