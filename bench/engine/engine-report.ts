/**
 * The benchmark's report: the timing table (people/s, ms for 1M, ratio to the engine) by wall
 * clock and by CPU time, the explanation and reform figures, the targets with pass/fail, and
 * the JSON summary line (wall-clock figures; CPU-time figures under `cpu`).
 */
import type { Checks } from './engine-checks.js';
import type { EvalLinesMeasured } from './eval-lines.js';
import { median, percentile, table, type Runs } from './timing.js';

/** Everything measured in one run. */
export interface Measured {
  n: number;
  rows: { name: string; ms: Runs; people: number }[];
  evalLines: EvalLinesMeasured;
  explainMs: Runs;
  reformMs: Runs;
  checks: Checks;
  sampled: Record<string, number>;
  reformTo: number;
  sink: number;
  profileOf: (i: number) => unknown;
}

const fmt = (x: number, d = 0): string => x.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d });
const round = (x: number, d: number): number => Math.round(x * 10 ** d) / 10 ** d;

/** Figures of one clock (wall or cpu). */
function figures(m: Measured, k: keyof Runs) {
  const pps = Object.fromEntries(m.rows.map((r) => [r.name, r.people / (median(r.ms[k]) / 1000)]));
  const engine = pps['engine']!;
  const ratio = Object.fromEntries(m.rows.map((r) => [r.name, engine / pps[r.name]!]));
  const p50 = percentile(m.explainMs[k], 50);
  const p99 = percentile(m.explainMs[k], 99);
  const reform1M = ((median(m.reformMs[k]) / 1000) * 1_000_000) / m.n;
  const fullPack1M = 1e6 / engine;
  const ev = m.evalLines;
  const evalPps = ev.people / (median(ev.engine[k]) / 1000);
  const evalPlainPps = ev.people / (median(ev.plain[k]) / 1000);
  const targets = {
    fullPack1MUnderHalfSecond: fullPack1M <= 0.5,
    engineAtLeastHalfOfHandwritten: engine >= pps['handwritten']! / 2,
    explainP99UnderOneMs: p99 < 1,
    reform1MUnderOneSecond: reform1M < 1,
    eval100kProfilesPerSecond: evalPps >= 100_000,
    evalFiveTimesPlain: evalPps >= 5 * evalPlainPps,
  };
  return { evalPps, evalPlainPps, pps, ratio, p50, p99, reform1M, fullPack1M, targets, engineVsHand: engine / pps['handwritten']! };
}

