/**
 * Optimal reviewer assignment with the HiGHS linear-programming solver.
 *
 * The problem is a transportation problem (applications need exactly k reviews, reviewers give at
 * most their load, each pair at most once), whose constraint matrix is totally unimodular: the
 * simplex method returns a whole-number optimum. Building all pairs at once (800k columns for
 * 2,000 × 400) makes one solve take many seconds, so the solver uses column generation: it starts
 * from each application's best-matching reviewers, reads the duals, adds every pair whose reduced
 * cost is negative, and solves again from the previous basis until no pair can improve the
 * objective — which proves optimality over all pairs, not only the ones it looked at.
 *
 * Each application also has an "unfilled" column with a cost larger than any total match, so the
 * restricted problem is always feasible and the optimum first maximises the number of reviews
 * given. Unfilled reviews at the optimum mean no assignment exists; the diagnosis explains why.
 */
import * as highsPackage from 'highs';
import type { Highs } from 'highs';
import { buildCandidates, type Candidates } from './assignment.candidates.js';
import { diagnose } from './assignment.diagnosis.js';
import type { ApplicationAssignment, AssignmentProblem, AssignmentResult } from './assignment.types.js';

/** The package's types describe its ES-module default export as a CommonJS namespace. */
const loadHighs = (highsPackage as unknown as { default: () => Promise<Highs> }).default;
let highsRuntime: Promise<Highs> | undefined;

/** The solver runtime (WebAssembly), loaded once per process. */
export function loadSolver(): Promise<Highs> {
  highsRuntime ??= loadHighs();
  return highsRuntime as Promise<Highs>;
}

const EPSILON = 1e-7;
/** Reviewers per application in the first restricted problem, as a multiple of k. */
export const INITIAL_PER_K = 2;
/** New columns per application in one pricing round. */
const PRICED_PER_APPLICATION = 4;

/** How to solve; the default is the fast way. */
export interface SolveOptions {
  /** Give the solver every eligible pair at once instead of generating columns (the benchmark's peer). */
  readonly allPairsAtOnce?: boolean;
}

/** Solves the problem; resolves to an optimal assignment or to a diagnosis of why none exists. */
export async function solveAssignment(problem: AssignmentProblem, options: SolveOptions = {}): Promise<AssignmentResult> {
  const began = performance.now();
  const highs = await loadSolver();
  const c = buildCandidates(problem);
  const lp = restrictedProblem(highs, c, options.allPairsAtOnce ? c.reviewerOf.length : c.k * INITIAL_PER_K);
  try {
    const rounds = lp.optimise();
    const stats = {
      candidatePairs: c.reviewerOf.length,
      columnsUsed: lp.columns(),
      pricingRounds: rounds,
      seconds: (performance.now() - began) / 1000,
    };
    const chosen = lp.chosenPairs();
    const unfilled = lp.unfilled();
    if (unfilled.some((n) => n > 0)) {
      return { feasible: false, diagnosis: diagnose(problem, c, chosen, unfilled), stats };
    }
    return { feasible: true, assignments: toAssignments(problem, c, chosen), totalMatch: totalMatch(c, chosen), stats };
  } finally {
    lp.dispose();
  }
}

