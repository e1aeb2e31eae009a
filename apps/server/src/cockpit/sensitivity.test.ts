import { describe, expect, it } from 'vitest';
import { compositeIndex, type IndicatorValues } from './composite.js';
import { DEFAULT_SENSITIVITY, rankSensitivity } from './sensitivity.js';

const higher = (id: string, values: (number | null)[]): IndicatorValues => ({ id, direction: 'higher', goalposts: { worst: 0, best: 100 }, values });

describe('rank sensitivity (1,000 runs: normalisation, weights ±25 %, aggregation)', () => {
  it('a district ahead on every indicator keeps its rank in every run: a robust interval of width 0', () => {
    const out = rankSensitivity([higher('x', [90, 50, 10]), { id: 'y', direction: 'lower', goalposts: { worst: 10, best: 0 }, values: [1, 2, 3] }]);
    expect(out).toEqual([
      { median: 1, p5: 1, p95: 1, robust: true },
      { median: 2, p5: 2, p95: 2, robust: true },
      { median: 3, p5: 3, p95: 3, robust: true },
    ]);
  });

  it('two districts each best on one of two equal indicators swap with the weights: interval 1–2, not robust at width 0', () => {
    // a = 100·wX, b = 100·wY: whichever weight is drawn larger wins, about half the runs each.
    const out = rankSensitivity([higher('x', [100, 0]), higher('y', [0, 100])], { ...DEFAULT_SENSITIVITY, robustWidth: 0 });
    for (const unit of out) expect(unit).toMatchObject({ p5: 1, p95: 2, robust: false });
  });

  it('with nothing varied every run is the index itself', () => {
    const inds = [higher('x', [30, 80, 55, 10]), higher('y', [70, 20, 60, 10])];
    const fixed = { ...DEFAULT_SENSITIVITY, weightSpread: 0, normalisations: ['minmax'], aggregations: ['arithmetic'] } as const;
    const ranks = compositeIndex(inds).ranks;
    expect(rankSensitivity(inds, fixed).map((u) => u.median)).toEqual(ranks);
    expect(rankSensitivity(inds, fixed).every((u) => u.p5 === u.p95)).toBe(true);
  });

  it('the same seed gives the same intervals; a district without data gets none', () => {
    const inds = [higher('x', [40, 60, 50, null]), higher('y', [60, 40, 52, null]), higher('z', [50, 50, 49, null])];
    const first = rankSensitivity(inds);
    expect(rankSensitivity(inds)).toEqual(first);
    expect(first[3]).toEqual({ median: null, p5: null, p95: null, robust: null });
  });
});