/** Prints the report; the last line is the JSON summary. Returns the exit code (1 on any disagreement). */
export function report(m: Measured): number {
  const w = figures(m, 'wall');
  const c = figures(m, 'cpu');
  console.log(`\n## Timing (single core; median of runs; ratio = engine people/s ÷ implementation people/s, > 1 means the engine is faster)`);
  console.log(
    table(
      ['implementation', 'people/s', 'ms for 1M', 'ratio to engine', 'people/s (cpu)', 'ratio (cpu)', 'people timed', 'wall ms per run'],
      m.rows.map((r) => [
        r.name,
        fmt(w.pps[r.name]!),
        fmt(1e9 / w.pps[r.name]!, 1) + (r.people < 1_000_000 ? ' (scaled)' : ''),
        fmt(w.ratio[r.name]!, 2),
        fmt(c.pps[r.name]!),
        fmt(c.ratio[r.name]!, 2),
        fmt(r.people),
        r.ms.wall.map((x) => fmt(x)).join(' '),
      ]),
    ),
  );
  const ev = m.evalLines;
  console.log(
    `\n## bole eval path (single core; ${fmt(ev.people)} profiles, ${fmt(ev.bytes / 2 ** 20, 1)} MiB of JSON lines, file to file: read, parse, validate, evaluate, write; median of runs)`,
  );
  console.log(
    table(
      ['implementation', 'profiles/s', 'profiles/s (cpu)', 'ratio', 'ratio (cpu)', 'wall ms per run'],
      [
        ['bole eval (scan into columns, columnar kernels)', fmt(w.evalPps), fmt(c.evalPps), '1.00', '1.00', ev.engine.wall.map((x) => fmt(x)).join(' ')],
        [
          'plain per-person (JSON.parse, parseProfile, pack as written)',
          fmt(w.evalPlainPps),
          fmt(c.evalPlainPps),
          fmt(w.evalPps / w.evalPlainPps, 2),
          fmt(c.evalPps / c.evalPlainPps, 2),
          ev.plain.wall.map((x) => fmt(x)).join(' '),
        ],
      ],
    ),
  );
  const e = m.explainMs;
  console.log(
    `\nexplanation (parse + evaluate with the full trace + render zh-CN text), ${fmt(e.wall.length)} people: wall p50 ${w.p50.toFixed(3)} ms, p99 ${w.p99.toFixed(3)} ms, max ${Math.max(...e.wall).toFixed(3)} ms; cpu p50 ${c.p50.toFixed(3)} ms, p99 ${c.p99.toFixed(3)} ms`,
  );
  console.log(
    `reform settle-allowance D 150,000 → ${fmt(m.reformTo)} yuan (engine simulate: baseline + reformed policies, ${fmt(m.n)} people): wall runs ${m.reformMs.wall.map((x) => fmt(x)).join(' ')} ms, cpu runs ${m.reformMs.cpu.map((x) => fmt(x)).join(' ')} ms`,
  );
  const mark = (ok: boolean): string => (ok ? 'met' : 'MISSED');
  console.log(`\n## Targets (wall clock; cpu time in brackets)`);
  console.log(
    `  full pack over 1M ≤ 0.5 s: ${w.fullPack1M.toFixed(3)} s [${c.fullPack1M.toFixed(3)} s] — ${mark(w.targets.fullPack1MUnderHalfSecond)} [${mark(c.targets.fullPack1MUnderHalfSecond)}]`,
  );
  console.log(
    `  engine ≥ ½ hand-written throughput: ${w.engineVsHand.toFixed(2)}× [${c.engineVsHand.toFixed(2)}×] — ${mark(w.targets.engineAtLeastHalfOfHandwritten)} [${mark(c.targets.engineAtLeastHalfOfHandwritten)}]`,
  );
  console.log(
    `  explanation p99 < 1 ms: ${w.p99.toFixed(3)} ms [${c.p99.toFixed(3)} ms] — ${mark(w.targets.explainP99UnderOneMs)} [${mark(c.targets.explainP99UnderOneMs)}]`,
  );
  console.log(
    `  reform over 1M < 1 s: ${w.reform1M.toFixed(3)} s [${c.reform1M.toFixed(3)} s] — ${mark(w.targets.reform1MUnderOneSecond)} [${mark(c.targets.reform1MUnderOneSecond)}]`,
  );
  console.log(
    `  bole eval ≥ 100,000 profiles/s: ${fmt(w.evalPps)} [${fmt(c.evalPps)}] — ${mark(w.targets.eval100kProfilesPerSecond)} [${mark(c.targets.eval100kProfilesPerSecond)}]`,
  );
  console.log(
    `  bole eval ≥ 5× plain per-person: ${(w.evalPps / w.evalPlainPps).toFixed(2)}× [${(c.evalPps / c.evalPlainPps).toFixed(2)}×] — ${mark(w.targets.evalFiveTimesPlain)} [${mark(c.targets.evalFiveTimesPlain)}]`,
  );
  const bad = m.checks.found.length;
  console.log(`\n## Agreement: ${bad === 0 ? 'every implementation agrees with the reference on every person compared' : `${bad} DISAGREEMENTS`}`);
  for (const l of m.checks.report(5, m.profileOf)) console.log(l);
  const ints = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Math.round(v)]));
  const r3 = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, round(v, 3)]));
  const summary = {
    peoplePerSecond: ints(w.pps),
    evalProfilesPerSecond: Math.round(w.evalPps),
    evalPlainProfilesPerSecond: Math.round(w.evalPlainPps),
    evalRatioToPlain: round(w.evalPps / w.evalPlainPps, 2),
    ratioToEngine: r3(w.ratio),
    explainP99Ms: round(w.p99, 4),
    reform1MSeconds: round(w.reform1M, 3),
    sampled: m.sampled,
    fullPack1MSeconds: round(w.fullPack1M, 3),
    explainP50Ms: round(w.p50, 4),
    targets: w.targets,
    cpu: {
      peoplePerSecond: ints(c.pps),
      evalProfilesPerSecond: Math.round(c.evalPps),
      evalPlainProfilesPerSecond: Math.round(c.evalPlainPps),
      ratioToEngine: r3(c.ratio),
      explainP99Ms: round(c.p99, 4),
      reform1MSeconds: round(c.reform1M, 3),
      fullPack1MSeconds: round(c.fullPack1M, 3),
      targets: c.targets,
    },
    people: m.n,
    disagreements: bad,
  };
  if (m.sink === -1) console.log('');
  console.log(JSON.stringify(summary));
  return bad === 0 ? 0 : 1;
}
