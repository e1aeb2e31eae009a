/**
 * `npm run bench:engine` — the policy engine against a hand-written typed-array kernel and four
 * peer rule engines, on one generated population and the full pack (policy-pack.md).
 * Correctness first (every implementation vs the literal reference, engine vs kernel on every
 * person, several dates), then single-core timings (median of runs; generation and conversion
 * excluded), a per-person explanation latency and a one-parameter reform. Prints a table and,
 * as the last line, one JSON object. Exits 1 on any disagreement.
 * Options: --n 1000000 --at 2026-07-01 --runs 5 --check 20000 --check-dates 2000 and the
 * per-peer timing samples --cel 50000 --jsonlogic 20000 --jre 2000 --zen 10000; --eval 200000 profiles
 * as JSON lines for the `bole eval` path against the plain per-person implementation.
 */
import { parseArgs } from 'node:util';
import * as E from './engineAdapter.js';
import { Checks } from './engine-checks.js';
import { report } from './engine-report.js';
import { allocOutput, outcomeAt, referencePerson, runHandwritten, type ProfileLike } from '../handwritten-kernel.js';
import { generatePopulation, toProfile } from './population.js';
import { makeCelPeer } from './peers/cel.js';
import { flatFacts, peerFacts } from './peers/facts.js';
import { makeJsonLogicPeer } from './peers/json-logic.js';
import { makeRulesEnginePeer } from './peers/rules-engine.js';
import { makeZenPeer } from './peers/zen.js';
import { measureEvalLines } from './eval-lines.js';
import { clock, machine, timeAsync, timeSync, type Runs } from './timing.js';

const { values: o } = parseArgs({
  options: Object.fromEntries(
    ['n', 'at', 'runs', 'check', 'check-dates', 'cel', 'jsonlogic', 'jre', 'zen', 'explain', 'reform-to', 'eval'].map((k) => [k, { type: 'string' as const }]),
  ),
});
const num = (k: string, d: number): number => Number(o[k] ?? d);
const N = num('n', 1_000_000);
const AT = (o['at'] as string | undefined) ?? '2026-07-01';
const RUNS = num('runs', 5);
const CHECK = Math.min(N, num('check', 20_000));
const CHECK_DATES = Math.min(N, num('check-dates', 2000));
const EXTRA_DATES = ['2026-06-30', '2026-02-28', '2024-02-29', '2027-01-01', '2023-12-31'];
const SAMPLE = {
  'cel-js': num('cel', 50_000),
  'json-logic-js': num('jsonlogic', 20_000),
  'json-rules-engine': num('jre', 2000),
  'zen-engine': num('zen', 10_000),
};
const log = (s: string): void => console.log(s);
const secs = (t: number): string => `${((performance.now() - t) / 1000).toFixed(1)} s`;

log(`# Policy engine benchmark — ${N.toLocaleString('en')} people, full pack, at ${AT}`);
for (const m of machine()) log(`  ${m}`);

// ---- setup (not timed in the results) ----
let t = performance.now();
const pop = generatePopulation(N, '2026-07-01');
log(`setup: population generated in ${secs(t)}`);
t = performance.now();
const pack = E.loadEnginePack();
log(`setup: engine loaded and compiled the pack from policies/ in ${secs(t)}`);
t = performance.now();
const epop = E.buildEnginePopulation(N, (i) => toProfile(pop, i));
log(`setup: engine columnar population built (parseProfile + PopulationBuilder) in ${secs(t)}`);
const profiles = new Map<number, Record<string, unknown>>();
const profile = (i: number): Record<string, unknown> => profiles.get(i) ?? (profiles.set(i, toProfile(pop, i)), profiles.get(i)!);
const cel = makeCelPeer();
const jl = makeJsonLogicPeer();
const zen = makeZenPeer();
const factsDay = (at: string, k: number) => Array.from({ length: k }, (_, i) => peerFacts(profile(i), at, 'day'));
const factsIso = (at: string, k: number) => Array.from({ length: k }, (_, i) => peerFacts(profile(i), at, 'iso'));

