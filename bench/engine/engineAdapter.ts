/**
 * The one place the benchmark touches the real policy engine (`@bole/engine`): load the pack
 * from `policies/`, build the columnar population, evaluate it, evaluate and explain one
 * person, and simulate reforms (`simulate`, `applyReform`). Everything else in bench/ is
 * engine-agnostic, so an API change in the engine is absorbed here. Never a copy of engine code.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as engine from '@bole/engine';
import { NP, POLICY_IDS, type PersonOutcome } from './pack-common.js';
import { ZHUZHOU, ZHUZHOU_SCHEMA } from './city.js';

/** The repository's policies folder. */
export const POLICIES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'policies');

type Pack = engine.Pack;
type Population = engine.Population;
type PopulationEvaluation = engine.PopulationEvaluation;

/** Reads every YAML document of a policies folder. */
export function readPackFiles(dir = POLICIES_DIR): engine.PackFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => ({ path: `policies/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
}

/** Loads and compiles the pack; throws with every authoring error. */
export function loadEnginePack(files = readPackFiles()): Pack {
  const res = engine.loadPack(files, ZHUZHOU);
  if (!res.ok) throw new Error(res.errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`).join('\n'));
  const ids = res.pack.policies.map((p) => p.id);
  const missing = POLICY_IDS.filter((id) => !ids.includes(id));
  if (missing.length > 0 || ids.length !== NP) throw new Error(`engine pack has ${ids.length} policies; missing ${missing.join(', ')}`);
  return res.pack;
}

/** The engine's profile validation of any parsed JSON value (its profile or its field errors). */
export function parseProfileResult(raw: unknown, at?: string): engine.ProfileResult {
  return engine.parseProfile(raw, at, ZHUZHOU_SCHEMA);
}

/** The engine's JSON-lines evaluator (the `bole eval` path) for a pack at a date. */
export function jsonLinesEvaluator(pack: Pack, at: string): engine.JsonLinesEvaluator {
  return new engine.JsonLinesEvaluator(pack, at);
}

/** Validates a profile with the engine's parser; throws on input errors (the generator must only make valid ones). */
export function parseEngineProfile(raw: Record<string, unknown>, at?: string): engine.Profile {
  const r = engine.parseProfile(raw, at, ZHUZHOU_SCHEMA);
  if (!r.ok) throw new Error(`invalid generated profile ${String(raw['id'])}: ${r.errors.map((e) => `${e.field} ${e.message}`).join('; ')}`);
  return r.profile;
}

/** Builds the engine's columnar population from profiles, streamed one at a time. */
export function buildEnginePopulation(count: number, profileAt: (i: number) => Record<string, unknown>): Population {
  const b = new engine.PopulationBuilder(ZHUZHOU_SCHEMA, count);
  for (let i = 0; i < count; i++) b.add(parseEngineProfile(profileAt(i)));
  return b.build();
}

/** Evaluates the whole population at `at` with the compiled columnar kernels. */
export function evaluateEnginePopulation(pack: Pack, pop: Population, at: string): PopulationEvaluation {
  return engine.evaluatePopulation(pack, pop, at);
}

const TIERS = ['A', 'B', 'C', 'D', 'E'];

/** Dense per-policy lookups of a population evaluation, in POLICY_IDS order. */
export interface DenseEvaluation {
  tier: Uint8Array;
  /** Per policy: index into the outcome's arrays for each row, or -1. */
  pos: Int32Array[];
  outcomes: engine.PolicyOutcome[];
}

/** Indexes a population evaluation for per-person reads. */
export function densify(ev: PopulationEvaluation): DenseEvaluation {
  const outcomes = POLICY_IDS.map((id) => {
    const o = ev.outcomes.find((x) => x.policy === id);
    if (!o) throw new Error(`engine evaluation has no outcome for ${id}`);
    return o;
  });
  const pos = outcomes.map((o) => {
    const a = new Int32Array(ev.size).fill(-1);
    for (let k = 0; k < o.rows.length; k++) a[o.rows[k]!] = k;
    return a;
  });
  return { tier: ev.tier, pos, outcomes };
}

