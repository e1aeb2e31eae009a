/**
 * Eligible reviewer–application pairs and their field-match scores, computed once per solve.
 */
import type { AssignmentProblem } from './assignment.types.js';

/** Dense indices of the problem, conflict pairs removed. */
export interface Candidates {
  readonly applications: number;
  readonly reviewers: number;
  readonly k: number;
  /** Load limit per reviewer index. */
  readonly load: Int32Array;
  /** For application a, eligible reviewer indices in `reviewerOf[start[a]..start[a+1])`. */
  readonly start: Int32Array;
  readonly reviewerOf: Int32Array;
  /** Match score (0..1) of each eligible pair, aligned with `reviewerOf`. */
  readonly match: Float64Array;
}

/**
 * Match of a reviewer to an application: the primary field counts twice the others, so a
 * reviewer of the primary field scores at least 2/(n+1) and one who covers every field scores 1.
 */
export function fieldMatch(applicationFields: readonly string[], reviewerFields: ReadonlySet<string>): number {
  if (applicationFields.length === 0) return 0;
  let got = 0;
  applicationFields.forEach((field, i) => {
    if (reviewerFields.has(field)) got += i === 0 ? 2 : 1;
  });
  return got / (applicationFields.length + 1);
}

/** Builds the eligible pairs: no excluded pair, and a shared field unless the problem waives it. */
export function buildCandidates(problem: AssignmentProblem): Candidates {
  const A = problem.applications.length;
  const R = problem.reviewers.length;
  const reviewerIndex = new Map(problem.reviewers.map((r, i) => [r.id, i]));
  const applicationIndex = new Map(problem.applications.map((a, i) => [a.id, i]));
  const blockedBy: number[][] = Array.from({ length: A }, () => []);
  for (const pair of problem.excluded) {
    const a = applicationIndex.get(pair.applicationId);
    const r = reviewerIndex.get(pair.reviewerId);
    if (a !== undefined && r !== undefined) blockedBy[a]!.push(r);
  }
  const reviewersOfField = new Map<string, number[]>();
  problem.reviewers.forEach((reviewer, r) => {
    for (const field of new Set(reviewer.fields)) reviewersOfField.set(field, [...(reviewersOfField.get(field) ?? []), r]);
  });
  const requireFieldMatch = problem.requireFieldMatch ?? true;
  const score = new Float64Array(R);
  const blocked = new Uint8Array(R);
  const start = new Int32Array(A + 1);
  const reviewerOf: number[] = [];
  const match: number[] = [];
  problem.applications.forEach((application, a) => {
    const fields = [...new Set(application.fields)];
    score.fill(0);
    fields.forEach((field, i) => {
      for (const r of reviewersOfField.get(field) ?? []) score[r]! += (i === 0 ? 2 : 1) / (fields.length + 1);
    });
    for (const r of blockedBy[a]!) blocked[r] = 1;
    for (let r = 0; r < R; r++) {
      if (blocked[r] || (requireFieldMatch && score[r] === 0)) continue;
      reviewerOf.push(r);
      match.push(score[r]!);
    }
    for (const r of blockedBy[a]!) blocked[r] = 0;
    start[a + 1] = reviewerOf.length;
  });
  const load = Int32Array.from(problem.reviewers, (r) => r.maxLoad ?? problem.maxLoad);
  return {
    applications: A,
    reviewers: R,
    k: problem.reviewersPerApplication,
    load,
    start,
    reviewerOf: Int32Array.from(reviewerOf),
    match: Float64Array.from(match),
  };
}
