/**
 * `npm run bench:assignment` — reviewer assignment for 2,000 applications × 400 experts, k = 3,
 * L = 18, with conflicts from the real rules on synthetic profiles (see `instance.ts`).
 *
 * Measured (each the median of --runs solves, after one warm-up that loads the solver):
 * - feasible: the optimal assignment (HiGHS with column generation), checked afterwards for
 *   conflicts, loads and exactly-k;
 * - infeasible: the same round with 60 applications in a field only 9 experts cover (180 reviews
 *   needed, 162 possible), solved until the diagnosis names the field and the shortfall.
 * Peer, same run and data: HiGHS given every eligible pair at once (no column generation), one
 * solve, its total match compared with ours (it must be equal: both are optimal).
 *
 * Wall time and this process's CPU time are both reported: on a shared machine the wall time
 * includes waiting for a core. Ends with one JSON line of figures.
 * Options: --runs 3 --no-peer
 */
import { loadavg } from 'node:os';
import { buildInstance } from './instance.js';
import { loadSolver, solveAssignment } from '../../apps/server/src/programs/assignment/assignment.solver.js';
import { solveRandomisedAssignment } from '../../apps/server/src/programs/assignment/assignment.randomised.js';
import type { AssignmentProblem, AssignmentResult } from '../../apps/server/src/programs/assignment/assignment.types.js';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const PEER = !process.argv.includes('--no-peer');
const SIZE = { applications: 2000, experts: 400, k: 3, load: 18, seed: 20261207 };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number, digits = 3) => Number(x.toFixed(digits));

async function timed(problem: AssignmentProblem, allPairsAtOnce = false) {
  const cpu = process.cpuUsage();
  const began = performance.now();
  const result = await solveAssignment(problem, { allPairsAtOnce });
  return { result, seconds: (performance.now() - began) / 1000, cpuSeconds: (process.cpuUsage(cpu).user + process.cpuUsage(cpu).system) / 1e6 };
}

/** Conflicts, over-loads and wrong reviewer counts in an assignment (all must be 0). */
function violations(problem: AssignmentProblem, result: AssignmentResult) {
  if (!result.feasible) throw new Error('the feasible instance was reported infeasible');
  const excluded = new Set(problem.excluded.map((p) => `${p.applicationId}/${p.reviewerId}`));
  const limit = new Map(problem.reviewers.map((r) => [r.id, r.maxLoad ?? problem.maxLoad]));
  const load = new Map<string, number>();
  let conflictsViolated = 0;
  let countViolated = 0;
  for (const a of result.assignments) {
    if (new Set(a.reviewerIds).size !== problem.reviewersPerApplication) countViolated++;
    for (const r of a.reviewerIds) {
      if (excluded.has(`${a.applicationId}/${r}`)) conflictsViolated++;
      load.set(r, (load.get(r) ?? 0) + 1);
    }
  }
  const loadViolated = [...load].filter(([r, n]) => n > limit.get(r)!).length;
  return { conflictsViolated, loadViolated, reviewersPerApplicationViolated: countViolated };
}

const loadAtStart = loadavg()[0]!;
await loadSolver();
const feasible = buildInstance({ ...SIZE, scarceField: false });
const infeasible = buildInstance({ ...SIZE, scarceField: true });
await timed(feasible.problem); // warm-up

const feasibleRuns = [];
const infeasibleRuns = [];
for (let i = 0; i < RUNS; i++) {
  feasibleRuns.push(await timed(feasible.problem));
  infeasibleRuns.push(await timed(infeasible.problem));
}
const last = feasibleRuns.at(-1)!.result;
const checks = violations(feasible.problem, last);
const diagnosis = infeasibleRuns.at(-1)!.result;
if (diagnosis.feasible) throw new Error('the infeasible instance was reported feasible');
console.log(
  `feasible: ${feasibleRuns.map((r) => r.seconds.toFixed(2)).join(' ')} s wall, ` +
    `${feasibleRuns.map((r) => r.cpuSeconds.toFixed(2)).join(' ')} s CPU; ` +
    `${feasible.exclusions} excluded pairs of ${feasible.pairs}; stats ${JSON.stringify(last.stats)}`,
);
console.log(`infeasible: ${infeasibleRuns.map((r) => r.seconds.toFixed(2)).join(' ')} s wall; diagnosis ${JSON.stringify(diagnosis.diagnosis)}`);

// The seeded randomised mode (no pair above probability 0.75), once, checked like the others.
const randomisedCpu = process.cpuUsage();
const randomisedBegan = performance.now();
const randomised = await solveRandomisedAssignment(feasible.problem, { maxProbability: 0.75, seed: 7 });
const randomisedSeconds = (performance.now() - randomisedBegan) / 1000;
const randomisedCpuUsed = process.cpuUsage(randomisedCpu);
if (!randomised.feasible) throw new Error('the randomised mode found the cap too low');
const randomisedChecks = violations(feasible.problem, randomised);
console.log(
  `randomised (cap 0.75): ${randomisedSeconds.toFixed(2)} s wall; total match ${randomised.totalMatch.toFixed(1)}; ${JSON.stringify(randomisedChecks)}`,
);

let peer: { seconds: number; cpuSeconds: number; sameMatch: boolean } | null = null;
if (PEER) {
  const run = await timed(feasible.problem, true);
  const sameMatch = run.result.feasible && last.feasible && Math.abs(run.result.totalMatch - last.totalMatch) < 1e-6;
  peer = { seconds: round(run.seconds), cpuSeconds: round(run.cpuSeconds), sameMatch };
  console.log(`peer (every pair at once): ${run.seconds.toFixed(2)} s wall, ${run.cpuSeconds.toFixed(2)} s CPU, same total match: ${sameMatch}`);
}

console.log(
  JSON.stringify({
    applications: SIZE.applications,
    experts: SIZE.experts,
    k: SIZE.k,
    load: SIZE.load,
    excludedPairs: feasible.exclusions,
    conflictRulesCpuSeconds: round(feasible.conflictCpuSeconds),
    feasibleSeconds: round(median(feasibleRuns.map((r) => r.seconds))),
    feasibleCpuSeconds: round(median(feasibleRuns.map((r) => r.cpuSeconds))),
    infeasibleDiagnosisSeconds: round(median(infeasibleRuns.map((r) => r.seconds))),
    infeasibleDiagnosisCpuSeconds: round(median(infeasibleRuns.map((r) => r.cpuSeconds))),
    totalMatch: last.feasible ? round(last.totalMatch) : null,
    missingReviews: diagnosis.diagnosis.missingReviews,
    ...checks,
    randomisedSeconds: round(randomisedSeconds),
    randomisedCpuSeconds: round((randomisedCpuUsed.user + randomisedCpuUsed.system) / 1e6),
    randomisedTotalMatch: round(randomised.totalMatch),
    randomisedViolations: randomisedChecks.conflictsViolated + randomisedChecks.loadViolated + randomisedChecks.reviewersPerApplicationViolated,
    peerAllPairsSeconds: peer?.seconds ?? null,
    peerAllPairsCpuSeconds: peer?.cpuSeconds ?? null,
    peerSameMatch: peer?.sameMatch ?? null,
    loadAverageStart: round(loadAtStart, 2),
    loadAverageEnd: round(loadavg()[0]!, 2),
  }),
);