/** One person's outcome from a densified population evaluation. */
export function engineRowOutcome(d: DenseEvaluation, i: number): PersonOutcome {
  const t = d.tier[i]!;
  return {
    tier: t === 255 ? null : TIERS[t]!,
    policies: d.outcomes.map((o, k) => {
      const j = d.pos[k]![i]!;
      if (j < 0) return { eligible: false, granted: false, amountFen: 0, valueFen: 0 };
      return { eligible: true, granted: o.granted[j] === 1, amountFen: o.amountFen[j]!, valueFen: o.valueFen[j]! };
    }),
  };
}

/** One person through the engine's per-person evaluator (with or without the trace), as a comparable outcome. */
export function enginePersonOutcome(pack: Pack, raw: Record<string, unknown>, at: string, trace = false): PersonOutcome {
  const ev = engine.evaluate(pack, parseEngineProfile(raw, at), at, { trace });
  const byId = new Map(ev.results.map((r) => [r.policy, r] as const));
  return {
    tier: ev.tier,
    policies: POLICY_IDS.map((id) => {
      const r = byId.get(id)!;
      return { eligible: r.eligible, granted: r.granted, amountFen: r.eligible ? r.amountFen : 0, valueFen: r.eligible ? r.valueFen : 0 };
    }),
  };
}

/** A full explanation of one person: parse the input, evaluate with the trace, render it (zh-CN). */
export function explainPerson(pack: Pack, raw: Record<string, unknown>, at: string): string {
  return engine.explain(engine.evaluate(pack, parseEngineProfile(raw, at), at, { trace: true }), 'zh');
}

/** The benchmark's one-parameter reform: settle-allowance tier D amount → `yuanD`. */
export function settleDReform(yuanD: number): engine.Reform {
  return {
    name: `settle-allowance D ${yuanD}`,
    changes: [{ policy: 'settle-allowance', parameter: 'amount', value: { A: 2_000_000, B: 1_000_000, C: 500_000, D: yuanD } }],
  };
}

/** A reform that makes 就高不重复 tie: rent-subsidy master 1,200 a month × 36 = talent-apartment tier E. */
export function rentTieReform(): engine.Reform {
  return { name: 'housing tie', changes: [{ policy: 'rent-subsidy', parameter: 'amount', value: { doctorate: 1000, master: 1200, bachelor: 500 } }] };
}

/** The engine's what-if simulation of a reform over the population (baseline and reformed policies). */
export function simulateReform(pack: Pack, pop: Population, at: string, reform: engine.Reform): engine.SimulationResult {
  const r = engine.simulate(pack, reform, pop, at);
  if (!r.ok) throw new Error(`reform rejected: ${r.errors.join('; ')}`);
  return r;
}

/** The reformed pack evaluated over the whole population (to check it against the hand-written kernel). */
export function evaluateReformed(pack: Pack, pop: Population, at: string, reform: engine.Reform): PopulationEvaluation {
  const r = engine.applyReform(pack, reform);
  if (!r.ok) throw new Error(`reform rejected: ${r.errors.join('; ')}`);
  return engine.evaluatePopulation(r.pack, pop, at);
}

/**
 * People whose engine columnar outcome differs from the hand-written kernel's dense columns
 * (tier, eligibility, granted, amount, value), found without materialising every person.
 */
export function columnarMismatches(
  ev: PopulationEvaluation,
  hw: { tier: Uint8Array; status: Uint8Array[]; amountFen: Int32Array[]; valueFen: Int32Array[] },
): number[] {
  const bad = new Set<number>();
  for (let i = 0; i < ev.size; i++) if (ev.tier[i] !== hw.tier[i]) bad.add(i);
  POLICY_IDS.forEach((id, k) => {
    const o = ev.outcomes.find((x) => x.policy === id)!;
    const s = hw.status[k]!;
    const seen = new Uint8Array(ev.size);
    for (let j = 0; j < o.rows.length; j++) {
      const i = o.rows[j]!;
      seen[i] = 1;
      const st = o.granted[j] === 1 ? 2 : 1;
      if (s[i] !== st || hw.amountFen[k]![i] !== o.amountFen[j] || hw.valueFen[k]![i] !== o.valueFen[j]) bad.add(i);
    }
    for (let i = 0; i < ev.size; i++) if (s[i] !== 0 && seen[i] === 0) bad.add(i);
  });
  return [...bad].sort((a, b) => a - b);
}