// ---- correctness ----
t = performance.now();
const checks = new Checks();
const hw = allocOutput(N);
for (const at of [AT, ...EXTRA_DATES]) {
  const k = at === AT ? CHECK : CHECK_DATES;
  runHandwritten(pop, at, hw);
  const ev = E.evaluateEnginePopulation(pack, epop, at);
  const bad = E.columnarMismatches(ev, hw);
  const dense = bad.length > 0 ? E.densify(ev) : null;
  checks.columnar(
    'engine columnar vs hand-written, everyone',
    at,
    N,
    bad,
    (i) => outcomeAt(hw, i),
    (i) => E.engineRowOutcome(dense!, i),
  );
  const ref = Array.from({ length: k }, (_, i) => referencePerson(profile(i) as ProfileLike, at));
  const exp = (i: number) => ref[i]!;
  checks.all('hand-written kernel', at, k, exp, (i) => outcomeAt(hw, i));
  checks.all('engine per-person evaluate', at, k, exp, (i) => E.enginePersonOutcome(pack, profile(i), at));
  checks.all('engine per-person evaluate, traced', at, k, exp, (i) => E.enginePersonOutcome(pack, profile(i), at, true));
  const fd = factsDay(at, k);
  checks.all('cel-js', at, k, exp, (i) => cel(fd[i]!));
  checks.all('json-logic-js', at, k, exp, (i) => jl(fd[i]!));
  const fi = factsIso(at, k);
  await checks.allAsync('zen-engine', at, k, exp, (i) => zen.evaluate(fi[i]!));
  const jre = makeRulesEnginePeer(at);
  await checks.allAsync('json-rules-engine', at, k, exp, (i) => jre(flatFacts(fd[i]!)));
}
{
  // 就高不重复 ties: no two values tie in the pack as published, so make one tie on purpose
  // (first listed wins: talent-apartment over rent-subsidy).
  runHandwritten(pop, AT, hw, { rentMasterYuan: 1200 });
  const ev = E.evaluateReformed(pack, epop, AT, E.rentTieReform());
  const bad = E.columnarMismatches(ev, hw);
  const dense = bad.length > 0 ? E.densify(ev) : null;
  checks.columnar(
    'engine tie reform vs hand-written, everyone',
    AT,
    N,
    bad,
    (i) => outcomeAt(hw, i),
    (i) => E.engineRowOutcome(dense!, i),
  );
}
log(
  `\n## Correctness (${CHECK.toLocaleString('en')} people at ${AT}; ${CHECK_DATES.toLocaleString('en')} at each of ${EXTRA_DATES.join(', ')}; engine columnar vs kernel on all ${N.toLocaleString('en')} at every date) — ${secs(t)}`,
);
for (const l of checks.report(5, (i) => profile(i))) log(l);

