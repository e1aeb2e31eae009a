/**
 * Uncertainty of a ranking, as the JRC audits composite indices: the index is rebuilt many
 * times with the method's choices varied — normalisation (min–max or goalposts), every weight
 * moved by up to ±25 % (then scaled back to one), aggregation (arithmetic or geometric) — and
 * each unit's rank is reported as the median of those runs with its 5–95 % interval. A unit
 * whose interval is wider than `robustWidth` ranks is marked as not robust: its place depends
 * on the method more than on the data. Seeded: the same inputs give the same intervals.
 */
import { createRng } from '@bole/contracts';
import { aggregate, equalWeights, normalise, rank, type Aggregation, type IndicatorValues, type Normalisation } from './composite.js';

/** What the analysis varies. */
export interface SensitivityOptions {
  readonly runs: number;
  readonly seed: number;
  /** Each weight is multiplied by a factor drawn uniformly from [1 − spread, 1 + spread]. */
  readonly weightSpread: number;
  readonly normalisations: readonly Normalisation[];
  readonly aggregations: readonly Aggregation[];
  /** Widest 5–95 % interval (in ranks) still called robust. */
  readonly robustWidth: number;
}

/** The analysis the cockpit shows: 1,000 runs, ±25 % weights, both normalisations and aggregations. */
export const DEFAULT_SENSITIVITY: SensitivityOptions = {
  runs: 1000,
  seed: 20261207,
  weightSpread: 0.25,
  normalisations: ['minmax', 'goalposts'],
  aggregations: ['arithmetic', 'geometric'],
  robustWidth: 2,
};

/** One unit's rank across the runs (all null when the unit has no data). */
export interface RankInterval {
  readonly median: number | null;
  readonly p5: number | null;
  readonly p95: number | null;
  readonly robust: boolean | null;
}

/** Nearest-rank percentile of ascending `sorted` (p in (0, 1]). */
function percentile(sorted: Int32Array, p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}

/** Varies the index's method `options.runs` times and summarises each unit's ranks. */
export function rankSensitivity(indicators: readonly IndicatorValues[], options: SensitivityOptions = DEFAULT_SENSITIVITY): RankInterval[] {
  const units = indicators[0]?.values.length ?? 0;
  const scored = new Map(options.normalisations.map((n) => [n, indicators.map((ind) => normalise(ind, n))]));
  const base = equalWeights(indicators.length);
  const rng = createRng(options.seed);
  const ranks = Array.from({ length: units }, () => new Int32Array(options.runs));
  for (let run = 0; run < options.runs; run++) {
    const scores = scored.get(options.normalisations[rng.int(options.normalisations.length)]!)!;
    const aggregation = options.aggregations[rng.int(options.aggregations.length)]!;
    const moved = base.map((w) => w * (1 - options.weightSpread + 2 * options.weightSpread * rng.next()));
    const total = moved.reduce((a, b) => a + b, 0);
    const r = rank(
      aggregate(
        scores,
        moved.map((w) => w / total),
        aggregation,
      ),
    );
    for (let i = 0; i < units; i++) ranks[i]![run] = r[i] ?? 0;
  }
  return ranks.map((all, i) => {
    if (indicators.every((ind) => ind.values[i] === null)) return { median: null, p5: null, p95: null, robust: null };
    all.sort();
    const p5 = percentile(all, 0.05);
    const p95 = percentile(all, 0.95);
    return { median: percentile(all, 0.5), p5, p95, robust: p95 - p5 <= options.robustWidth };
  });
}
