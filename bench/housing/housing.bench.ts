/**
 * `npm run bench:housing` — one talent-apartment round at city scale: 50,000 eligible applicants
 * with 5 ordered unit-type choices each, 10,000 units over 24 unit types (6 projects × 4 types,
 * popular types scarce). Timed: the round (lottery numbers, the priority order, serial
 * dictatorship, cutoffs and every applicant's "why"), target ≤ 0.3 s; and the independent
 * re-check `bole housing verify` runs on the same published inputs (hash of the eligible list,
 * every lottery number, allocation, cutoffs, comparison), target ≤ 1 s. Each is run several times
 * and the median reported; the re-check must agree every time.
 *
 * Options (flags or env): --applicants 50000 --units 10000 --runs 7
 * Ends with one JSON line of figures.
 */
import { createRng } from '@bole/contracts';
import { cpus, loadavg } from 'node:os';
import { allocateRound, eligibleListHash, type RoundInputs } from '../../apps/server/src/housing/allocation.js';
import { checkRound } from '../../apps/server/src/housing/allocation-check.js';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i > 0 ? process.argv[i + 1] : process.env[`BENCH_${name.toUpperCase()}`];
  return v === undefined ? fallback : Number(v);
};
const APPLICANTS = arg('applicants', 50_000);
const UNITS = arg('units', 10_000);
const RUNS = arg('runs', 7);
const TARGET_ROUND_S = 0.3;
const TARGET_RECHECK_S = 1;

function generateRound(): RoundInputs {
  // A deterministic generator, so every run draws the same round.
  const random = createRng(13).next;
  const types = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6'].flatMap((p) => ['studio', 'one_bedroom', 'two_bedroom', 'three_bedroom'].map((t) => `${p}/${t}`));
  // Popularity falls along the list; stock is spread evenly, so the first types run out early.
  const weights = types.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((s, w) => s + w, 0);
  const pick = () => {
    let r = random() * total;
    for (let i = 0; i < types.length; i++) if ((r -= weights[i]!) <= 0) return types[i]!;
    return types.at(-1)!;
  };
  const stock = types.map((unitType, i) => ({
    unitType,
    units: Array.from(
      { length: Math.floor(UNITS / types.length) + (i < UNITS % types.length ? 1 : 0) },
      (_, u) => `${unitType}-${String(u + 1).padStart(4, '0')}`,
    ),
  }));
  const tiers = ['A', 'B', 'C', 'D', 'E', 'E', 'E', 'D', 'C', 'E'];
  const eligible = Array.from({ length: APPLICANTS }, (_, i) => {
    const choices = new Set<string>();
    while (choices.size < 5) choices.add(pick());
    return { applicationNumber: `HR2026-01-${String(i + 1).padStart(6, '0')}`, tier: tiers[Math.floor(random() * tiers.length)]!, choices: [...choices] };
  });
  return { round: 'HR2026-01', seed: 'f'.repeat(16) + 'e0c1'.repeat(12), stock, eligible };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** Wall-clock and CPU seconds of `fn` (CPU time is what a busy machine distorts least). */
const seconds = (fn: () => void): { wall: number; cpu: number } => {
  const c = process.cpuUsage();
  const t = process.hrtime.bigint();
  fn();
  const used = process.cpuUsage(c);
  return { wall: Number(process.hrtime.bigint() - t) / 1e9, cpu: (used.user + used.system) / 1e6 };
};

function main() {
  const loadStart = loadavg()[0]!;
  const inputs = generateRound();
  const published = { ...inputs, eligibleHash: eligibleListHash(inputs.eligible) };
  const roundTimes: { wall: number; cpu: number }[] = [];
  const recheckTimes: { wall: number; cpu: number }[] = [];
  let agrees = true;
  let allocated = 0;
  for (let run = 0; run < RUNS; run++) {
    let result = allocateRound(inputs);
    roundTimes.push(seconds(() => (result = allocateRound(inputs))));
    allocated = result.placements.filter((p) => p.unit !== null).length;
    recheckTimes.push(
      seconds(() => {
        agrees &&= checkRound(published, result).agrees;
      }),
    );
  }
  const roundSeconds = median(roundTimes.map((t) => t.wall));
  const recheckSeconds = median(recheckTimes.map((t) => t.wall));
  const roundCpuSeconds = median(roundTimes.map((t) => t.cpu));
  const recheckCpuSeconds = median(recheckTimes.map((t) => t.cpu));
  const loadEnd = loadavg()[0]!;
  console.log(
    `round (draw, allocation, cutoffs, explanations): median ${roundSeconds.toFixed(3)} s (CPU ${roundCpuSeconds.toFixed(3)} s) over ${RUNS} runs (target ≤ ${TARGET_ROUND_S} s)`,
  );
  console.log(
    `re-check (independent implementation):           median ${recheckSeconds.toFixed(3)} s (CPU ${recheckCpuSeconds.toFixed(3)} s) (target ≤ ${TARGET_RECHECK_S} s), agrees: ${agrees}`,
  );
  console.log(
    JSON.stringify({
      applicants: APPLICANTS,
      units: UNITS,
      unitTypes: inputs.stock.length,
      allocated,
      runs: RUNS,
      roundSeconds: Number(roundSeconds.toFixed(4)),
      recheckSeconds: Number(recheckSeconds.toFixed(4)),
      recheckAgrees: agrees,
      roundCpuSeconds: Number(roundCpuSeconds.toFixed(4)),
      recheckCpuSeconds: Number(recheckCpuSeconds.toFixed(4)),
      recheckToRoundRatio: Number((recheckSeconds / roundSeconds).toFixed(2)),
      roundTargetMet: roundSeconds <= TARGET_ROUND_S,
      recheckTargetMet: recheckSeconds <= TARGET_RECHECK_S,
      cpus: cpus().length,
      loadStart: Number(loadStart.toFixed(2)),
      loadEnd: Number(loadEnd.toFixed(2)),
    }),
  );
  if (!agrees) process.exitCode = 1;
}

main();
