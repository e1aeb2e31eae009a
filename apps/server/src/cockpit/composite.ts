/**
 * Composite indices built the way the OECD/JRC handbook on composite indicators describes:
 * each indicator normalised to 0–100 (min–max over the units compared, or fixed goalposts),
 * weighted (equal by default, entropy weights as a comparison), aggregated (arithmetic mean by
 * default, geometric as a comparison), and the units ranked. Pure: numbers in, numbers out.
 *
 * Missing data: a unit without a value for an indicator is scored on the indicators it has,
 * their weights scaled back to one; a unit with none has no score and no rank ("no data",
 * never zero).
 */

/** Whether a higher raw value is better or worse. */
export type Direction = 'higher' | 'lower';
/** How raw values become 0–100 scores. */
export type Normalisation = 'minmax' | 'goalposts';
/** How scores become one index value. */
export type Aggregation = 'arithmetic' | 'geometric';

/** One indicator's raw values for the units compared (`null`: no data for that unit). */
export interface IndicatorValues {
  readonly id: string;
  readonly direction: Direction;
  /** The raw value scored 0 and the one scored 100 under goalpost normalisation (beyond is clamped). */
  readonly goalposts: { readonly worst: number; readonly best: number };
  readonly values: readonly (number | null)[];
}

/** A unit's score when every unit has the same value: the indicator tells them apart in nothing. */
const UNDISCRIMINATING_SCORE = 50;

/** Min–max: the worst unit scores 0, the best 100, in the indicator's direction. */
function minMax(ind: IndicatorValues): (number | null)[] {
  const present = ind.values.filter((v): v is number => v !== null);
  if (present.length === 0) return ind.values.map(() => null);
  const min = Math.min(...present);
  const max = Math.max(...present);
  return ind.values.map((v) => {
    if (v === null) return null;
    if (max === min) return UNDISCRIMINATING_SCORE;
    const up = ((v - min) / (max - min)) * 100;
    return ind.direction === 'higher' ? up : 100 - up;
  });
}

/** Goalposts: `worst` scores 0 and `best` 100 whatever the other units did, clamped to 0–100. */
function goalposts(ind: IndicatorValues): (number | null)[] {
  const { worst, best } = ind.goalposts;
  return ind.values.map((v) => (v === null ? null : Math.min(100, Math.max(0, ((v - worst) / (best - worst)) * 100))));
}

/** Scores (0–100, higher is better) of one indicator for every unit. */
export function normalise(ind: IndicatorValues, method: Normalisation): (number | null)[] {
  return method === 'minmax' ? minMax(ind) : goalposts(ind);
}

/** Equal weights summing to one. */
export function equalWeights(count: number): number[] {
  return Array.from({ length: count }, () => 1 / count);
}

/**
 * Entropy weights: an indicator on which the units differ more (lower Shannon entropy of its
 * score shares) weighs more. `scores[j][i]` is indicator j's score for unit i. With fewer than
 * two units, or no indicator that differs, the weights are equal.
 */
export function entropyWeights(scores: readonly (readonly (number | null)[])[]): number[] {
  const divergence = scores.map((column) => {
    const present = column.filter((s): s is number => s !== null);
    const total = present.reduce((a, b) => a + b, 0);
    if (present.length < 2 || total === 0) return 0;
    const entropy = -present.reduce((h, s) => (s === 0 ? h : h + (s / total) * Math.log(s / total)), 0) / Math.log(present.length);
    return 1 - entropy;
  });
  const sum = divergence.reduce((a, b) => a + b, 0);
  return sum === 0 ? equalWeights(scores.length) : divergence.map((d) => d / sum);
}

/**
 * One index value per unit from its indicator scores (`scores[j][i]`) and weights. Geometric
 * aggregation takes scores on 1–100 (1 + 0.99 × score) so that a zero does not wipe out every
 * other indicator; the result is mapped back to 0–100.
 */
export function aggregate(scores: readonly (readonly (number | null)[])[], weights: readonly number[], method: Aggregation): (number | null)[] {
  const units = scores[0]?.length ?? 0;
  const out: (number | null)[] = [];
  for (let i = 0; i < units; i++) {
    let weight = 0;
    let acc = 0;
    for (let j = 0; j < scores.length; j++) {
      const s = scores[j]![i];
      if (s === null || s === undefined) continue;
      const w = weights[j]!;
      weight += w;
      acc += method === 'arithmetic' ? w * s : w * Math.log(1 + 0.99 * s);
    }
    if (weight === 0) out.push(null);
    else out.push(method === 'arithmetic' ? acc / weight : (Math.exp(acc / weight) - 1) / 0.99);
  }
  return out;
}

/** Ranks (1 = highest value); equal values share the better rank (1, 2, 2, 4); no value, no rank. */
export function rank(values: readonly (number | null)[]): (number | null)[] {
  return values.map((v) => (v === null ? null : 1 + values.filter((o) => o !== null && o > v).length));
}

/** How one index is built. */
export interface IndexMethod {
  readonly normalisation: Normalisation;
  readonly weighting: 'equal' | 'entropy';
  readonly aggregation: Aggregation;
}

/** The default method: min–max, equal weights, arithmetic mean (as the GTCI does). */
export const DEFAULT_METHOD: IndexMethod = { normalisation: 'minmax', weighting: 'equal', aggregation: 'arithmetic' };

/** An index over the units: each unit's value and rank, with the weights used. */
export interface IndexResult {
  readonly values: (number | null)[];
  readonly ranks: (number | null)[];
  readonly weights: number[];
}

/** Builds one index from its indicators by `method`. */
export function compositeIndex(indicators: readonly IndicatorValues[], method: IndexMethod = DEFAULT_METHOD): IndexResult {
  const scores = indicators.map((ind) => normalise(ind, method.normalisation));
  const weights = method.weighting === 'equal' ? equalWeights(indicators.length) : entropyWeights(scores);
  const values = aggregate(scores, weights, method.aggregation);
  return { values, ranks: rank(values), weights };
}
