import * as E from './engineAdapter.js';
import { generatePopulation, toProfile } from './population.js';
import * as engine from '@bole/engine';
const N = Number(process.argv[2] ?? 300000);
const AT = '2026-07-01';
const pop = generatePopulation(N, AT);
const pack = E.loadEnginePack();
const epop = E.buildEnginePopulation(N, (i) => toProfile(pop, i));
const cpu = (f: () => void) => { const c = process.cpuUsage(); f(); const d = process.cpuUsage(c); return (d.user + d.system) / 1000; };
const med = (xs: number[]) => xs.slice().sort((a, b) => a - b)[xs.length >> 1]!;
const ev: number[] = [];
for (let r = 0; r < 7; r++) ev.push(cpu(() => engine.evaluatePopulation(pack, epop, AT)));
console.log('evaluatePopulation cpu ms median', med(ev).toFixed(1), ev.map((x) => x.toFixed(0)).join(' '));
const reform = E.settleDReform(200000);
const sm: number[] = [];
for (let r = 0; r < 7; r++) sm.push(cpu(() => E.simulateReform(pack, epop, AT, reform)));
console.log('simulate cpu ms median', med(sm).toFixed(1), sm.map((x) => x.toFixed(0)).join(' '));
const raws = Array.from({ length: 3000 }, (_, i) => toProfile(pop, i));
for (let i = 0; i < 1000; i++) E.explainPerson(pack, raws[i]!, AT);
const lat: number[] = [];
let sink = 0;
const m0 = process.memoryUsage().heapUsed;
for (let i = 0; i < 3000; i++) { const t = performance.now(); sink += E.explainPerson(pack, raws[i]!, AT).length; lat.push(performance.now() - t); }
lat.sort((a, b) => a - b);
console.log('explain p50', lat[1500]!.toFixed(3), 'p99', lat[2970]!.toFixed(3), sink);
// allocation per explain
if ((globalThis as any).gc) { (globalThis as any).gc(); const h0 = process.memoryUsage().heapUsed; let s=0; for (let i = 0; i < 200; i++) s += E.explainPerson(pack, raws[i]!, AT).length; const h1 = process.memoryUsage().heapUsed; console.log('approx alloc/explain KB', ((h1 - h0) / 200 / 1024).toFixed(1), s); }
