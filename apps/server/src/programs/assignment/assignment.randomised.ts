/**
 * The seeded randomised mode: no reviewer–application pair is chosen with probability above a
 * cap, so nobody can be sure to get (or to avoid) a given reviewer by lobbying the office.
 *
 * The linear program is solved with every pair capped at `maxProbability` instead of 1; its
 * fractional optimum gives each pair's probability. Bipartite dependent rounding then draws one
 * whole assignment whose chance of holding each pair equals that probability: it repeatedly takes
 * a cycle or a maximal path of fractional pairs, moves values alternately up and down along it by
 * a random one of the two largest steps that keep all values in [0, 1], weighted so that each
 * expected value stays the same. Every application keeps exactly k reviewers (its sum is whole
 * and never the end of a path) and every reviewer stays within its whole-number load.
 */
import { createRng } from '@bole/contracts';
import { buildCandidates, type Candidates } from './assignment.candidates.js';
import { applicationOfPair, INITIAL_PER_K, loadSolver, restrictedProblem, toAssignments, totalMatch } from './assignment.solver.js';
import type { AssignmentProblem, AssignmentResult, AssignmentStats } from './assignment.types.js';

/** How to randomise. */
export interface RandomisedOptions {
  /** Highest probability of any one pair, in (0, 1]. */
  readonly maxProbability: number;
  readonly seed: number;
}

/** A randomised assignment, or a cap too low for every application to get k reviewers. */
export type RandomisedResult =
  | AssignmentResult
  | {
      readonly feasible: false;
      readonly capTooLow: true;
      readonly maxProbability: number;
      /** Applications with fewer than k / cap reviewers without conflict: the cap can never hold for them. */
      readonly applicationsTooFewReviewers: readonly string[];
      readonly stats: AssignmentStats;
    };

/** Draws an assignment with every pair's probability at most `maxProbability`. */
export async function solveRandomisedAssignment(problem: AssignmentProblem, options: RandomisedOptions): Promise<RandomisedResult> {
  const began = performance.now();
  const highs = await loadSolver();
  const c = buildCandidates(problem);
  const lp = restrictedProblem(highs, c, c.k * INITIAL_PER_K, options.maxProbability);
  try {
    const rounds = lp.optimise();
    const stats = () => ({
      candidatePairs: c.reviewerOf.length,
      columnsUsed: lp.columns(),
      pricingRounds: rounds,
      seconds: (performance.now() - began) / 1000,
    });
    if (lp.unfilled().some((n) => n > 0)) {
      const least = c.k / options.maxProbability - TOLERANCE;
      const tooFew = problem.applications.filter((_, a) => c.start[a + 1]! - c.start[a]! < least).map((a) => a.id);
      return {
        feasible: false,
        capTooLow: true,
        maxProbability: options.maxProbability,
        applicationsTooFewReviewers: tooFew,
        stats: stats(),
      };
    }
    const chosen = dependentRounding(c, lp.pairValues(), createRng(options.seed).next);
    return { feasible: true, assignments: toAssignments(problem, c, chosen), totalMatch: totalMatch(c, chosen), stats: stats() };
  } finally {
    lp.dispose();
  }
}

const TOLERANCE = 1e-9;

/** Rounds fractional pair values to 0/1 keeping each pair's expectation; returns the pairs at 1. */
export function dependentRounding(c: Candidates, values: readonly { pair: number; value: number }[], rnd: () => number): number[] {
  const A = c.applications;
  const x = values.map((v) => v.value);
  // Vertices: applications 0..A-1, reviewers A..A+R-1. Edge i joins ends[i].
  const ends = values.map((v) => [applicationOfPair(c, v.pair), A + c.reviewerOf[v.pair]!] as const);
  const incident: number[][] = Array.from({ length: A + c.reviewers }, () => []);
  ends.forEach(([a, r], i) => {
    incident[a]!.push(i);
    incident[r]!.push(i);
  });
  const fractional = (i: number) => x[i]! > TOLERANCE && x[i]! < 1 - TOLERANCE;
  const snap = (i: number) => {
    if (x[i]! <= TOLERANCE) x[i] = 0;
    else if (x[i]! >= 1 - TOLERANCE) x[i] = 1;
  };
  const other = (i: number, v: number) => (ends[i]![0] === v ? ends[i]![1] : ends[i]![0]);
  const nextEdge = (v: number, previous: number) => incident[v]!.find((i) => i !== previous && fractional(i));

  /** Walks fractional edges from `start`; returns a cycle, or the path up to where it stops. */
  const walk = (start: number): { edges: number[]; end: number; cycle: boolean } => {
    const position = new Map<number, number>([[start, 0]]);
    const edges: number[] = [];
    let v = start;
    let previous = -1;
    for (;;) {
      const e = nextEdge(v, previous);
      if (e === undefined) return { edges, end: v, cycle: false };
      edges.push(e);
      v = other(e, v);
      previous = e;
      const seen = position.get(v);
      if (seen !== undefined) return { edges: edges.slice(seen), end: v, cycle: true };
      position.set(v, edges.length);
    }
  };

  for (let i = 0; i < x.length; i++) {
    snap(i);
    while (fractional(i)) {
      let found = walk(ends[i]![0]);
      if (!found.cycle) found = walk(found.end); // from one end of a maximal path to the other
      const up = found.edges.filter((_, j) => j % 2 === 0);
      const down = found.edges.filter((_, j) => j % 2 === 1);
      const alpha = Math.min(...up.map((e) => 1 - x[e]!), ...down.map((e) => x[e]!));
      const beta = Math.min(...up.map((e) => x[e]!), ...down.map((e) => 1 - x[e]!));
      const step = rnd() < beta / (alpha + beta) ? alpha : -beta;
      for (const e of up) x[e] = x[e]! + step;
      for (const e of down) x[e] = x[e]! - step;
      found.edges.forEach(snap);
    }
  }
  return values.filter((_, i) => x[i] === 1).map((v) => v.pair);
}
