/**
 * What-if simulation: apply a reform (new parameter values) to the pack in force at a date,
 * evaluate the whole population before and after with the columnar kernels, and report
 * gainers, losers, changed counts and the annual budget delta per policy and per district and
 * chain of the city (its data: the vocabulary the pack was loaded with).
 */
import { applyReform, evaluatePopulation, type Pack, type Population, type PopulationEvaluation } from '@bole/engine';
import { type PolicyParameterList, type ReformChange, type SimulateResult } from '@bole/contracts';
import { fail, invalid } from '../http/errors.js';
import { businessDate } from '../platform/clock.js';
import type { AppContext } from '../platform/context.js';
import { packInForce } from './calculator.service.js';
import { compareEvaluations, type Impact } from './impact.js';
import { policyRegistryOf } from './policy-registry.js';
import { populationCacheOf } from './population-cache.js';
import { toParamChanges } from './reform.js';

const NONE = 255;

/** Baseline evaluations per population, by (pack versions, date): the "before" side is reused. */
const baselines = new WeakMap<Population, Map<string, PopulationEvaluation>>();

/**
 * Runs a reform over a population (no I/O): the comparison, or the changes at fault.
 * `baselineKey` names (pack versions, date) so the population's "before" evaluation is reused.
 */
export function simulateOn(
  base: Pack,
  population: Population,
  changes: readonly ReformChange[],
  at: string,
  baselineKey?: string,
): { ok: true; impact: Impact } | { ok: false; errors: { field: string; message: string }[] } {
  const checked = toParamChanges(base, changes, at);
  if (!checked.ok) return checked;
  const reformed = applyReform(base, { changes: checked.changes });
  if (!reformed.ok) return { ok: false, errors: reformed.errors.map((message) => ({ field: 'changes', message })) };
  let cache = baselines.get(population);
  if (!cache) baselines.set(population, (cache = new Map()));
  let before = baselineKey ? cache.get(baselineKey) : undefined;
  if (!before) {
    before = evaluatePopulation(base, population, at);
    if (baselineKey) {
      if (cache.size >= 8) cache.delete(cache.keys().next().value!);
      cache.set(baselineKey, before);
    }
  }
  const after = evaluatePopulation(reformed.pack, population, at);
  const district = population.column('employer.district');
  const chain = population.column('employer.chain');
  // The report's dimensions are the city's own vocabularies, the codes the pack was loaded with.
  const { district: districts, chain: chains } = base.schema.vocabulary;
  const impact = compareEvaluations(
    before,
    after,
    (i) => (district[i] === NONE ? 'none' : (districts[district[i]!] ?? 'none')),
    (i) => (chain[i] === NONE ? 'none' : (chains[chain[i]!] ?? 'none')),
    new Set(changes.map((c) => c.policy)),
  );
  return { ok: true, impact };
}

/** POST /api/v1/policies/simulate over the population in the database. */
export async function simulateReform(ctx: AppContext, body: { at?: string | undefined; changes: ReformChange[] }): Promise<SimulateResult> {
  const started = performance.now();
  const at = body.at ?? businessDate(ctx.clock.now());
  const resolved = await packInForce(ctx, at);
  const loaded = await populationCacheOf(ctx).get();
  const result = simulateOn(resolved.pack, loaded.population, body.changes, at, `${resolved.key}|${at}`);
  if (!result.ok) throw invalid(result.errors, 'The reform cannot be applied.');
  const titles = new Map(resolved.pack.policies.map((p) => [p.id, p.doc.title]));
  const { impact } = result;
  return {
    at,
    population: loaded.population.size,
    populationLoadedAt: loaded.loadedAt,
    changes: body.changes,
    policies: impact.policies.map((p) => ({ ...p, title: titles.get(p.policy) ?? null })),
    total: impact.total,
    byDistrict: impact.byDistrict as SimulateResult['byDistrict'],
    byChain: impact.byChain as SimulateResult['byChain'],
    durationMs: Math.round(performance.now() - started),
  };
}

/** GET /api/v1/policies/parameters — every parameter of the pack in force at `at`, with its current value. */
export async function listParameters(ctx: AppContext, atIn?: string): Promise<PolicyParameterList> {
  const at = atIn ?? businessDate(ctx.clock.now());
  const resolved = await policyRegistryOf(ctx).packAt(at);
  if (!resolved) throw fail('BOLE_POLICY_NONE_IN_FORCE', { at });
  const items = resolved.pack.policies.flatMap((p) =>
    Object.entries(p.doc.parameters).map(([param, d]) => {
      const inForce = d.values.filter((v) => v.from <= at);
      const current = (inForce[inForce.length - 1] ?? d.values[0]!).value;
      return { policy: p.id, title: p.doc.title, param, unit: d.unit, key: d.key ?? null, reference: d.reference, current };
    }),
  );
  return { at, items };
}
