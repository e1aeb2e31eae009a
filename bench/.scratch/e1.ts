import { generatePopulation, toProfile } from '../population.js';
import { buildEnginePopulation, densify, engineRowOutcome, evaluateEnginePopulation, loadEnginePack, enginePersonOutcome } from '../engineAdapter.js';
import { allocOutput, outcomeAt, runHandwritten, referencePerson, type ProfileLike } from '../handwritten-kernel.js';
import { diffOutcomes } from '../pack-common.js';
const N = Number(process.argv[2] ?? 100000);
const at = process.argv[3] ?? '2026-07-01';
const pop = generatePopulation(N, '2026-07-01');
let t = performance.now();
const pack = loadEnginePack();
console.log('load', performance.now() - t);
t = performance.now();
const epop = buildEnginePopulation(N, (i) => toProfile(pop, i));
console.log('build', performance.now() - t);
const out = allocOutput(N);
for (let r = 0; r < 3; r++) {
  t = performance.now(); runHandwritten(pop, at, out); console.log('hw', (performance.now() - t).toFixed(1));
  t = performance.now(); evaluateEnginePopulation(pack, epop, at); console.log('engine', (performance.now() - t).toFixed(1));
}
const d = densify(evaluateEnginePopulation(pack, epop, at));
let bad = 0, bad2 = 0;
for (let i = 0; i < N; i++) {
  const diff = diffOutcomes(outcomeAt(out, i), engineRowOutcome(d, i));
  if (diff.length && bad++ < 5) console.log('kernel', i, diff, JSON.stringify(toProfile(pop, i)));
  if (i % 10 === 0) {
    const diff2 = diffOutcomes(referencePerson(toProfile(pop, i) as ProfileLike, at), enginePersonOutcome(pack, toProfile(pop, i), at));
    if (diff2.length && bad2++ < 5) console.log('person', i, diff2, JSON.stringify(toProfile(pop, i)));
  }
}
console.log('bad', bad, bad2);
