import { generatePopulation, toProfile } from '../engine/population.js';
import * as E from '../engine/engineAdapter.js';
import { clock } from '../engine/timing.js';
import { allocOutput, runHandwritten } from '../handwritten-kernel.js';
const N = Number(process.argv[2] ?? 200000);
const what = process.argv[3] ?? 'eval';
const pop = generatePopulation(N, '2026-07-01');
const pack = E.loadEnginePack();
const epop = E.buildEnginePopulation(N, (i) => toProfile(pop, i));
const hw = allocOutput(N);
const at = '2026-07-01';
const reform = E.settleDReform(200000);
const ps = Array.from({ length: 5000 }, (_, i) => toProfile(pop, i));
console.log('ready');
for (let r = 0; r < 10; r++) {
  let c = clock();
  if (what === 'eval') E.evaluateEnginePopulation(pack, epop, at);
  if (what === 'reform') E.simulateReform(pack, epop, at, reform);
  if (what === 'explain') for (const p of ps) E.explainPerson(pack, p, at);
  const x = c();
  c = clock(); runHandwritten(pop, at, hw); const y = c();
  console.log(what, x.cpu.toFixed(1), 'hw', y.cpu.toFixed(1));
}
