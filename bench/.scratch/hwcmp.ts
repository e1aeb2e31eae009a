import { generatePopulation } from '../engine/population.js';
import { allocOutput, outcomeAt, runHandwritten } from '../handwritten-kernel.js';
import { runHandwritten2 } from './hw2.js';
import { diffOutcomes } from '../engine/pack-common.js';
import { clock } from '../engine/timing.js';
const N = 1_000_000;
const pop = generatePopulation(N, '2026-07-01');
const a = allocOutput(N), b = allocOutput(N);
for (const at of ['2026-07-01', '2026-06-30', '2024-02-29', '2027-01-01']) {
  runHandwritten(pop, at, a); runHandwritten2(pop, at, b);
  let bad = 0;
  for (let i = 0; i < N; i++) if (diffOutcomes(outcomeAt(a, i), outcomeAt(b, i)).length && bad++ < 3) console.log(at, i, diffOutcomes(outcomeAt(a, i), outcomeAt(b, i)));
  console.log(at, 'bad', bad);
}
for (let r = 0; r < 5; r++) {
  let c = clock(); runHandwritten(pop, '2026-07-01', a); const x = c();
  c = clock(); runHandwritten2(pop, '2026-07-01', b); const y = c();
  console.log('v1', x.wall.toFixed(0), x.cpu.toFixed(0), 'v2', y.wall.toFixed(0), y.cpu.toFixed(0));
}