/** The restricted master problem: slack columns first, then the pairs added so far. */
export function restrictedProblem(highs: Highs, c: Candidates, initialPerApplication: number, pairCap = 1) {
  const A = c.applications;
  const penalty = c.k * A + 1;
  const inModel = new Uint8Array(c.reviewerOf.length);
  const pairOfColumn: number[] = [];
  const initial = initialPairs(c, initialPerApplication);
  for (const p of initial) inModel[p] = 1;

  const numCols = A + initial.length;
  const starts = new Int32Array(numCols + 1);
  const indices: number[] = [];
  for (let a = 0; a < A; a++) {
    indices.push(a);
    starts[a + 1] = indices.length;
  }
  initial.forEach((p, i) => {
    indices.push(applicationOfPair(c, p), A + c.reviewerOf[p]!);
    starts[A + i + 1] = indices.length;
    pairOfColumn.push(p);
  });
  const model = highs.createModel({
    numCols,
    numRows: A + c.reviewers,
    colCost: Float64Array.from({ length: numCols }, (_, j) => (j < A ? penalty : -c.match[initial[j - A]!]!)),
    colLower: new Float64Array(numCols),
    colUpper: Float64Array.from({ length: numCols }, (_, j) => (j < A ? c.k : pairCap)),
    rowLower: Float64Array.from({ length: A + c.reviewers }, (_, i) => (i < A ? c.k : -highs.infinity)),
    rowUpper: Float64Array.from({ length: A + c.reviewers }, (_, i) => (i < A ? c.k : c.load[i - A]!)),
    matrix: {
      format: 'csc',
      numRows: A + c.reviewers,
      numCols,
      starts,
      indices: Int32Array.from(indices),
      values: new Float64Array(indices.length).fill(1),
    },
  });
  // Presolve pays nothing on this model (every row and column is already tight) and cost 5× the
  // solve time on the benchmark; the dual simplex ends on a vertex, which is whole here.
  model.options.set({ output_flag: false, solver: 'simplex', presolve: 'off' });

  /** Pairs with negative reduced cost under the current duals, the best few per application. */
  const price = (rowDual: Float64Array): number[] => {
    const added: number[] = [];
    for (let a = 0; a < A; a++) {
      const best: { p: number; d: number }[] = [];
      for (let p = c.start[a]!; p < c.start[a + 1]!; p++) {
        if (inModel[p]) continue;
        const d = -c.match[p]! - rowDual[a]! - rowDual[A + c.reviewerOf[p]!]!;
        if (d < -EPSILON) best.push({ p, d });
      }
      best.sort((x, y) => x.d - y.d);
      for (const { p } of best.slice(0, PRICED_PER_APPLICATION)) added.push(p);
    }
    return added;
  };

  const addPairs = (pairs: number[]) => {
    const colStarts = new Int32Array(pairs.length + 1);
    const colIndices = new Int32Array(pairs.length * 2);
    pairs.forEach((p, i) => {
      colIndices[2 * i] = applicationOfPair(c, p);
      colIndices[2 * i + 1] = A + c.reviewerOf[p]!;
      colStarts[i + 1] = 2 * (i + 1);
      inModel[p] = 1;
      pairOfColumn.push(p);
    });
    model.addCols({
      cost: Float64Array.from(pairs, (p) => -c.match[p]!),
      lower: new Float64Array(pairs.length),
      upper: new Float64Array(pairs.length).fill(pairCap),
      matrix: {
        format: 'csc',
        numRows: A + c.reviewers,
        numCols: pairs.length,
        starts: colStarts,
        indices: colIndices,
        values: new Float64Array(colIndices.length).fill(1),
      },
    });
  };

  let solution = () => model.getSolution();
  return {
    optimise(): number {
      let rounds = 0;
      for (;;) {
        model.run();
        rounds++;
        const added = price(solution().rowDual);
        if (added.length === 0) break;
        addPairs(added);
      }
      if (pairCap === 1 && !isWhole(solution().colValue)) {
        // Not reached in practice (simplex ends on a vertex, which is whole here); solved as a MIP if it ever is.
        const relaxed = model.getModel();
        model.passModel({ ...relaxed, integrality: new Int32Array(relaxed.numCols).fill(1) });
        model.run();
      }
      const values = solution().colValue;
      solution = () => ({ colValue: values }) as ReturnType<typeof model.getSolution>;
      return rounds;
    },
    columns: () => A + pairOfColumn.length,
    /** Every pair in the model with its value (fractional when pairs are capped below 1). */
    pairValues(): { pair: number; value: number }[] {
      const values = solution().colValue;
      return pairOfColumn.map((pair, i) => ({ pair, value: values[A + i]! })).filter((v) => v.value > 1e-9);
    },
    chosenPairs(): number[] {
      const values = solution().colValue;
      return pairOfColumn.filter((_, i) => values[A + i]! > 0.5);
    },
    unfilled(): number[] {
      const values = solution().colValue;
      return Array.from({ length: A }, (_, a) => (values[a]! > 1e-6 ? Math.max(1, Math.round(values[a]!)) : 0));
    },
    dispose: () => model.dispose(),
  };
}

/** Each application's best-matching reviewers, ties spread over reviewers so loads start balanced. */
function initialPairs(c: Candidates, perApplication: number): number[] {
  const pairs: number[] = [];
  for (let a = 0; a < c.applications; a++) {
    const own: number[] = [];
    for (let p = c.start[a]!; p < c.start[a + 1]!; p++) own.push(p);
    const spread = (p: number) => (c.reviewerOf[p]! + a * 7919) % Math.max(1, c.reviewers);
    own.sort((x, y) => c.match[y]! - c.match[x]! || spread(x) - spread(y));
    pairs.push(...own.slice(0, perApplication));
  }
  return pairs;
}

function isWhole(values: Float64Array): boolean {
  return values.every((v) => Math.abs(v - Math.round(v)) < 1e-6);
}

/** Application index of pair p (binary search over the CSR starts). */
export function applicationOfPair(c: Candidates, p: number): number {
  let lo = 0;
  let hi = c.applications - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (c.start[mid]! <= p) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function toAssignments(problem: AssignmentProblem, c: Candidates, chosen: number[]): ApplicationAssignment[] {
  const byApplication = problem.applications.map(() => [] as string[]);
  for (const p of chosen) byApplication[applicationOfPair(c, p)]!.push(problem.reviewers[c.reviewerOf[p]!]!.id);
  return problem.applications.map((a, i) => ({ applicationId: a.id, reviewerIds: byApplication[i]! }));
}

export function totalMatch(c: Candidates, chosen: number[]): number {
  return chosen.reduce((sum, p) => sum + c.match[p]!, 0);
}