// ---- timing ----
const rows: { name: string; ms: Runs; people: number }[] = [];
let sink = 0;
rows.push({ name: 'handwritten', people: N, ms: timeSync(RUNS, () => runHandwritten(pop, AT, hw)) });
rows.push({ name: 'engine', people: N, ms: timeSync(RUNS, () => void (sink += E.evaluateEnginePopulation(pack, epop, AT).outcomes.length)) });
{
  const fd = factsDay(AT, Math.max(SAMPLE['cel-js'], SAMPLE['json-logic-js'], SAMPLE['json-rules-engine']));
  const loop = (k: number, f: (x: Record<string, unknown>) => { policies: unknown[] }) => () => {
    for (let i = 0; i < k; i++) sink += f(fd[i]!).policies.length;
  };
  rows.push({ name: 'cel-js', people: SAMPLE['cel-js'], ms: timeSync(RUNS, loop(SAMPLE['cel-js'], cel)) });
  rows.push({ name: 'json-logic-js', people: SAMPLE['json-logic-js'], ms: timeSync(RUNS, loop(SAMPLE['json-logic-js'], jl)) });
  const jre = makeRulesEnginePeer(AT);
  const ff = fd.slice(0, SAMPLE['json-rules-engine']).map(flatFacts);
  const runJre = (k: number) => async () => {
    for (let i = 0; i < k; i++) sink += (await jre(ff[i]!)).policies.length;
  };
  rows.push({
    name: 'json-rules-engine',
    people: SAMPLE['json-rules-engine'],
    ms: await timeAsync(Math.min(RUNS, 3), runJre(ff.length), runJre(Math.min(200, ff.length))),
  });
  const fi = factsIso(AT, SAMPLE['zen-engine']);
  const runZen = (k: number) => async () => {
    for (let i = 0; i < k; i++) sink += (await zen.evaluate(fi[i]!)).policies.length;
  };
  rows.push({ name: 'zen-engine', people: SAMPLE['zen-engine'], ms: await timeAsync(RUNS, runZen(fi.length), runZen(Math.min(1000, fi.length))) });
}
zen.dispose();

// ---- the `bole eval` path: JSON lines in, result lines out, vs the plain per-person implementation ----
const EVAL = Math.min(N, num('eval', 200_000));
const evalLines = await measureEvalLines(pack, pop, EVAL, AT, RUNS);
checks.sameBytes('bole eval vs plain per-person, output', AT, EVAL, evalLines.identical);

// ---- explanation latency: parse + evaluate one person with the full trace + render the zh-CN text ----
const gc = (globalThis as { gc?: () => void }).gc;
gc?.(); // start the latency measurement from a collected heap (the script runs with --expose-gc)
const EXPLAIN = Math.min(N, num('explain', 10_000));
for (let i = 0; i < 1000; i++) E.explainPerson(pack, profile(N - 1 - i), AT);
const lat: Runs = { wall: [], cpu: [] };
for (let i = 0; i < EXPLAIN; i++) {
  const raw = profile(i);
  const stop = clock();
  sink += E.explainPerson(pack, raw, AT).length;
  const s = stop();
  lat.wall.push(s.wall);
  lat.cpu.push(s.cpu);
}

// ---- one-parameter reform: settle-allowance tier D 150,000 → 200,000 yuan, engine `simulate` ----
const REFORM = num('reform-to', 200_000);
const reform = E.settleDReform(REFORM);
const reformMs: Runs = { wall: [], cpu: [] };
gc?.();
let impact = E.simulateReform(pack, epop, AT, reform);
for (let r = 0; r < RUNS; r++) {
  const stop = clock();
  impact = E.simulateReform(pack, epop, AT, reform);
  const s = stop();
  reformMs.wall.push(s.wall);
  reformMs.cpu.push(s.cpu);
}
if (!impact.ok) throw new Error('unreachable');
log(
  `\nreform impact (engine simulate): ${impact.policies.map((p) => `${p.policy} +${p.gain} −${p.lose} ~${p.change}`).join(', ')}; budget delta ${(impact.totalDeltaFen / 100).toLocaleString('en')} yuan`,
);
runHandwritten(pop, AT, hw, { settleDYuan: REFORM });
{
  const ev = E.evaluateReformed(pack, epop, AT, reform);
  const bad = E.columnarMismatches(ev, hw);
  const dense = bad.length > 0 ? E.densify(ev) : null;
  checks.columnar(
    'engine reformed pack vs hand-written, everyone',
    AT,
    N,
    bad,
    (i) => outcomeAt(hw, i),
    (i) => E.engineRowOutcome(dense!, i),
  );
}
process.exitCode = report({ n: N, rows, evalLines, explainMs: lat, reformMs, checks, sampled: SAMPLE, reformTo: REFORM, sink, profileOf: profile });
