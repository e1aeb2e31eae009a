import { describe, expect, it } from 'vitest';
import { aggregate, compositeIndex, entropyWeights, normalise, rank, type IndicatorValues } from './composite.js';

// Three districts. A (higher is better) 10, 20, 30 with goalposts 0 → 40;
// B (lower is better) 5, 1, 3 with goalposts 6 (worst) → 0 (best).
const A: IndicatorValues = { id: 'a', direction: 'higher', goalposts: { worst: 0, best: 40 }, values: [10, 20, 30] };
const B: IndicatorValues = { id: 'b', direction: 'lower', goalposts: { worst: 6, best: 0 }, values: [5, 1, 3] };

const close = (actual: (number | null)[], expected: (number | null)[]) =>
  actual.forEach((v, i) => (expected[i] === null ? expect(v).toBeNull() : expect(v).toBeCloseTo(expected[i]!, 3)));

describe('normalisation', () => {
  it('min–max puts the worst district at 0 and the best at 100, in the indicator’s direction', () => {
    close(normalise(A, 'minmax'), [0, 50, 100]);
    // lower is better: (max − x) / (max − min) × 100 = (5−5)/4, (5−1)/4, (5−3)/4
    close(normalise(B, 'minmax'), [0, 100, 50]);
  });

  it('goalposts score against fixed bounds, whatever the other districts did, clamped to 0–100', () => {
    close(normalise(A, 'goalposts'), [25, 50, 75]);
    // (x − 6) / (0 − 6) × 100: 5 → 16.667, 1 → 83.333, 3 → 50
    close(normalise(B, 'goalposts'), [16.667, 83.333, 50]);
    close(normalise({ ...A, values: [-5, 60, 20] }, 'goalposts'), [0, 100, 50]);
  });

  it('an indicator on which every district is equal scores them all 50; a missing value stays missing', () => {
    close(normalise({ ...A, values: [7, 7, null] }, 'minmax'), [50, 50, null]);
  });
});

describe('weights, aggregation and ranks', () => {
  it('equal weights and the arithmetic mean: (0+0)/2, (50+100)/2, (100+50)/2 → ranks 3, 1, 1', () => {
    const idx = compositeIndex([A, B]);
    close(idx.values, [0, 75, 75]);
    expect(idx.ranks).toEqual([3, 1, 1]);
    expect(idx.weights).toEqual([0.5, 0.5]);
  });

  it('with goalposts the tie breaks: (25+16.667)/2, (50+83.333)/2, (75+50)/2', () => {
    const idx = compositeIndex([A, B], { normalisation: 'goalposts', weighting: 'equal', aggregation: 'arithmetic' });
    close(idx.values, [20.833, 66.667, 62.5]);
    expect(idx.ranks).toEqual([3, 1, 2]);
  });

  it('the geometric mean works on 1 + 0.99 × score: (√(50.5 × 100) − 1) / 0.99 = 70.771', () => {
    close(aggregate([normalise(A, 'minmax'), normalise(B, 'minmax')], [0.5, 0.5], 'geometric'), [0, 70.771, 70.771]);
  });

  it('entropy weights favour the indicator on which districts differ more', () => {
    // A's scores 0, 50, 100 → shares 0, 1/3, 2/3 → entropy (1/3·ln3 + 2/3·ln1.5) / ln3 = 0.579380, divergence 0.420620;
    // C's scores 0, 0, 100 → one share of 1 → entropy 0, divergence 1. Weights 0.42062/1.42062 and 1/1.42062.
    const C: IndicatorValues = { id: 'c', direction: 'higher', goalposts: { worst: 0, best: 10 }, values: [0, 0, 7] };
    const w = entropyWeights([normalise(A, 'minmax'), normalise(C, 'minmax')]);
    expect(w[0]).toBeCloseTo(0.296084, 5);
    expect(w[1]).toBeCloseTo(0.703916, 5);
    expect(compositeIndex([A, C], { normalisation: 'minmax', weighting: 'entropy', aggregation: 'arithmetic' }).ranks).toEqual([3, 2, 1]);
  });

  it('a district missing one indicator is scored on the others; one with no data has no value and no rank', () => {
    const idx = compositeIndex([A, { ...B, values: [5, null, 3] }]);
    close(idx.values, [0, 50, 100]);
    const none = compositeIndex([
      { ...A, values: [10, null, 30] },
      { ...B, values: [5, null, 3] },
    ]);
    expect(none.values[1]).toBeNull();
    expect(none.ranks).toEqual([2, null, 1]);
  });

  it('equal values share the better rank', () => {
    expect(rank([5, 7, 7, 1, null])).toEqual([3, 1, 1, 4, null]);
  });
});
